import { isSystemPriorityClass, SYSTEM_PRIORITY_CLASSES } from "../src/k8s/priority.js";
import { closestMatch } from "../src/schema/suggest.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH, asString } from "../src/rules/view.js";
/** Defined class names a message lists before "and N more". */
const LISTED = 10;
export default defineRule({
    meta: {
        id: "unknown-priority-class",
        severity: "warning",
        category: "scheduling",
        description: "priorityClassName names a class that is neither built in nor defined by a PriorityClass in the input: every pod would be rejected.",
        rationale: "The Priority admission plugin resolves priorityClassName when a pod is created and rejects the pod when no such PriorityClass exists " +
            "(\"no PriorityClass with name ... was found\"). The DaemonSet is accepted, so the mistake shows only as FailedCreate events while the agent runs on no node. " +
            "A linter sees the input, not the cluster, and classes often come from elsewhere (a platform chart, a cluster add-on, another repository). " +
            "So by default the rule reports only a name that is a near miss of a built-in class or of a PriorityClass in the input (\"system-node-critcal\"): " +
            "that is a typo, not a class defined elsewhere. Repositories that define every class they use can set requireDefinedInInput to judge every name. " +
            "It is a warning rather than an error because the cluster may hold a class the input cannot show.",
        fix: "correct the name, define the PriorityClass in the same input, or use system-node-critical",
        options: {
            requireDefinedInInput: {
                type: "boolean",
                description: "Report every class that is neither built in nor defined by a PriorityClass in the input. " +
                    "Off by default: then only near misses of a known class name (likely typos) are reported.",
            },
        },
    },
    defaultOptions: { requireDefinedInInput: false },
    collect(ds) {
        const className = asString(ds.podSpec.priorityClassName);
        if (!className || isSystemPriorityClass(className))
            return undefined;
        return { className, at: ds.anchor([...POD_SPEC_PATH, "priorityClassName"]) };
    },
    checkAll(input, options, report) {
        const defined = input.priorityClasses;
        const candidates = [...SYSTEM_PRIORITY_CLASSES, ...defined];
        // Once per run, not per DaemonSet: thousands of DaemonSets and classes would make it quadratic.
        const names = [...defined].sort();
        const listed = names.slice(0, LISTED).map((n) => `"${n}"`).join(", ") + (names.length > LISTED ? ` and ${names.length - LISTED} more` : "");
        const known = defined.size > 0 ? `the input defines ${listed}` : "the input defines no PriorityClass";
        const suggestions = new Map();
        for (const { fact } of input.facts) {
            if (defined.has(fact.className))
                continue;
            if (!suggestions.has(fact.className))
                suggestions.set(fact.className, closestMatch(fact.className, candidates));
            const suggestion = suggestions.get(fact.className);
            if (!suggestion && !options.requireDefinedInInput)
                continue;
            report({
                at: fact.at,
                message: suggestion
                    ? `priorityClassName "${fact.className}" is not a built-in class nor one the input defines; did you mean "${suggestion}"? Admission rejects every pod whose class does not exist`
                    : `priorityClassName "${fact.className}" is not a built-in class and ${known}: if the cluster has no such class, admission rejects every pod of the DaemonSet`,
                fix: suggestion
                    ? `use "${suggestion}", or add a PriorityClass named "${fact.className}" to the input`
                    : `add a PriorityClass named "${fact.className}" to the input, or use system-node-critical`,
            });
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a class defined next to the DaemonSet",
                    manifest: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: node-agents}
value: 1000000
description: Node agents
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      priorityClassName: node-agents
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
                },
                {
                    name: "a built-in class",
                    options: { requireDefinedInInput: true },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: cni
          image: example/cni:1.0
`,
                },
                {
                    name: "no PriorityClass in the input: classes are managed elsewhere",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      priorityClassName: platform-node-agents
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
                },
                {
                    name: "a class from elsewhere next to unrelated classes of the input",
                    manifest: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: batch-low}
value: 100
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: gpu-device-plugin, namespace: gpu-operator}
spec:
  selector: {matchLabels: {app: gpu-device-plugin}}
  template:
    metadata: {labels: {app: gpu-device-plugin}}
    spec:
      priorityClassName: platform-node-agents
      containers:
        - name: plugin
          image: example/gpu-device-plugin:1.0
`,
                },
            ],
            invalid: [
                {
                    name: "a typo in a class the input defines",
                    manifest: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: node-agents}
value: 1000000
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      priorityClassName: node-agent
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
                    findings: [
                        {
                            line: 14,
                            column: 26,
                            endLine: 14,
                            endColumn: 36,
                            message: 'priorityClassName "node-agent" is not a built-in class nor one the input defines; did you mean "node-agents"? Admission rejects every pod whose class does not exist',
                        },
                    ],
                },
                {
                    name: "a misspelt built-in class, with no PriorityClass in the input",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-node, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi-node}}
  template:
    metadata: {labels: {app: csi-node}}
    spec:
      priorityClassName: system-node-critcal
      containers:
        - name: driver
          image: example/csi:1.0
`,
                    findings: [
                        {
                            line: 9,
                            column: 26,
                            endLine: 9,
                            endColumn: 45,
                            message: 'priorityClassName "system-node-critcal" is not a built-in class nor one the input defines; did you mean "system-node-critical"? Admission rejects every pod whose class does not exist',
                        },
                    ],
                },
                {
                    name: "every class must be defined in the input",
                    options: { requireDefinedInInput: true },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      priorityClassName: cni-critical
      containers:
        - name: cni
          image: example/cni:1.0
`,
                    findings: [
                        {
                            line: 9,
                            column: 26,
                            endLine: 9,
                            endColumn: 38,
                            message: 'priorityClassName "cni-critical" is not a built-in class and the input defines no PriorityClass: if the cluster has no such class, admission rejects every pod of the DaemonSet',
                        },
                    ],
                },
            ],
        };
    },
});
