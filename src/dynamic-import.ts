/**
 * `import()` of modules found at run time: the schema validators of the
 * target Kubernetes version and the language server's bundle. The command
 * line runs from V8's code cache (src/launch.ts), and code restored from that
 * cache cannot call import() itself, so the loader hands in its own.
 */
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function importModule<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}

export function useImporter(next: Importer): void {
  importer = next;
}
