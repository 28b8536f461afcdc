import type { EditValue } from "../src/fix/edits.js";
import { formatToleration, podSpecTolerations, toleratesTaint, tolerationFromObject, tolerationsTolerateTaint } from "../src/k8s/tolerations.js";
import { CONTROL_PLANE_TAINT, MASTER_TAINT } from "../src/k8s/wellknown.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asArray, POD_SPEC_PATH } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "legacy-master-toleration",
    severity: "warning",
    category: "scheduling",
    description: "The DaemonSet tolerates the old node-role.kubernetes.io/master taint but not node-role.kubernetes.io/control-plane.",
    rationale:
      "kubeadm renamed the control-plane taint: 1.24 put node-role.kubernetes.io/control-plane:NoSchedule next to the master taint, and 1.25 dropped node-role.kubernetes.io/master. " +
      "Manifests copied from older docs and charts still tolerate only the master taint, so on current clusters the agent quietly stops running on control-plane nodes. " +
      "Tolerating both keeps it working on old and new clusters alike (and on distributions that still use the master taint).",
    fix: "add {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule} next to the master toleration",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    if (tolerationsTolerateTaint(podSpecTolerations(ds.podSpec), CONTROL_PLANE_TAINT)) return;
    // The first toleration written for the master key; a keyless one tolerates both taints.
    const list = asArray(ds.podSpec.tolerations);
    for (let i = 0; i < list.length; i++) {
      const toleration = tolerationFromObject(list[i]);
      if (!toleration || toleration.key !== MASTER_TAINT.key || !toleratesTaint(toleration, MASTER_TAINT)) continue;
      report({
        message:
          `the toleration ${formatToleration(toleration)} is for the master taint, which control-plane nodes no longer carry since Kubernetes 1.25; ` +
          "without a toleration for node-role.kubernetes.io/control-plane:NoSchedule the DaemonSet skips them",
        path: [...POD_SPEC_PATH, "tolerations", i],
        fix: "add {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}; keep the master one only for clusters older than 1.24",
        // The same toleration for the new key, next to the master one.
        suggestions: [
          {
            title: "Add the same toleration for node-role.kubernetes.io/control-plane",
            edits: [{ op: "insert", path: [...POD_SPEC_PATH, "tolerations", i + 1], value: { ...(list[i] as Record<string, EditValue>), key: CONTROL_PLANE_TAINT.key } }],
          },
        ],
      });
      return;
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "both the master and the control-plane taint tolerated",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-flannel-ds, namespace: kube-flannel}
spec:
  selector: {matchLabels: {app: flannel}}
  template:
    metadata: {labels: {app: flannel}}
    spec:
      hostNetwork: true
      tolerations:
        - key: node-role.kubernetes.io/master
          operator: Exists
          effect: NoSchedule
        - key: node-role.kubernetes.io/control-plane
          operator: Exists
          effect: NoSchedule
      containers:
        - name: kube-flannel
          image: docker.io/flannel/flannel:v0.25.4
`,
        },
        {
          name: "a toleration of every NoSchedule taint",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      tolerations:
        - operator: Exists
          effect: NoSchedule
        - key: node-role.kubernetes.io/master
          operator: Exists
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
`,
        },
      ],
      invalid: [
        {
          name: "a log shipper copied from pre-1.24 docs",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluentd, namespace: kube-system}
spec:
  selector: {matchLabels: {name: fluentd}}
  template:
    metadata: {labels: {name: fluentd}}
    spec:
      tolerations:
        - key: node-role.kubernetes.io/master
          operator: Exists
          effect: NoSchedule
      containers:
        - name: fluentd
          image: fluent/fluentd-kubernetes-daemonset:v1.16-debian-elasticsearch8-1
`,
          findings: [
            {
              line: 10,
              column: 11,
              endLine: 10,
              endColumn: 46,
              message: "the toleration node-role.kubernetes.io/master:NoSchedule (Exists) is for the master taint, which control-plane nodes no longer carry since Kubernetes 1.25; without a toleration for node-role.kubernetes.io/control-plane:NoSchedule the DaemonSet skips them",
            },
          ],
        },
        {
          name: "a control-plane toleration for the wrong effect does not count",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-proxy, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-proxy}}
  template:
    metadata: {labels: {k8s-app: kube-proxy}}
    spec:
      hostNetwork: true
      tolerations:
        - key: CriticalAddonsOnly
          operator: Exists
        - key: node-role.kubernetes.io/control-plane
          operator: Exists
          effect: NoExecute
        - {key: node-role.kubernetes.io/master, operator: Equal, value: ""}
      containers:
        - name: kube-proxy
          image: registry.k8s.io/kube-proxy:v1.30.2
`,
          findings: [
            {
              line: 16,
              column: 11,
              endLine: 16,
              endColumn: 76,
              message: "the toleration node-role.kubernetes.io/master (Equal) is for the master taint, which control-plane nodes no longer carry since Kubernetes 1.25; without a toleration for node-role.kubernetes.io/control-plane:NoSchedule the DaemonSet skips them",
            },
          ],
        },
      ],
    };
  },
});
