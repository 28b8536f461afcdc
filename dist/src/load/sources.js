/**
 * Helm charts and kustomizations among the files given. Their templates and
 * patches are not manifests until `helm template` or `kubectl kustomize`
 * renders them (a template holds `{{ }}` actions, a strategic-merge patch is
 * a partial object), so they are not linted as manifests: each chart or
 * kustomization gets one finding that says how to lint what it renders.
 * Their plain YAML (Chart.yaml, values files, the kustomization, patches)
 * still has its syntax checked. Resources a kustomization lists are
 * ordinary manifests and stay linted.
 */
import { readdirSync } from "node:fs";
import { displayPath } from "./files.js";
import { MAX_FILE_BYTES, readRegularFile } from "./fs-errors.js";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { yamlPackage } from "./yaml-package.js";
/** The names kustomize looks for in a folder (konfig.RecognizedKustomizationFileNames). */
const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const CHART_FILE = "Chart.yaml";
/** A chart's values files: values.yaml, and the variants charts keep beside it (values-prod.yaml, values.schema.json). */
const VALUES_FILE = /^values[^/]*\.(ya?ml|json)$/i;
/**
 * Finds the chart or kustomization a file belongs to, from the file's
 * folder upwards. Folder listings and parsed kustomizations are kept, so
 * the files of one folder cost one look each; make a new finder when the
 * files may have changed (an editor).
 */
export class SourceFinder {
    listings = new Map();
    kustomizations = new Map();
    charts = new Map();
    /** The chart or kustomization `file` (an absolute path) belongs to, if any. */
    sourceOf(file) {
        const name = basename(file);
        const folder = dirname(file);
        if (KUSTOMIZATION_FILES.includes(name))
            return { source: this.kustomization(folder)?.source ?? kustomizationSource(folder, name), checkSyntax: true };
        if (name === CHART_FILE)
            return { source: this.chart(folder), checkSyntax: true };
        let chartSeen = false;
        for (let dir = folder;;) {
            // The nearest chart decides: a file of a chart's other folders (crds/, ci/) is an ordinary file.
            if (!chartSeen && this.names(dir).has(CHART_FILE)) {
                chartSeen = true;
                const inside = relative(dir, file).split(sep);
                if (inside[0] === "templates")
                    return { source: this.chart(dir), checkSyntax: false };
                if (inside.length === 1 && VALUES_FILE.test(name))
                    return { source: this.chart(dir), checkSyntax: true };
            }
            // kustomize loads patches from inside the kustomization's folder only (its default load restrictor).
            const kustomization = this.kustomization(dir);
            if (kustomization?.patches.has(file))
                return { source: kustomization.source, checkSyntax: true };
            const parent = dirname(dir);
            if (parent === dir)
                return undefined;
            dir = parent;
        }
    }
    names(dir) {
        let names = this.listings.get(dir);
        if (!names) {
            try {
                names = new Set(readdirSync(dir));
            }
            catch {
                names = new Set();
            }
            this.listings.set(dir, names);
        }
        return names;
    }
    /** The chart in `dir`; a subchart (in a chart's charts/ folder) is rendered with its parent, so the parent is named. */
    chart(dir) {
        let chart = this.charts.get(dir);
        if (!chart) {
            const parent = dirname(dirname(dir));
            chart =
                basename(dirname(dir)) === "charts" && parent !== dir && this.names(parent).has(CHART_FILE)
                    ? this.chart(parent)
                    : { kind: "helm-chart", dir, file: join(dir, CHART_FILE) };
            this.charts.set(dir, chart);
        }
        return chart;
    }
    kustomization(dir) {
        let found = this.kustomizations.get(dir);
        if (found === undefined) {
            const names = this.names(dir);
            const name = KUSTOMIZATION_FILES.find((n) => names.has(n));
            found = name ? { source: kustomizationSource(dir, name), patches: patchFiles(dir, name) } : null;
            this.kustomizations.set(dir, found);
        }
        return found;
    }
}
function kustomizationSource(dir, name) {
    return { kind: "kustomization", dir, file: join(dir, name) };
}
/** The files a kustomization names as patches: `patches[].path`, `patchesStrategicMerge[]`, `patchesJson6902[].path`. */
function patchFiles(dir, name) {
    const files = new Set();
    // A kustomization that is a FIFO, a device or absurdly large names no patch (and is never waited on).
    const read = readRegularFile(join(dir, name), MAX_FILE_BYTES);
    if (!("bytes" in read))
        return files;
    const text = new TextDecoder().decode(read.bytes);
    // Only paths are read from it, so YAML 1.2 rules do. A broken kustomization names no patch (its syntax is reported as its file's).
    const doc = yamlPackage().parseDocument(text, { uniqueKeys: false });
    const value = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : null;
    if (typeof value !== "object" || value === null)
        return files;
    const add = (path) => {
        // An entry of patchesStrategicMerge may be the patch itself, inline.
        if (typeof path === "string" && path !== "" && !path.includes("\n"))
            files.add(resolve(dir, path));
    };
    for (const key of ["patches", "patchesJson6902"]) {
        const list = value[key];
        if (Array.isArray(list))
            for (const entry of list)
                if (typeof entry === "object" && entry !== null)
                    add(entry.path);
    }
    if (Array.isArray(value.patchesStrategicMerge))
        value.patchesStrategicMerge.forEach(add);
    return files;
}
/**
 * What to say about a chart or kustomization: that its templates or patches
 * are not checked (or simulated) as they are, and the command that does it
 * on what it renders. `dirName`: its folder as reported.
 */
export function describeSource(source, dirName, command) {
    const dir = /^[\w@%+=:,./-]+$/.test(dirName) ? dirName : `'${dirName.replace(/'/g, `'\\''`)}'`;
    const done = command === "check" ? "checked" : "simulated";
    const dslint = command === "check" ? "dslint check -" : "dslint simulate - --nodes FILE";
    return source.kind === "helm-chart"
        ? {
            message: `Helm chart: its templates are manifests only once rendered, so they are not ${done} as they are`,
            fix: `${command} what it renders: helm template ${dir} | ${dslint}`,
        }
        : {
            message: `kustomization: what is applied is what kustomize builds from its resources and patches; the patches are partial objects, not ${done} as they are`,
            fix: `${command} what it builds: kubectl kustomize ${dir} | ${dslint}`,
        };
}
/**
 * Marks the files of Helm charts and kustomizations, which are not linted
 * (or simulated) as manifests, and words the one finding each chart or
 * kustomization gets: at the input index of its first file. Text from
 * stdin is what was rendered, whatever name it is given.
 */
export function markTemplateSources(inputs, cwd, command = "check") {
    const finder = new SourceFinder();
    const findings = new Map();
    const announced = new Set();
    inputs.forEach((input, index) => {
        if (input.text !== undefined || input.absolutePath === undefined)
            return;
        const found = finder.sourceOf(input.absolutePath);
        if (!found)
            return;
        input.templateSource = found.checkSyntax ? "syntax" : "none";
        if (announced.has(found.source.file))
            return;
        announced.add(found.source.file);
        findings.set(index, sourceFinding(found.source, cwd, command));
    });
    return findings;
}
function sourceFinding(source, cwd, command) {
    const dir = source.dir === resolve(cwd) ? "." : displayPath(cwd, source.dir);
    const { message, fix } = describeSource(source, dir, command);
    const file = displayPath(cwd, source.file);
    return { ruleId: source.kind, severity: "info", message, file, line: 1, column: 1, endLine: 1, endColumn: 1, path: "", fix };
}
