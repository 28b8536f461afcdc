import type * as Yaml from "yaml";
export declare function yamlPackage(): typeof Yaml;
