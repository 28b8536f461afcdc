/**
 * The facts of cross-document rules between the files that collect them and
 * the end of the run, where the rules read them: as text, a fraction of the
 * objects' size, held out of memory past a few megabytes, and read back one
 * rule at a time, one fact at a time, so that the end of a run holds what
 * one rule keeps, not every fact of every DaemonSet.
 */
import { activeRulesFor } from "../config/config.js";
import { TextSpill } from "../text-spill.js";
import { sharingStrings } from "../values.js";
import { runCrossRules } from "./engine.js";
/** The facts of cross-document rules checked on this thread: held out of memory past a few megabytes. */
export function factSpill() {
    return new TextSpill("facts", 4 * 1024 * 1024);
}
// One fact a text: `ruleId TAB severity TAB {"fact":…,"daemonSet":…}`. Rule ids
// and severities hold no tab, so a rule's facts are picked without parsing the others.
const TAB = "\t";
/** One DaemonSet's facts as texts, until the cross-document rules read them. */
export function factTexts(facts) {
    return facts.map((f) => `${f.ruleId}${TAB}${f.severity}${TAB}${JSON.stringify({ fact: f.fact, daemonSet: f.daemonSet })}`);
}
/** Every file's facts in input order, wherever each file was checked: read by rule, as often as needed. */
export class CollectedFacts {
    results;
    spill;
    constructor(results, spill) {
        this.results = results;
        this.spill = spill;
    }
    /** Whether any DaemonSet has a fact for the rule. */
    has(ruleId) {
        for (const _ of this.texts(ruleId))
            return true;
        return false;
    }
    /**
     * The rule's facts, parsed one at a time as they are read; the strings of
     * one reading shared (rules keep many equal names and labels).
     * JSON.parse makes a key named `__proto__` an own entry, as the rules' label maps have it (rules/view.ts).
     */
    *of(ruleId) {
        const strings = new Map();
        const prefix = `${ruleId}${TAB}`;
        for (const text of this.texts(ruleId)) {
            const tab = text.indexOf(TAB, prefix.length);
            const { fact, daemonSet } = sharingStrings(JSON.parse(text.slice(tab + 1)), strings);
            yield { ruleId, severity: text.slice(prefix.length, tab), fact, daemonSet };
        }
    }
    /** Removes the spill's temporary file. */
    close() {
        this.spill.close();
    }
    *texts(ruleId) {
        const prefix = `${ruleId}${TAB}`;
        for (const r of this.results) {
            if (r.factRange)
                for (let i = r.factRange[0]; i < r.factRange[1]; i++) {
                    const text = this.spill.text(i);
                    if (text.startsWith(prefix))
                        yield text;
                }
            for (const text of r.facts)
                if (text.startsWith(prefix))
                    yield text;
        }
    }
}
/** The cross-document rules on every DaemonSet's facts, as findings at the DaemonSets they name; with the configuration's options. */
export function crossDocumentFindings(rules, config, facts, defined) {
    const active = activeRulesFor(config, rules, undefined);
    const optionsFor = (id) => active.find((r) => r.rule.meta.id === id)?.options ?? {};
    return runCrossRules(rules, optionsFor, facts, defined).map((c) => {
        const f = { ruleId: c.ruleId, severity: c.severity, message: c.message, file: c.at.file, ...c.at.range, path: c.at.path, object: c.at.object };
        if (c.fix)
            f.fix = c.fix;
        return f;
    });
}
