/**
 * The facts of cross-document rules between the files that collect them and
 * the end of the run, where the rules read them all: as JSON text, a
 * fraction of the objects' size, held out of memory past a few megabytes.
 */
import { activeRulesFor } from "../config/config.js";
import { TextSpill } from "../text-spill.js";
import { appendAll, sharingStrings } from "../values.js";
import { runCrossRules } from "./engine.js";
/** The facts of cross-document rules checked on this thread: held out of memory past a few megabytes. */
export function factSpill() {
    return new TextSpill("facts", 4 * 1024 * 1024);
}
/** One DaemonSet's facts as text, until the cross-document rules read them. */
export function factText(facts) {
    return JSON.stringify(facts);
}
/**
 * The facts again, sharing their strings with the facts revived before (`strings`).
 * JSON.parse makes a key named `__proto__` an own entry, as the rules' label maps have it (rules/view.ts).
 */
function factsOf(text, strings) {
    return sharingStrings(JSON.parse(text), strings);
}
/** Every file's facts in input order, wherever each file was checked; then the spill is closed. */
export function revivedFacts(results, spill) {
    const facts = [];
    const strings = new Map();
    for (const r of results) {
        if (r.factRange)
            for (let i = r.factRange[0]; i < r.factRange[1]; i++)
                appendAll(facts, factsOf(spill.text(i), strings));
        for (const text of r.facts)
            appendAll(facts, factsOf(text, strings));
    }
    strings.clear();
    spill.close();
    return facts;
}
/** The cross-document rules on every DaemonSet's facts, as findings at the DaemonSets they name; with the configuration's options. */
export function crossDocumentFindings(rules, config, facts, priorityClasses) {
    const active = activeRulesFor(config, rules, undefined);
    const optionsFor = (id) => active.find((r) => r.rule.meta.id === id)?.options ?? {};
    return runCrossRules(rules, optionsFor, facts, priorityClasses).map((c) => {
        const f = { ruleId: c.ruleId, severity: c.severity, message: c.message, file: c.at.file, ...c.at.range, path: c.at.path, object: c.at.object };
        if (c.fix)
            f.fix = c.fix;
        return f;
    });
}
