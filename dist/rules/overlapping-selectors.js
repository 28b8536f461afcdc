import { labelSelectorAsSelector, matches, selectorToString } from "../src/k8s/labelselector.js";
import { defineRule } from "../src/rules/types.js";
import { compareText } from "../src/compare.js";
/**
 * DaemonSets that can meet in one namespace: those naming the same one, and
 * those naming none in the same file (applied together, they land together;
 * across files the namespace is chosen at deploy time).
 */
function scope(f, acrossFiles) {
    if (f.namespace === undefined)
        return `file\u0000${f.at.file}`;
    return acrossFiles ? `ns\u0000${f.namespace}` : `ns\u0000${f.namespace}\u0000${f.at.file}`;
}
const LISTED = 5;
const labelKey = (key, value) => `${key}\u0000${value}`;
/**
 * Which DaemonSets of a group can overlap a given one, without comparing
 * every pair (a repository can hold hundreds in one namespace). A selector
 * with an `In` requirement (matchLabels are `In` requirements) can only
 * select templates carrying one of its values.
 */
class GroupIndex {
    group;
    /** Candidates by each label of their template. */
    byLabel = new Map();
    /** Candidates by the labels their first `In` requirement accepts. */
    byRequirement = new Map();
    /** Candidates whose selectors have no `In` requirement: compared with every one. */
    unindexed = [];
    constructor(group) {
        this.group = group;
        group.forEach((c, i) => {
            for (const [key, value] of Object.entries(c.templateLabels))
                push(this.byLabel, labelKey(key, value), i);
            const requirement = firstIn(c);
            if (requirement)
                for (const value of requirement.values)
                    push(this.byRequirement, labelKey(requirement.key, value), i);
            else
                this.unindexed.push(i);
        });
    }
    /** Candidates whose template the selector may match, or whose selector may match the template; in group order. */
    mayOverlap(self) {
        const requirement = firstIn(self);
        if (!requirement)
            return [...this.group];
        const found = new Set(this.unindexed);
        for (const value of requirement.values)
            for (const i of this.byLabel.get(labelKey(requirement.key, value)) ?? [])
                found.add(i);
        for (const [key, value] of Object.entries(self.templateLabels))
            for (const i of this.byRequirement.get(labelKey(key, value)) ?? [])
                found.add(i);
        return [...found].sort((a, b) => a - b).map((i) => this.group[i]);
    }
}
function firstIn(c) {
    return c.matcher.kind === "requirements" ? c.matcher.requirements.find((r) => r.operator === "In") : undefined;
}
function push(map, key, i) {
    const list = map.get(key);
    if (list)
        list.push(i);
    else
        map.set(key, [i]);
}
function describe(f) {
    return `DaemonSet "${f.namespace ? `${f.namespace}/` : ""}${f.name}"`;
}
function where(other, self) {
    return other.at.file === self.at.file ? "in this file" : `in ${other.at.file}`;
}
function describeOverlaps(self, overlaps, count) {
    if (count === 1) {
        const { other, selfSelects, otherSelects } = overlaps[0];
        const them = `${describe(other)} (${where(other, self)})`;
        if (selfSelects && otherSelects)
            return `this DaemonSet and ${them} select each other's pods: both selectors match both templates`;
        if (selfSelects)
            return `the selector ${selectorToString(self.matcher)} also matches the pods of ${them}`;
        return `the pods of this DaemonSet are also matched by the selector ${selectorToString(other.matcher)} of ${them}`;
    }
    const names = overlaps.slice(0, LISTED).map(({ other }) => `"${other.name}" (${where(other, self)})`);
    const more = count > LISTED ? ` and ${count - LISTED} more` : "";
    return `${count} other DaemonSets in this namespace share pods with this one (one's selector matches the other's pod labels): ${names.join(", ")}${more}`;
}
function classesOf(group) {
    const selectorKeys = new Set();
    for (const c of group)
        if (c.matcher.kind === "requirements")
            for (const r of c.matcher.requirements)
                selectorKeys.add(r.key);
    const classes = new Map();
    for (const c of group) {
        const labels = Object.entries(c.templateLabels)
            .filter(([k]) => selectorKeys.has(k))
            .sort(([a], [b]) => compareText(a, b));
        const key = JSON.stringify([c.matcher, labels]);
        const found = classes.get(key);
        if (found)
            found.members.push(c);
        else
            classes.set(key, { rep: c, members: [c] });
    }
    return [...classes.values()];
}
function checkGroup(group, report) {
    const classes = classesOf(group);
    const classOf = new Map();
    for (const k of classes)
        classOf.set(k.rep, k);
    const position = new Map();
    group.forEach((c, i) => position.set(c, i));
    const index = new GroupIndex(classes.map((k) => k.rep));
    for (const k of classes)
        prepare(k, index, classOf, position);
    const mine = new Map();
    for (const k of classes)
        for (const m of k.members)
            mine.set(m, k);
    for (const self of group) {
        const k = mine.get(self);
        const overlapping = k.overlapping;
        // The same object written twice (variants of one manifest) is one DaemonSet, not two.
        const count = overlapping.length - (k.names.get(self.name) ?? 0);
        if (count === 0)
            continue;
        // Same-file DaemonSets first (the ones the reader can see), then by file and line.
        const listed = [];
        for (const o of k.byFile.get(self.at.file) ?? []) {
            if (listed.length === LISTED)
                break;
            if (o.other.name !== self.name)
                listed.push(o);
        }
        for (let i = 0; i < overlapping.length && listed.length < LISTED; i++) {
            const o = overlapping[i];
            if (o.other.at.file === self.at.file) {
                i += k.byFile.get(self.at.file).length - 1;
                continue;
            }
            if (o.other.name !== self.name)
                listed.push(o);
        }
        report({
            at: self.at,
            message: `${describeOverlaps(self, listed, count)}; orphaned pods can be adopted by the wrong DaemonSet`,
            fix: `give "${self.name}" a label of its own in its selector and template`,
        });
    }
}
/** The classes `k` overlaps, their members sorted by file and line, once per class. */
function prepare(k, index, classOf, position) {
    const overlapping = [];
    for (const rep of index.mayOverlap(k.rep)) {
        const selfSelects = matches(k.rep.matcher, rep.templateLabels);
        const otherSelects = matches(rep.matcher, k.rep.templateLabels);
        if (!selfSelects && !otherSelects)
            continue;
        for (const other of classOf.get(rep).members)
            overlapping.push({ other, selfSelects, otherSelects });
    }
    overlapping.sort((x, y) => compareText(x.other.at.file, y.other.at.file) || x.other.at.range.line - y.other.at.range.line || position.get(x.other) - position.get(y.other));
    const byFile = new Map();
    const names = new Map();
    for (const o of overlapping) {
        const list = byFile.get(o.other.at.file);
        if (list)
            list.push(o);
        else
            byFile.set(o.other.at.file, [o]);
        names.set(o.other.name, (names.get(o.other.name) ?? 0) + 1);
    }
    k.overlapping = overlapping;
    k.byFile = byFile;
    k.names = names;
}
export default defineRule({
    meta: {
        id: "overlapping-selectors",
        severity: "warning",
        category: "operations",
        description: "Two DaemonSets in one namespace whose selectors match each other's pod labels.",
        rationale: "A DaemonSet claims every pod in its namespace that its selector matches: owner references keep it from taking pods another controller owns, " +
            "but any orphan (after `kubectl delete --cascade=orphan`, a failed adoption, a pod created by hand) is adopted by whichever DaemonSet syncs first " +
            "and may be deleted as surplus on its node. The controller logs \"user error! more than one daemon is selecting pods\" for such pods " +
            "(pkg/controller/daemon/daemon_controller.go), and `kubectl get pods -l`, Services and PodDisruptionBudgets built on one selector see both agents. " +
            "Give each DaemonSet a label of its own, such as app.kubernetes.io/name, in both its selector and its template.",
        fix: "add a distinguishing label to one DaemonSet's template and selector (for a new DaemonSet: the selector is immutable once created)",
        options: {
            acrossFiles: {
                type: "boolean",
                description: "Compare DaemonSets of one namespace across files (the default). Turn off for a folder of alternative manifests that are never applied together. " +
                    "DaemonSets without a namespace are compared only within their file either way.",
            },
        },
    },
    defaultOptions: { acrossFiles: true },
    collect(ds) {
        const name = ds.name;
        if (!name)
            return undefined;
        const fact = { name, selector: ds.spec.selector ?? null, templateLabels: ds.templateLabels, at: ds.anchor(["spec", "selector"]) };
        if (ds.namespace)
            fact.namespace = ds.namespace;
        return fact;
    },
    checkAll(input, options, report) {
        const groups = new Map();
        for (const { fact } of input.facts) {
            const conversion = labelSelectorAsSelector(fact.selector);
            // Invalid, missing, empty or self-mismatched selectors are rejected by API validation (selector-mismatch).
            if (!conversion.ok || conversion.selector.kind !== "requirements" || !matches(conversion.selector, fact.templateLabels))
                continue;
            const key = scope(fact, options.acrossFiles);
            const group = groups.get(key);
            const candidate = { ...fact, matcher: conversion.selector };
            if (group)
                group.push(candidate);
            else
                groups.set(key, [candidate]);
        }
        for (const group of groups.values())
            checkGroup(group, report);
    },
    get examples() {
        return {
            valid: [
                {
                    name: "two agents with labels of their own",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app.kubernetes.io/name: fluent-bit}}
  template:
    metadata: {labels: {app.kubernetes.io/name: fluent-bit, tier: node}}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: logging}
spec:
  selector: {matchLabels: {app.kubernetes.io/name: node-exporter}}
  template:
    metadata: {labels: {app.kubernetes.io/name: node-exporter, tier: node}}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
                },
                {
                    name: "the same labels in different namespaces",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: team-a}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent-b, namespace: team-b}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
`,
                },
            ],
            invalid: [
                {
                    name: "per-architecture CNI DaemonSets sharing their labels",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni-amd64, namespace: kube-system}
spec:
  selector:
    matchLabels: {app: cni}
  template:
    metadata: {labels: {app: cni, tier: node}}
    spec:
      nodeSelector: {kubernetes.io/arch: amd64}
      containers:
        - name: cni
          image: example/cni:1.0
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni-arm64, namespace: kube-system}
spec:
  selector:
    matchLabels: {app: cni}
  template:
    metadata: {labels: {app: cni, tier: node}}
    spec:
      nodeSelector: {kubernetes.io/arch: arm64}
      containers:
        - name: cni
          image: example/cni:1.0
`,
                    findings: [
                        {
                            line: 5,
                            column: 3,
                            endLine: 5,
                            endColumn: 11,
                            message: 'this DaemonSet and DaemonSet "kube-system/cni-arm64" (in this file) select each other\'s pods: both selectors match both templates; orphaned pods can be adopted by the wrong DaemonSet',
                        },
                        {
                            line: 19,
                            column: 3,
                            endLine: 19,
                            endColumn: 11,
                            message: 'this DaemonSet and DaemonSet "kube-system/cni-amd64" (in this file) select each other\'s pods: both selectors match both templates; orphaned pods can be adopted by the wrong DaemonSet',
                        },
                    ],
                },
                {
                    name: "a broad selector with matchExpressions covering another agent's pods",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: monitoring-agent, namespace: monitoring}
