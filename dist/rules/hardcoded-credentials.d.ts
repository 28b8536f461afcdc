/** Whether a name says the variable holds a credential, by whole words (not TOKENIZER, not TOKEN_PATH). */
export declare function looksLikeCredentialName(name: string, keywords: readonly string[]): boolean;
/** Values that are not a credential written out: references, unrendered templates, paths, switches, plain URLs. */
export declare function looksLikeLiteralSecret(value: string): boolean;
declare const _default: import("../src/rules/types.js").Rule<{
    keywords: readonly string[];
    ignoredNames: readonly string[];
}, unknown>;
export default _default;
