import { type FindingKinds } from "../rules/registry.js";
export declare function configSchema(kinds: FindingKinds): Record<string, unknown>;
/** The schema as committed: `npm run docs` writes it, and a test compares. */
export declare function configSchemaText(kinds: FindingKinds): string;
