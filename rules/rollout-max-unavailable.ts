import { isPercent, isValidIntOrPercent, scaleIntOrPercent } from "../src/k8s/intstr.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asObj } from "../src/rules/view.js";

interface Options extends Record<string, unknown> {
  min?: string;
  max?: string;
  nodes?: number;
  largeCluster: number;
}

const INT_OR_PERCENT = "^[0-9]+%?$";
const INT_OR_PERCENT_TEXT = 'a count such as 1 or a percentage such as "10%"';

/** The value scaled as the controller does (`GetScaledValueFromIntOrPercent`, rounding up), or undefined. */
function scaled(value: unknown, nodes: number): number | undefined {
  const result = scaleIntOrPercent(value, nodes);
  return "value" in result ? result.value : undefined;
}

/** A bound as written in the options: `"10%"`, or `"2"` (an unquoted 2 is read as written). */
function bound(text: string): number | string {
  return isPercent(text) ? text : Number(text);
}

/**
 * Whether `value` is below (`sign` -1) or above (`sign` 1) the bound. With a
 * node count both are scaled to pods; without one only like is compared with
 * like (a count with a count, a percentage with a percentage).
 */
function outside(value: number | string, limit: number | string, sign: 1 | -1, nodes: number | undefined): boolean | undefined {
  let a: number | undefined;
  let b: number | undefined;
  if (nodes !== undefined) {
    a = scaled(value, nodes);
    b = scaled(limit, nodes);
  } else if (typeof value === typeof limit) {
    a = typeof value === "string" ? Number(value.slice(0, -1)) : value;
    b = typeof limit === "string" ? Number(limit.slice(0, -1)) : limit;
  }
  if (a === undefined || b === undefined) return undefined;
  return sign < 0 ? a < b : a > b;
}

