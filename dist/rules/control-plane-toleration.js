import { excludesNodeKind, nodeView, requiredNodeAffinity } from "../src/k8s/nodeaffinity.js";
import { formatToleration, podSpecTolerations, toleratesTaint, tolerationsTolerateTaint } from "../src/k8s/tolerations.js";
import { CONTROL_PLANE_NODE_LABELS, CONTROL_PLANE_ROLE, CONTROL_PLANE_TAINT, isPerNodeLabel, LINUX_NODE_LABELS, MASTER_TAINT } from "../src/k8s/wellknown.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";
/** The DaemonSet annotation that declares skipping control-plane nodes on purpose. */
const SKIP_ANNOTATION = "dslint.io/control-plane-nodes";
const CONTROL_PLANE_NODE = nodeView("", CONTROL_PLANE_NODE_LABELS);
const WORKER_NODE = nodeView("", LINUX_NODE_LABELS);
/**
 * Whether the required node selection can never match this kind of node
 * whatever its per-node labels (arch, hostname, zone...) are: any other label
 * it requires tells control-plane nodes and workers apart.
 */
function excludes(affinity, node) {
    return excludesNodeKind(affinity, node, (key) => !isPerNodeLabel(key));
}
export default defineRule({
    meta: {
        id: "control-plane-toleration",
        severity: "warning",
        category: "scheduling",
        description: "The DaemonSet does not tolerate the control-plane taint, so it never runs on control-plane nodes.",
        rationale: "kubeadm and most distributions taint control-plane nodes node-role.kubernetes.io/control-plane:NoSchedule, and the DaemonSet controller does not add a toleration for it. " +
            "A node agent without one silently skips those nodes: no logs, metrics or security events from the control plane, and a CNI or CSI agent that never reaches it. " +
            "The rule judges the tolerations as Kubernetes does (operator Exists or Equal, empty key or effect) and does not report a DaemonSet whose nodeSelector or required node affinity " +
            "could never match a control-plane node (it requires a worker-only or pool label, or the absence of the control-plane label). " +
            `To skip control-plane nodes on purpose, annotate the DaemonSet \`${SKIP_ANNOTATION}: skip\`, or set the option allowNoControlPlane for clusters whose control plane has no Node objects (EKS, GKE, AKS); ` +
            "a DaemonSet that selects only control-plane nodes is still reported, since it would then run nowhere. " +
            "A master toleration without a control-plane one is left to legacy-master-toleration.",
        fix: "add the toleration {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}",
        options: {
            allowNoControlPlane: {
                type: "boolean",
                description: `Accept DaemonSets that skip control-plane nodes (as the annotation ${SKIP_ANNOTATION}: skip does for one DaemonSet); still report one that selects only control-plane nodes.`,
            },
        },
    },
    defaultOptions: { allowNoControlPlane: false },
    check(ds, options, report) {
        const tolerations = podSpecTolerations(ds.podSpec);
        if (tolerationsTolerateTaint(tolerations, CONTROL_PLANE_TAINT))
            return;
        // legacy-master-toleration says it better: the intent to run there is explicit.
        if (tolerations.some((t) => t.key === MASTER_TAINT.key && toleratesTaint(t, MASTER_TAINT)))
            return;
        const affinity = requiredNodeAffinity(ds.podSpec);
        if (excludes(affinity, CONTROL_PLANE_NODE))
            return;
        const path = [...POD_SPEC_PATH, "tolerations"];
        const fix = "add {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule} to spec.template.spec.tolerations";
        if (excludes(affinity, WORKER_NODE)) {
            report({
                message: "the DaemonSet selects only control-plane nodes but does not tolerate their taint node-role.kubernetes.io/control-plane:NoSchedule, so it runs on no node",
                path,
                fix,
            });
            return;
        }
        if (options.allowNoControlPlane === true || ds.annotations[SKIP_ANNOTATION] === "skip")
            return;
        const nearMisses = tolerations.filter((t) => t.key === CONTROL_PLANE_ROLE).map(formatToleration);
        const why = nearMisses.length > 0
            ? `its toleration ${nearMisses.join(", ")} does not match the taint node-role.kubernetes.io/control-plane:NoSchedule (no value)`
            : "no toleration matches the taint node-role.kubernetes.io/control-plane:NoSchedule";
        report({
            message: `${why}, so the DaemonSet silently skips control-plane nodes; ` +
                `if that is intended, annotate the DaemonSet ${SKIP_ANNOTATION}: skip`,
            path,
            fix,
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a log shipper that tolerates the control-plane taint",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      tolerations:
        - key: node-role.kubernetes.io/control-plane
          operator: Exists
          effect: NoSchedule
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
                },
                {
                    name: "a CNI agent that tolerates every taint",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-node}}
  template:
    metadata: {labels: {k8s-app: calico-node}}
    spec:
      hostNetwork: true
      tolerations:
        - operator: Exists
      containers:
        - name: calico-node
          image: calico/node:v3.28.0
`,
                },
                {
                    name: "a GPU device plugin that only selects GPU nodes",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: nvidia-device-plugin, namespace: kube-system}
spec:
  selector: {matchLabels: {app: nvidia-device-plugin}}
  template:
    metadata: {labels: {app: nvidia-device-plugin}}
    spec:
      nodeSelector:
        nvidia.com/gpu.present: "true"
      containers:
        - name: plugin
          image: nvcr.io/nvidia/k8s-device-plugin:v0.15.0
`,
                },
                {
                    name: "affinity that keeps off control-plane nodes",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: node-role.kubernetes.io/control-plane, operator: DoesNotExist}
                  - {key: kubernetes.io/arch, operator: In, values: [amd64, arm64]}
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
`,
                },
                {
                    name: "skipping control-plane nodes on purpose",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: app-cache
  namespace: cache
  annotations:
    dslint.io/control-plane-nodes: skip
spec:
  selector: {matchLabels: {app: app-cache}}
  template:
    metadata: {labels: {app: app-cache}}
    spec:
      containers:
        - name: cache
          image: example/cache:2.1
`,
                },
                {
                    name: "the allowNoControlPlane option",
                    options: { allowNoControlPlane: true },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: app-cache, namespace: cache}
spec:
  selector: {matchLabels: {app: app-cache}}
  template:
    metadata: {labels: {app: app-cache}}
    spec:
      containers:
        - name: cache
          image: example/cache:2.1
`,
                },
            ],
            invalid: [
                {
                    name: "a node exporter with no tolerations",
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
                    findings: [
                        {
                            line: 8,
                            column: 5,
                            endLine: 8,
                            endColumn: 9,
                            message: "no toleration matches the taint node-role.kubernetes.io/control-plane:NoSchedule, so the DaemonSet silently skips control-plane nodes; if that is intended, annotate the DaemonSet dslint.io/control-plane-nodes: skip",
                        },
                    ],
                },
                {
                    name: "a control-plane toleration with a value the taint does not have",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: falco, namespace: falco}
spec:
  selector: {matchLabels: {app: falco}}
  template:
    metadata: {labels: {app: falco}}
    spec:
      tolerations:
        - key: node-role.kubernetes.io/control-plane
          operator: Equal
          value: "true"
          effect: NoSchedule
      containers:
        - name: falco
          image: falcosecurity/falco:0.38.1
`,
                    findings: [
                        {
                            line: 9,
                            column: 7,
                            endLine: 9,
                            endColumn: 18,
                            message: "its toleration node-role.kubernetes.io/control-plane=true:NoSchedule (Equal) does not match the taint node-role.kubernetes.io/control-plane:NoSchedule (no value), so the DaemonSet silently skips control-plane nodes; if that is intended, annotate the DaemonSet dslint.io/control-plane-nodes: skip",
                        },
                    ],
                },
                {
                    name: "selecting only control-plane nodes without tolerating them, despite the option",
                    options: { allowNoControlPlane: true },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: etcd-backup, namespace: kube-system}
spec:
  selector: {matchLabels: {app: etcd-backup}}
  template:
    metadata: {labels: {app: etcd-backup}}
    spec:
      nodeSelector:
        node-role.kubernetes.io/control-plane: ""
      tolerations:
        - key: node-role.kubernetes.io/control-plane
          effect: NoExecute
          operator: Exists
      containers:
        - name: backup
          image: example/etcd-backup:1.0
`,
                    findings: [
                        {
                            line: 11,
                            column: 7,
                            endLine: 11,
                            endColumn: 18,
                            message: "the DaemonSet selects only control-plane nodes but does not tolerate their taint node-role.kubernetes.io/control-plane:NoSchedule, so it runs on no node",
                        },
                    ],
                },
            ],
        };
    },
});
