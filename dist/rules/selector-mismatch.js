import { defineRule } from "../src/rules/types.js";
// The finding comes from the API-validation stage (src/validate/daemonset.ts,
// `validateSelector`), which reports it under this id with the API server's
// own logic: a missing selector, an empty one, or one that does not match the
// template labels (matchExpressions included). This module carries its
// documentation and examples; it has no check of its own.
export default defineRule({
    meta: {
        id: "selector-mismatch",
        severity: "error",
        category: "api",
        description: "spec.selector is missing, empty, or does not match spec.template.metadata.labels; the API server rejects the DaemonSet.",
        rationale: "apps/v1 requires a selector, and ValidateDaemonSetSpec rejects one that is empty or does not select the pod template's labels " +
            "(\"selector does not match template labels\"), so `kubectl apply` fails. " +
            "The selector is immutable after creation: fixing it later means deleting and recreating the DaemonSet, which restarts the agent on every node. " +
            "Change the template labels to match the selector rather than the other way round when the DaemonSet already exists.",
        fix: "make spec.template.metadata.labels carry every label spec.selector requires",
    },
    defaultOptions: {},
    examples: {
        valid: [
            {
                name: "matchLabels equal to the template labels",
                manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector:
    matchLabels: {app: fluent-bit}
  template:
    metadata:
      labels: {app: fluent-bit, tier: logging}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
            },
            {
                name: "matchExpressions met by the template labels",
                manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector:
    matchLabels: {k8s-app: cni}
    matchExpressions:
      - {key: tier, operator: In, values: [node, network]}
      - {key: canary, operator: DoesNotExist}
  template:
    metadata:
      labels: {k8s-app: cni, tier: network}
    spec:
      containers:
        - name: cni
          image: example/cni:1.0
`,
            },
        ],
        invalid: [
            {
                name: "matchLabels with a value the template does not carry",
                manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector:
    matchLabels: {app: node-exporter}
  template:
    metadata:
      labels: {app: prometheus-node-exporter}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
                findings: [{ line: 9, column: 7, message: "the selector requires app=node-exporter, the template has app=prometheus-node-exporter" }],
            },
            {
                name: "a matchExpressions requirement the template labels fail",
                manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector:
    matchLabels: {k8s-app: cni}
    matchExpressions:
      - {key: tier, operator: In, values: [node, network]}
  template:
    metadata:
      labels: {k8s-app: cni}
    spec:
      containers:
        - name: cni
          image: example/cni:1.0
`,
                findings: [{ line: 11, column: 7, message: "the selector requires tier in (node,network), the template has no tier label" }],
            },
            {
                name: "an empty selector",
                manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-node, namespace: kube-system}
spec:
  selector: {}
  template:
    metadata:
      labels: {app: csi-node}
    spec:
      containers:
        - name: driver
          image: example/csi:1.0
`,
                findings: [{ line: 5, column: 3, message: "spec.selector is empty" }],
            },
        ],
    },
});
