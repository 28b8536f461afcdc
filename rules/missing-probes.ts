import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asObj, describeContainer } from "../src/rules/view.js";

const PROBES = [
  { field: "readinessProbe", option: "readiness", label: "readinessProbe" },
  { field: "livenessProbe", option: "liveness", label: "livenessProbe" },
] as const;

export default defineRule({
  meta: {
    id: "missing-probes",
    severity: "off",
    category: "reliability",
    description: "A container has no readinessProbe or no livenessProbe.",
    rationale:
      "A DaemonSet rolling update moves to the next node once the new pod is available, and without a readinessProbe a pod is available as soon as its process starts: a broken agent version is rolled out to every node before anyone notices. " +
      "Without a livenessProbe a hung agent keeps its node without networking, storage or logs until someone restarts it by hand. " +
      "Off by default because many node agents (installers, device plugins, log shippers) expose no endpoint to probe; enable it where your agents do.",
    fix: "add a readinessProbe and a livenessProbe (httpGet on the agent's health port, or an exec command)",
    options: {
      readiness: { type: "boolean", description: "Require a readinessProbe (default true)." },
      liveness: { type: "boolean", description: "Require a livenessProbe (default true)." },
    },
  },
  defaultOptions: { readiness: true, liveness: true },
  check(ds, options, report) {
    const required = PROBES.filter((p) => options[p.option] === true);
    for (const c of ds.containers()) {
      // Init containers run to completion and cannot have these probes; sidecars are optional helpers.
      if (c.kind !== "containers") continue;
      const missing = required.filter((p) => asObj(c.container[p.field]) === undefined);
      if (missing.length === 0) continue;
      const reasons: string[] = [];
      if (missing.some((p) => p.field === "readinessProbe")) reasons.push("a rolling update treats it as ready as soon as it starts, even when it is broken");
      if (missing.some((p) => p.field === "livenessProbe")) reasons.push("a hung agent is never restarted");
      report({
        message: `${describeContainer(c)} has no ${missing.map((p) => p.label).join(" and no ")}: ${reasons.join("; ")}`,
        path: [...c.path, missing[0]!.field],
        fix: `add ${missing.map((p) => p.label).join(" and ")}, or suppress with a reason if the agent has nothing to probe`,
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a node exporter probed on its metrics port",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      initContainers:
        - name: setup
          image: busybox:1.36
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
          ports:
            - {name: metrics, containerPort: 9100}
          readinessProbe:
            httpGet: {path: /, port: metrics}
          livenessProbe:
            httpGet: {path: /, port: metrics}
`,
        },
        {
          name: "only readiness required by option",
          options: { liveness: false },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      containers:
        - name: cni
          image: example/cni:1.0
          readinessProbe:
            exec: {command: [/bin/cni-health]}
`,
        },
      ],
      invalid: [
        {
          name: "a log shipper without probes and an agent without liveness",
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
          image: fluent/fluent-bit:3.0.4
        - name: agent
          image: example/agent:1.0
          readinessProbe:
            tcpSocket: {port: 8080}
`,
          findings: [
            {
              line: 10,
              column: 11,
              endLine: 10,
              endColumn: 27,
              message: 'container "fluent-bit" has no readinessProbe and no livenessProbe: a rolling update treats it as ready as soon as it starts, even when it is broken; a hung agent is never restarted',
            },
            { line: 12, column: 11, endLine: 12, endColumn: 22, message: 'container "agent" has no livenessProbe: a hung agent is never restarted' },
          ],
        },
      ],
    };
  },
});
