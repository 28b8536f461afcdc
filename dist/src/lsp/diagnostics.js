import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity } from "vscode-languageserver/node";
import { CONFIG_FILE_NAMES } from "../load/files.js";
import { kindAnchor } from "../rules/docs.js";
import { packageRoot } from "../package.js";
/** Every diagnostic says where it comes from, so editors can group and filter them. */
export const SOURCE = "dslint";
const SEVERITY = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
};
const LANGUAGES = new Set(["yaml", "json", "jsonc"]);
const EXTENSIONS = /\.(ya?ml|json)$/i;
const CONFIG_FILES = new Set(CONFIG_FILE_NAMES);
/**
 * A top-level `apiVersion:` or `kind:` key: at the start of a line in block
 * YAML, anywhere in JSON or a flow mapping. Documents without one are some
 * other YAML (CI pipelines, compose files, Helm values), even when a nested
 * `kind:` appears in them: an editor must stay silent there, even about
 * their syntax.
 */
const BLOCK_KEY = /^\uFEFF?["']?(?:apiVersion|kind)["']?[ \t]*:/m;
const FLOW_KEY = /["']?(?:apiVersion|kind)["']?[ \t]*:/;
const FLOW_START = /^\s*[{[]/;
function hasKubernetesKeys(text) {
    return BLOCK_KEY.test(text) || (FLOW_START.test(text) && FLOW_KEY.test(text));
}
/** Whether a document is a manifest dslint should lint: YAML or JSON, not dslint's own configuration, with Kubernetes keys. */
export function isManifestDocument(path, languageId, text) {
    if (CONFIG_FILES.has(basename(path)))
        return false;
    const language = LANGUAGES.has(languageId) || ((languageId === "" || languageId === "plaintext") && EXTENSIONS.test(path));
    return language && hasKubernetesKeys(text);
}
export function isConfigFile(path) {
    return CONFIG_FILES.has(basename(path));
}
/**
 * The loader drops a byte-order mark before it counts columns; an editor
 * buffer that still holds one has every position on line 1 one further on.
 */
export function hasByteOrderMark(text) {
    return text.charCodeAt(0) === 0xfeff;
}
/**
 * A finding's 1-based, end-exclusive position as an LSP range (0-based, end
 * exclusive). Both count UTF-16 code units: the YAML parser's columns are
 * JavaScript string offsets, which is the LSP default position encoding.
 */
export function findingRange(f, bom = false) {
    const shift = (line) => (bom && line === 1 ? 1 : 0);
    const start = { line: Math.max(0, f.line - 1), character: Math.max(0, f.column - 1 + shift(f.line)) };
    let end = { line: Math.max(0, f.endLine - 1), character: Math.max(0, f.endColumn - 1 + shift(f.endLine)) };
    if (end.line < start.line || (end.line === start.line && end.character < start.character))
        end = start;
    return { start, end };
}
let readme;
/**
 * Where a finding's kind is documented: its row in the README that ships in
 * the package (the anchor SARIF's helpUri names too). A local file, because
 * dslint never assumes network access.
 */
export function ruleDocUrl(ruleId) {
    readme ??= pathToFileURL(join(packageRoot(), "README.md")).href;
    return `${readme}#${kindAnchor(ruleId)}`;
}
export function toDiagnostic(f, bom) {
    return {
        range: findingRange(f, bom),
        severity: SEVERITY[f.severity],
        source: SOURCE,
        code: f.ruleId,
        codeDescription: { href: ruleDocUrl(f.ruleId) },
        message: f.fix ? `${f.message}\nfix: ${f.fix}` : f.message,
    };
}