spec:
  selector:
    matchExpressions:
      - {key: tier, operator: In, values: [node-agent]}
  template:
    metadata: {labels: {tier: node-agent, app: monitoring-agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector:
    matchLabels: {app: node-exporter}
  template:
    metadata: {labels: {tier: node-agent, app: node-exporter}}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
                    findings: [
                        {
                            line: 5,
                            column: 3,
                            endLine: 5,
                            endColumn: 11,
                            message: 'the selector tier=node-agent also matches the pods of DaemonSet "monitoring/node-exporter" (in this file); orphaned pods can be adopted by the wrong DaemonSet',
                        },
                        {
                            line: 19,
                            column: 3,
                            endLine: 19,
                            endColumn: 11,
                            message: 'the pods of this DaemonSet are also matched by the selector tier=node-agent of DaemonSet "monitoring/monitoring-agent" (in this file); orphaned pods can be adopted by the wrong DaemonSet',
                        },
                    ],
                },
                {
                    name: "three per-architecture device plugins with one selector",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: device-plugin-amd64, namespace: kube-system}
spec:
  selector: {matchLabels: {name: device-plugin}}
  template:
    metadata: {labels: {name: device-plugin}}
    spec:
      nodeSelector: {kubernetes.io/arch: amd64}
      containers:
        - name: plugin
          image: example/device-plugin:1.0
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: device-plugin-arm64, namespace: kube-system}
spec:
  selector: {matchLabels: {name: device-plugin}}
  template:
    metadata: {labels: {name: device-plugin}}
    spec:
      nodeSelector: {kubernetes.io/arch: arm64}
      containers:
        - name: plugin
          image: example/device-plugin:1.0
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: device-plugin-ppc64le, namespace: kube-system}
spec:
  selector: {matchLabels: {name: device-plugin}}
  template:
    metadata: {labels: {name: device-plugin}}
    spec:
      nodeSelector: {kubernetes.io/arch: ppc64le}
      containers:
        - name: plugin
          image: example/device-plugin:1.0
`,
                    findings: [
                        {
                            line: 5,
                            column: 3,
                            endLine: 5,
                            endColumn: 11,
                            message: '2 other DaemonSets in this namespace share pods with this one (one\'s selector matches the other\'s pod labels): "device-plugin-arm64" (in this file), "device-plugin-ppc64le" (in this file); orphaned pods can be adopted by the wrong DaemonSet',
                        },
                        {
                            line: 18,
                            column: 3,
                            endLine: 18,
                            endColumn: 11,
                            message: '2 other DaemonSets in this namespace share pods with this one (one\'s selector matches the other\'s pod labels): "device-plugin-amd64" (in this file), "device-plugin-ppc64le" (in this file); orphaned pods can be adopted by the wrong DaemonSet',
                        },
                        {
                            line: 31,
                            column: 3,
                            endLine: 31,
                            endColumn: 11,
                            message: '2 other DaemonSets in this namespace share pods with this one (one\'s selector matches the other\'s pod labels): "device-plugin-amd64" (in this file), "device-plugin-arm64" (in this file); orphaned pods can be adopted by the wrong DaemonSet',
                        },
                    ],
                },
            ],
        };
    },
});
