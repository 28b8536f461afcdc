import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asObj } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "on-delete-strategy",
    severity: "info",
    category: "operations",
    description: "updateStrategy.type is OnDelete: a changed template reaches a node only when its pod is deleted by hand.",
    rationale:
      "With OnDelete the DaemonSet controller never replaces a running pod: after `kubectl apply` the old image and configuration keep running on every node " +
      "until someone deletes each pod, and nothing reports the rollout as incomplete. " +
      "Some agents choose this on purpose (a CNI plugin or storage driver whose restart must be coordinated with draining the node); " +
      "then say so with a suppression and its reason. Otherwise RollingUpdate with maxUnavailable bounds the disruption and finishes on its own.",
    fix: "use updateStrategy.type: RollingUpdate with rollingUpdate.maxUnavailable set to what the fleet tolerates",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    const strategy = asObj(ds.spec.updateStrategy);
    if (strategy?.type !== "OnDelete") return;
    report({
      message: "updateStrategy is OnDelete: template changes roll out only as pods are deleted by hand, so old versions can keep running on nodes indefinitely",
      path: ["spec", "updateStrategy", "type"],
      fix: "use RollingUpdate with a maxUnavailable, or suppress with the reason the rollout is coordinated by hand",
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "the default RollingUpdate strategy",
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
          name: "an explicit rolling update of a CNI agent",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  updateStrategy:
    type: RollingUpdate
    rollingUpdate: {maxUnavailable: 10%}
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
          name: "a storage driver updated only on delete",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-node, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi-node}}
  updateStrategy:
    type: OnDelete
  template:
    metadata: {labels: {app: csi-node}}
    spec:
      containers:
        - name: driver
          image: example/csi:1.0
`,
          findings: [
            {
              line: 7,
              column: 11,
              endLine: 7,
              endColumn: 19,
              message: "updateStrategy is OnDelete: template changes roll out only as pods are deleted by hand, so old versions can keep running on nodes indefinitely",
            },
          ],
        },
        {
          name: "OnDelete with a rollingUpdate block that is ignored",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  updateStrategy: {type: OnDelete, rollingUpdate: {maxUnavailable: 1}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
          findings: [
            {
              line: 6,
              column: 26,
              endLine: 6,
              endColumn: 34,
              message: "updateStrategy is OnDelete: template changes roll out only as pods are deleted by hand, so old versions can keep running on nodes indefinitely",
            },
          ],
        },
      ],
    };
  },
});
