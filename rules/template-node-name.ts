import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asString, POD_SPEC_PATH } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "template-node-name",
    severity: "warning",
    category: "scheduling",
    description: "spec.template.spec.nodeName pins the whole DaemonSet to one node.",
    rationale:
      "The API accepts a nodeName in the pod template, but the DaemonSet controller then skips every node with another name before it looks at anything else " +
      "(pkg/controller/daemon NodeShouldRunDaemonPod), so the DaemonSet runs on at most one node; if that node is renamed or replaced, it runs nowhere. " +
      "The pod it creates is already bound, so it also bypasses the scheduler's checks and preemption. " +
      "It is usually left over from a debugging session or copied from a Pod manifest.",
    fix: "remove spec.template.spec.nodeName; restrict nodes with a nodeSelector or node affinity, or use a Deployment or Pod for a single node",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    const nodeName = asString(ds.podSpec.nodeName);
    if (!nodeName) return;
    report({
      message: `spec.template.spec.nodeName is "${nodeName}": the DaemonSet runs only on the node with that name and skips every other node`,
      path: [...POD_SPEC_PATH, "nodeName"],
      fix: "remove nodeName; to choose nodes, use a nodeSelector (for example on kubernetes.io/hostname) or node affinity",
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "nodes chosen by a nodeSelector",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      nodeSelector:
        kubernetes.io/os: linux
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
`,
        },
        {
          name: "an empty nodeName",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      nodeName: ""
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
        },
      ],
      invalid: [
        {
          name: "a log shipper pinned to one node",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      nodeName: worker-1
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
          findings: [
            {
              line: 9,
              column: 17,
              endLine: 9,
              endColumn: 25,
              message: 'spec.template.spec.nodeName is "worker-1": the DaemonSet runs only on the node with that name and skips every other node',
            },
          ],
        },
        {
          name: "a CNI agent pinned to a control-plane node",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cilium, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: cilium}}
  template:
    metadata: {labels: {k8s-app: cilium}}
    spec:
      hostNetwork: true
      nodeName: cp-0.example.internal
      containers:
        - name: cilium-agent
          image: quay.io/cilium/cilium:v1.15.6
`,
          findings: [
            {
              line: 10,
              column: 17,
              endLine: 10,
              endColumn: 38,
              message: 'spec.template.spec.nodeName is "cp-0.example.internal": the DaemonSet runs only on the node with that name and skips every other node',
            },
          ],
        },
      ],
    };
  },
});