export default defineRule<Options>({
  meta: {
    id: "rollout-max-unavailable",
    severity: "info",
    category: "operations",
    description: "rollingUpdate.maxUnavailable is outside the bounds the configuration sets, or with the default of 1 a large cluster is updated one node at a time.",
    rationale:
      "A DaemonSet rolling update replaces at most maxUnavailable pods at a time (maxSurge when it surges), and waits for each new pod to be available, plus minReadySeconds, before the next: " +
      "the default maxUnavailable 1 (SetDefaults_DaemonSet) updates a 500-node cluster in 500 waves. A percentage is taken of the nodes the DaemonSet runs on and rounded up " +
      "(pkg/controller/daemon/update.go, intstr.GetScaledValueFromIntOrPercent), so 10% of 15 nodes is 2. " +
      "How fast is right depends on the fleet, so the rule reports nothing until configured: min and max bound maxUnavailable, and nodes gives the node count, " +
      "which turns percentages into pods, lets counts and percentages be compared, and reports the number of waves when a rollout of one node at a time meets largeCluster nodes. " +
      "Without nodes a count is compared only with a count and a percentage with a percentage. With `dslint check --nodes` and no nodes option, the waves are counted over the inventory's nodes where the DaemonSet runs, as the controller scales against them. " +
      "OnDelete DaemonSets are left to on-delete-strategy, malformed values to API validation.",
    fix: "set spec.updateStrategy.rollingUpdate.maxUnavailable to a count or percentage within the bounds, for example 10%",
    options: {
      min: { type: "string", pattern: INT_OR_PERCENT, patternText: INT_OR_PERCENT_TEXT, numberSchema: { type: "integer", minimum: 0 }, description: "The smallest maxUnavailable accepted, a count or a percentage." },
      max: { type: "string", pattern: INT_OR_PERCENT, patternText: INT_OR_PERCENT_TEXT, numberSchema: { type: "integer", minimum: 0 }, description: "The largest maxUnavailable accepted, a count or a percentage." },
      nodes: { type: "number", description: "How many nodes the DaemonSets run on, to scale percentages and count the waves of a rollout." },
      largeCluster: { type: "number", description: "From this many nodes (with nodes set), report a rollout that updates one node at a time." },
    },
  },
  defaultOptions: { largeCluster: 50 },
  check(ds, options, report) {
    const strategy = asObj(ds.spec.updateStrategy);
    if ((strategy?.type ?? "RollingUpdate") !== "RollingUpdate") return;
    const rolling = asObj(strategy?.rollingUpdate);
    const written = rolling?.maxUnavailable;
    if (written !== undefined && written !== null && !isValidIntOrPercent(written)) return;
    const value = written === undefined || written === null ? 1 : (written as number | string);
    const defaulted = written === undefined || written === null;
    const nodes = typeof options.nodes === "number" && options.nodes > 0 ? Math.floor(options.nodes) : undefined;
    const path = defaulted ? ["spec", "updateStrategy"] : ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"];
    const shown = `maxUnavailable ${String(value)}${defaulted ? " (the default)" : ""}`;
    const onNodes = (v: number | string) => (nodes !== undefined && typeof v === "string" ? ` (${scaled(v, nodes)} of ${nodes} nodes)` : "");
    for (const [name, sign, word] of [["min", -1, "below"], ["max", 1, "above"]] as const) {
      const text = options[name];
      if (typeof text !== "string") continue;
      const limit = bound(text);
      if (outside(value, limit, sign, nodes) !== true) continue;
      report({
        message: `${shown}${onNodes(value)} is ${word} the configured ${name} ${text}${onNodes(limit)}`,
        path,
        fix: `set rollingUpdate.maxUnavailable to at ${sign < 0 ? "least" : "most"} ${text}`,
      });
    }
    if (nodes === undefined || nodes < options.largeCluster) return;
    const maxSurge = rolling?.maxSurge;
    const surge = isValidIntOrPercent(maxSurge) ? (scaled(maxSurge, nodes) ?? 0) : 0;
    const unavailable = scaled(value, nodes) ?? 1;
    // update.go: with both zero the controller still takes one node at a time.
    const perWave = surge > 0 ? surge : Math.max(unavailable, 1);
    if (perWave !== 1) return;
    const minReady = typeof ds.spec.minReadySeconds === "number" && ds.spec.minReadySeconds > 0 ? `, plus minReadySeconds ${ds.spec.minReadySeconds}s,` : "";
    report({
      message:
        `${surge > 0 ? `maxSurge ${String(maxSurge)}` : shown} updates one node at a time: on ${nodes} nodes a rollout takes ${nodes} waves, ` +
        `each waiting for the new pod to become available${minReady} before the next node`,
      path,
      fix: "set rollingUpdate.maxUnavailable to a percentage the fleet tolerates, for example 10%",
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "nothing configured: the default is fine",
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
        },
        {
          name: "a percentage within the bounds on a large cluster",
          options: { min: "1", max: "20%", nodes: 300 },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  updateStrategy:
    rollingUpdate: {maxUnavailable: 10%}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
        },
        {
          name: "a count and a percentage bound cannot be compared without nodes",
          options: { max: "10%" },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  updateStrategy:
    rollingUpdate: {maxUnavailable: 5}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
        },
        {
          name: "OnDelete is another rule's",
          options: { min: "2", nodes: 100 },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  updateStrategy: {type: OnDelete}
  template:
    metadata: {labels: {app: cni}}
    spec:
      containers:
        - name: cni
          image: example/cni:1.0
`,
        },
      ],
      invalid: [
        {
          name: "the default of one node at a time on 200 nodes",
          options: { nodes: 200 },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  minReadySeconds: 30
  updateStrategy:
    type: RollingUpdate
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
          findings: [
            {
              line: 7,
              column: 3,
              endLine: 7,
              endColumn: 17,
              message:
                "maxUnavailable 1 (the default) updates one node at a time: on 200 nodes a rollout takes 200 waves, each waiting for the new pod to become available, plus minReadySeconds 30s, before the next node",
            },
          ],
        },
        {
          name: "a percentage that rounds up above the max",
          options: { max: "3", nodes: 40 },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  updateStrategy:
    rollingUpdate: {maxUnavailable: 9%}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
          findings: [
            {
              line: 7,
              column: 37,
              endLine: 7,
              endColumn: 39,
              message: "maxUnavailable 9% (4 of 40 nodes) is above the configured max 3",
            },
          ],
        },
        {
          name: "the default below a percentage minimum",
          options: { min: "5%", nodes: 100 },
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
              line: 4,
              column: 1,
              endLine: 4,
              endColumn: 5,
              message: "maxUnavailable 1 (the default) is below the configured min 5% (5 of 100 nodes)",
            },
            {
              line: 4,
              column: 1,
              endLine: 4,
              endColumn: 5,
              message:
                "maxUnavailable 1 (the default) updates one node at a time: on 100 nodes a rollout takes 100 waves, each waiting for the new pod to become available before the next node",
            },
          ],
        },
      ],
    };
  },
});
