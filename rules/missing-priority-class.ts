import { setField } from "../src/fix/edits.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { POD_SPEC_PATH, asString } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "missing-priority-class",
    severity: "warning",
    category: "reliability",
    description: "The pod template sets no priorityClassName, so node agents run at the default priority of ordinary workloads.",
    rationale:
      "Without a priority class a daemon pod gets the cluster's default priority (usually 0), the same as any application pod. " +
      "When a node is full, the scheduler cannot preempt anything to place it, and under memory or disk pressure the kubelet ranks pods by priority when it evicts, " +
      "so the CNI plugin, CSI driver or log shipper the node depends on can be the first to go. " +
      "Node agents should run at system-node-critical, or at a class the platform defines for them. " +
      "With the `allowed` option a repository can also require one of its own classes.",
    fix: "set spec.template.spec.priorityClassName to system-node-critical (or a PriorityClass of your own for node agents)",
    options: {
      allowed: {
        type: "string[]",
        description: "Priority class names accepted; a class outside the list is reported too. Empty: any class is accepted.",
      },
    },
  },
  defaultOptions: { allowed: [] as string[] },
  check(ds, options, report) {
    const path = [...POD_SPEC_PATH, "priorityClassName"];
    const name = asString(ds.podSpec.priorityClassName) ?? "";
    const allowed = options.allowed;
    if (name === "") {
      report({
        message:
          "the pod template sets no priorityClassName: the agent runs at the default priority, so under node pressure it is preempted or evicted as early as any application pod; " +
          "node agents should run at system-node-critical or a class of your own",
        path,
        fix:
          allowed.length > 0
            ? `set priorityClassName to one of ${allowed.join(", ")}`
            : "set priorityClassName: system-node-critical (or a class of your own for node agents)",
        suggestions: [setField(`Set priorityClassName: ${allowed[0] ?? "system-node-critical"}`, path, allowed[0] ?? "system-node-critical")],
      });
      return;
    }
    if (allowed.length > 0 && !allowed.includes(name)) {
      report({
        message: `priorityClassName "${name}" is not one of the classes this repository allows for DaemonSets (${allowed.join(", ")})`,
        path,
        fix: `use one of ${allowed.join(", ")}, or add "${name}" to the rule's allowed option`,
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a CNI agent at system-node-critical",
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
          name: "a log shipper at a class the repository allows",
          options: { allowed: ["node-agents", "system-node-critical"] },
          manifest: `apiVersion: apps/v1
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
      ],
      invalid: [
        {
          name: "a log shipper with no priority class",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
          findings: [
            {
              line: 8,
              column: 5,
              endLine: 8,
              endColumn: 9,
              message: "the pod template sets no priorityClassName: the agent runs at the default priority, so under node pressure it is preempted or evicted as early as any application pod; node agents should run at system-node-critical or a class of your own",
            },
          ],
        },
        {
          name: "a class outside the allowed list",
          options: { allowed: ["node-agents"] },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      priorityClassName: high-priority
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
          findings: [
            {
              line: 9,
              column: 26,
              endLine: 9,
              endColumn: 39,
              message: 'priorityClassName "high-priority" is not one of the classes this repository allows for DaemonSets (node-agents)',
            },
          ],
        },
      ],
    };
  },
});
