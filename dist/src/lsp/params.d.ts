import type { Range, TextDocumentContentChangeEvent } from "vscode-languageserver/node";
export declare function isRange(v: unknown): v is Range;
export interface OpenParams {
    uri: string;
    languageId: string;
    version: number;
    text: string;
}
export declare function openParams(params: unknown): OpenParams | undefined;
export interface ChangeParams {
    uri: string;
    version: number;
    changes: TextDocumentContentChangeEvent[];
}
export declare function changeParams(params: unknown): ChangeParams | undefined;
/** The document a notification or request is about. */
export declare function documentUri(params: unknown): string | undefined;
export declare function fileChanges(params: unknown): string[];
export declare function folderUris(folders: unknown): string[];
/** `initializationOptions.kubernetesVersion`, when it is a string. */
export declare function kubernetesVersionOption(options: unknown): string | undefined;
