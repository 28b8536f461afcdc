import { formatPath } from "../path.js";
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
    return { problems: withoutYielded(problems, rules), facts };
}
/** Per list of active rules (one per file): the rules that yield (`meta.yieldsTo`), by id. */
const yieldingRules = new WeakMap();
function yieldingOf(rules) {
    let yielding = yieldingRules.get(rules);
    if (!yielding) {
        const map = new Map();
        for (const { rule } of rules)
            if (rule.meta.yieldsTo?.length)
                map.set(rule.meta.id, rule.meta.yieldsTo);
        yieldingRules.set(rules, (yielding = map));
    }
    return yielding;
}
/** The problems without those of a rule at a field that a rule it yields to (`meta.yieldsTo`) also reports. */
function withoutYielded(problems, rules) {
    const yielding = yieldingOf(rules);
    // Per DaemonSet: nothing to do unless a yielding rule reported something.
    if (yielding.size === 0 || !problems.some((p) => yielding.has(p.ruleId)))
        return problems;
    const reported = new Set();
    const yieldedTo = new Set([...yielding.values()].flat());
    for (const p of problems)
        if (yieldedTo.has(p.ruleId))
            reported.add(`${p.ruleId}\u0000${formatPath(p.path)}`);
    return problems.filter((p) => {
        const yieldsTo = yielding.get(p.ruleId);
        if (!yieldsTo)
            return true;
        const field = formatPath(p.path);
        return !yieldsTo.some((id) => reported.has(`${id}\u0000${field}`));
    });
}
/** Runs the cross-document rules over the facts collected from every file. */
export function runCrossRules(rules, optionsFor, facts, defined) {
    const out = [];
    for (const rule of rules) {
        if (!rule.checkAll || !facts.has(rule.meta.id))
            continue;
        // A rule's severity is set per file (overrides): each finding takes the one of its DaemonSet's file.
        const severityIn = new Map();
        let anySeverity = "error";
        const mine = facts.of(rule.meta.id);
        function* read() {
            for (const f of mine) {
                severityIn.set(f.daemonSet.file, (anySeverity = f.severity));
                yield { fact: f.fact, daemonSet: f.daemonSet };
            }
        }
        rule.checkAll({ facts: { [Symbol.iterator]: read }, ...defined }, optionsFor(rule.meta.id), (r) => out.push({ ...r, ruleId: rule.meta.id, severity: r.severity ?? severityIn.get(r.at.file) ?? anySeverity }));
    }
    return out;
}
