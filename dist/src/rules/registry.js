import { readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { importModule } from "../modules.js";
import { compareText } from "../compare.js";
// The rule modules: one file per rule in the top-level rules/ folder
// (compiled next to this package's dist/src), discovered rather than listed,
// so adding a rule means adding one file.
const RULES_DIR = new URL("../../rules/", import.meta.url);
let loaded;
/** The bundled command line hands over its statically imported rules (scripts/bundle.ts). */
export function provideRules(rules) {
    loaded = Promise.resolve(checkedRules([...rules]));
}
/** Every rule, sorted by id. Imported once, on first use. */
export function loadRules() {
    loaded ??= (async () => {
        const files = readdirSync(RULES_DIR)
            .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith(".d.ts"))
            .sort();
        const rules = [];
        for (const f of files) {
            const mod = await importModule(pathToFileURL(new URL(f, RULES_DIR).pathname).href);
            if (!mod.default?.meta?.id)
                throw new Error(`rules/${f} does not export a rule as default`);
            rules.push(mod.default);
        }
        return checkedRules(rules);
    })();
    return loaded;
}
function checkedRules(rules) {
    rules.sort((a, b) => compareText(a.meta.id, b.meta.id));
    const ids = new Set();
    for (const r of rules) {
        if (ids.has(r.meta.id))
            throw new Error(`two rules have the id "${r.meta.id}"`);
        ids.add(r.meta.id);
    }
    return rules;
}
