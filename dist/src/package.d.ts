export declare function packageRoot(): string;
export interface PackageJson {
    version: string;
    homepage?: string;
}
/** The package's package.json. */
export declare function packageJson(): PackageJson;
