import kleur from "kleur";
import { printable } from "../text.js";
import { lineChunks } from "./chunks.js";
/** The default human format: findings grouped per file, like ESLint's stylish. */
export const stylishFormatter = {
    name: "stylish",
    chunks(result, options) {
        return lineChunks(stylishLines(result, kleurFor(options.color)));
    },
};
function* stylishLines(result, k) {
    const byFile = new Map();
    for (const f of result.findings) {
        const list = byFile.get(f.file) ?? [];
        list.push(f);
        byFile.set(f.file, list);
    }
    for (const [file, findings] of byFile) {
        yield k.underline(printable(file));
        // Name the object only where the file holds several that have findings.
        const objects = new Set(findings.filter((f) => f.object?.name).map((f) => `${f.object.kind}/${f.object.name}`));
        let posWidth = 0;
        for (const f of findings)
            posWidth = Math.max(posWidth, `${f.line}:${f.column}`.length);
        for (const f of findings) {
            const text = f.object?.name && objects.size > 1 ? `${f.message} ${k.dim(printable(`(${f.object.kind} ${f.object.name})`))}` : f.message;
            const sev = f.severity === "error" ? k.red("error  ") : f.severity === "warning" ? k.yellow("warning") : k.blue("info   ");
            yield `  ${k.dim(`${f.line}:${f.column}`.padEnd(posWidth))}  ${sev}  ${text}  ${k.dim(f.ruleId)}`;
            if (f.fix)
                yield `  ${" ".repeat(posWidth)}  ${k.dim(`fix: ${f.fix}`)}`;
        }
        yield "";
    }
    yield summaryLine(result.summary, k);
}
function summaryLine(s, k) {
    const checked = `${s.daemonSets} DaemonSet${s.daemonSets === 1 ? "" : "s"} in ${s.files} file${s.files === 1 ? "" : "s"}${s.skipped ? `, ${s.skipped} other object${s.skipped === 1 ? "" : "s"} skipped` : ""}`;
    const total = s.errors + s.warnings + s.infos;
    if (total === 0)
        return k.green(`✔ no problems (${checked})`);
    const parts = [`${s.errors} error${s.errors === 1 ? "" : "s"}`, `${s.warnings} warning${s.warnings === 1 ? "" : "s"}`];
    if (s.infos)
        parts.push(`${s.infos} info`);
    const line = `✖ ${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")}) in ${checked}`;
    return s.errors ? k.red().bold(line) : k.yellow().bold(line);
}
/** kleur with colour switched on or off for this output, without touching the global default. */
export function kleurFor(color) {
    kleur.enabled = color;
    return kleur;
}
