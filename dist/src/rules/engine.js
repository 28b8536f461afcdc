import { DaemonSetView } from "./view.js";
/** Runs the per-DaemonSet rules and collects the facts of cross-document ones. */
export function runRules(object, kubernetesVersion, rules) {
    const view = new DaemonSetView(object, kubernetesVersion);
    const problems = [];
    const facts = [];
    for (const { rule, severity, options } of rules) {
        rule.check?.(view, options, (r) => {
            const p = { ruleId: rule.meta.id, severity, message: r.message, path: r.path };
            if (r.onKey)
                p.onKey = true;
            if (r.fix)
                p.fix = r.fix;
            if (r.autofix)
                p.autofix = r.autofix;
            if (r.suggestions?.length)
                p.suggestions = r.suggestions;
            problems.push(p);
        });
        if (rule.collect) {
            const fact = rule.collect(view, options);
            if (fact !== undefined)
                facts.push({ ruleId: rule.meta.id, severity, fact, daemonSet: view.anchor([]) });
        }
    }
    return { problems, facts };
}
/** Runs the cross-document rules over the facts collected from every file. */
export function runCrossRules(rules, optionsFor, facts, priorityClasses) {
    const out = [];
    for (const rule of rules) {
        if (!rule.checkAll)
            continue;
        const mine = facts.filter((f) => f.ruleId === rule.meta.id);
        if (mine.length === 0)
            continue;
        const severityAt = new Map(mine.map((f) => [objectKey(f.daemonSet), f.severity]));
        rule.checkAll({ facts: mine.map((f) => ({ fact: f.fact, daemonSet: f.daemonSet })), priorityClasses }, optionsFor(rule.meta.id), (r) => out.push({ ...r, ruleId: rule.meta.id, severity: r.severity ?? severityAt.get(objectKey(r.at)) ?? mine[0].severity }));
    }
    return out;
}
function objectKey(a) {
    return `${a.file}\u0000${a.object.namespace ?? ""}\u0000${a.object.name ?? ""}`;
}
