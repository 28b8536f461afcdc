import { printable } from "../text.js";
import { lineChunks } from "../chunks.js";
import { colors } from "./ansi.js";
/** The default human format: findings grouped per file, like ESLint's stylish. */
export const stylishFormatter = {
    name: "stylish",
    chunks(result, options) {
        return lineChunks(stylishLines(result, colors(options.color)));
    },
};
function* stylishLines(result, k) {
    // One pass to group and measure, then the findings are read again one at a time.
    const byFile = new Map();
    let index = 0;
    let fixable = 0;
    let suggested = 0;
    for (const f of result.findings) {
        if (f.autofix)
            fixable++;
        else if (f.suggestions)
            suggested++;
        let block = byFile.get(f.file);
        if (!block)
            byFile.set(f.file, (block = { file: f.file, findings: [], posWidth: 0, objects: new Set() }));
        block.findings.push(index++);
        block.posWidth = Math.max(block.posWidth, `${f.line}:${f.column}`.length);
        if (f.object?.name && block.objects.size < 2)
            block.objects.add(`${f.object.kind}/${f.object.name}`);
    }
    for (const { file, findings, posWidth, objects } of byFile.values()) {
        yield k(printable(file), "underline");
        for (const i of findings) {
            const f = result.findings.at(i);
            // Name the object only where the file holds several that have findings.
            const text = f.object?.name && objects.size > 1 ? `${f.message} ${k(printable(`(${f.object.kind} ${f.object.name})`), "dim")}` : f.message;
            const sev = f.severity === "error" ? k("error  ", "red") : f.severity === "warning" ? k("warning", "yellow") : k("info   ", "blue");
            yield `  ${k(`${f.line}:${f.column}`.padEnd(posWidth), "dim")}  ${sev}  ${text}  ${k(f.ruleId, "dim")}`;
            if (f.fix)
                yield `  ${" ".repeat(posWidth)}  ${k(`fix: ${f.fix}`, "dim")}`;
        }
        yield "";
    }
    yield summaryLine(result.summary, k);
    if (fixable > 0 || suggested > 0) {
        const parts = [...(fixable > 0 ? [`${fixable} fixable with --fix`] : []), ...(suggested > 0 ? [`${suggested} more with suggested edits (--fix --suggestions)`] : [])];
        yield k(`  ${parts.join("; ")}`, "dim");
    }
}
function summaryLine(s, k) {
    const checked = `${s.daemonSets} DaemonSet${s.daemonSets === 1 ? "" : "s"} in ${s.files} file${s.files === 1 ? "" : "s"}${s.skipped ? `, ${s.skipped} other object${s.skipped === 1 ? "" : "s"} skipped` : ""}`;
    const total = s.errors + s.warnings + s.infos;
    if (total === 0)
        return k(`✔ no problems (${checked})`, "green");
    const parts = [`${s.errors} error${s.errors === 1 ? "" : "s"}`, `${s.warnings} warning${s.warnings === 1 ? "" : "s"}`];
    if (s.infos)
        parts.push(`${s.infos} info`);
    const line = `✖ ${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")}) in ${checked}`;
    return s.errors ? k(line, "red", "bold") : k(line, "yellow", "bold");
}
