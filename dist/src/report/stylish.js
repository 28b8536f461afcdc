import kleur from "kleur";
import { printable } from "../text.js";
/** The default human format: findings grouped per file, like ESLint's stylish. */
export const stylishFormatter = {
    name: "stylish",
    format(result, options) {
        const k = kleurFor(options.color);
        const byFile = new Map();
        for (const f of result.findings) {
            const list = byFile.get(f.file) ?? [];
            list.push(f);
            byFile.set(f.file, list);
        }
        const out = [];
        for (const [file, findings] of byFile) {
            out.push(k.underline(printable(file)));
            // Name the object only where the file holds several that have findings.
            const objects = new Set(findings.filter((f) => f.object?.name).map((f) => `${f.object.kind}/${f.object.name}`));
            const rows = findings.map((f) => ({
                pos: `${f.line}:${f.column}`,
                sev: f.severity,
                text: f.object?.name && objects.size > 1 ? `${f.message} ${k.dim(printable(`(${f.object.kind} ${f.object.name})`))}` : f.message,
                f,
            }));
            const posWidth = Math.max(...rows.map((r) => r.pos.length));
            for (const r of rows) {
                const sev = r.sev === "error" ? k.red("error  ") : r.sev === "warning" ? k.yellow("warning") : k.blue("info   ");
                out.push(`  ${k.dim(r.pos.padEnd(posWidth))}  ${sev}  ${r.text}  ${k.dim(r.f.ruleId)}`);
                if (r.f.fix)
                    out.push(`  ${" ".repeat(posWidth)}  ${k.dim(`fix: ${r.f.fix}`)}`);
            }
            out.push("");
        }
        out.push(summaryLine(result.summary, k));
        return `${out.join("\n")}\n`;
    },
};
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
