import { defineRule, type RuleExamples } from "../src/rules/types.js";

export default defineRule({
  meta: {
    id: "missing-namespace",
    severity: "info",
    category: "best-practice",
    description: "The DaemonSet sets no metadata.namespace.",
    rationale:
      "Without metadata.namespace the DaemonSet is created in whatever namespace the current kubectl context (or -n flag) points to, often default. " +
      "Node agents depend on their namespace: its Pod Security level decides whether their pods are admitted, and their ServiceAccount, RBAC bindings, ConfigMaps and Secrets live there. " +
      "Applied from the wrong context, the agent lands next to the wrong objects, or twice. If a tool sets the namespace (kustomize namespace:, helm --namespace), suppress this rule for those files.",
    fix: "set metadata.namespace to the namespace the agent belongs in (kube-system, monitoring, ...)",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    if (ds.namespace) return;
    report({
      message: `DaemonSet${ds.name ? ` "${ds.name}"` : ""} sets no metadata.namespace: it is created in whatever namespace the kubectl context points to`,
      path: ["metadata", "namespace"],
      fix: "set metadata.namespace",
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a CNI agent in its own namespace",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: flannel
  namespace: kube-flannel
spec:
  selector: {matchLabels: {app: flannel}}
  template:
    metadata: {labels: {app: flannel}}
    spec:
      containers:
        - name: kube-flannel
          image: docker.io/flannel/flannel:v0.25.4
`,
        },
      ],
      invalid: [
        {
          name: "a device plugin without a namespace",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: intel-gpu-plugin
  labels: {app: intel-gpu-plugin}
spec:
  selector: {matchLabels: {app: intel-gpu-plugin}}
  template:
    metadata: {labels: {app: intel-gpu-plugin}}
    spec:
      containers:
        - name: intel-gpu-plugin
          image: intel/intel-gpu-plugin:0.30.0
`,
          findings: [
            {
              line: 3,
              column: 1,
              endLine: 3,
              endColumn: 9,
              message: 'DaemonSet "intel-gpu-plugin" sets no metadata.namespace: it is created in whatever namespace the kubectl context points to',
            },
          ],
        },
        {
          name: "an empty namespace",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluentd, namespace: ""}
spec:
  selector: {matchLabels: {app: fluentd}}
  template:
    metadata: {labels: {app: fluentd}}
    spec:
      containers:
        - name: fluentd
          image: fluent/fluentd:v1.16-1
`,
          findings: [
            {
              line: 3,
              column: 38,
              endLine: 3,
              endColumn: 40,
              message: 'DaemonSet "fluentd" sets no metadata.namespace: it is created in whatever namespace the kubectl context points to',
            },
          ],
        },
      ],
    };
  },
});
