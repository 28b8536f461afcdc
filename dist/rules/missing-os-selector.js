import { setField } from "../src/fix/edits.js";
import { excludesNodeKind, nodeView, requiredNodeAffinity } from "../src/k8s/nodeaffinity.js";
import { isControlPlaneRoleLabel, isOsLabel, LINUX_NODE_LABELS, WINDOWS_NODE_LABELS } from "../src/k8s/wellknown.js";
import { defineRule } from "../src/rules/types.js";
import { asObj, asString, POD_SPEC_PATH } from "../src/rules/view.js";
const LINUX_NODE = nodeView("", LINUX_NODE_LABELS);
// Carries no control-plane role label: control planes are Linux (see CONTROL_PLANE_NODE_LABELS).
const WINDOWS_NODE = nodeView("", WINDOWS_NODE_LABELS);
/** A requirement on the control-plane role keeps a pod off Windows nodes as surely as one on the OS label. */
function keepsOffWindows(key) {
    return isOsLabel(key) || isControlPlaneRoleLabel(key);
}
export default defineRule({
    meta: {
        id: "missing-os-selector",
        severity: "info",
        category: "scheduling",
        description: "Nothing restricts the DaemonSet to nodes of one operating system (kubernetes.io/os).",
        rationale: "A DaemonSet runs on every node its nodeSelector and required node affinity admit. In a cluster with Windows nodes, a Linux agent without a kubernetes.io/os constraint " +
            "gets a pod on each of them that can never start (image pull or crash loops), and a Windows agent lands on every Linux node. " +
            "Setting spec.os.name does not help: it does not steer scheduling, the kubelet only refuses the pod on a node of the other OS " +
            "(kubernetes.io/docs/concepts/workloads/pods/#pod-os), and the DaemonSet controller then deletes and recreates the failed pod over and over. " +
            "The constraint costs nothing in Linux-only clusters. " +
            "A DaemonSet whose nodeSelector, or every required node-affinity term, requires the control-plane role label (node-role.kubernetes.io/control-plane, or the legacy " +
            "node-role.kubernetes.io/master) runs only on control-plane nodes, as cloud controller managers do; those are always Linux " +
            "(kubernetes.io/docs/concepts/windows/intro/), so it is not reported. Preferred affinity, tolerations and other role labels (infra, worker...) " +
            "say nothing about the OS and are not taken into account.",
        fix: "add nodeSelector: {kubernetes.io/os: linux} (or windows), or a kubernetes.io/os requirement in every required node-affinity term",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        const affinity = requiredNodeAffinity(ds.podSpec);
        // Only a mismatch on an OS (or control-plane role) label counts: a term that fails on another label says nothing about the OS.
        if (excludesNodeKind(affinity, WINDOWS_NODE, keepsOffWindows) || excludesNodeKind(affinity, LINUX_NODE, isOsLabel))
            return;
        const osName = asString(asObj(ds.podSpec.os)?.name);
        const other = osName === "windows" ? "Linux" : "Windows";
        const message = osName === "linux" || osName === "windows"
            ? `os.name: ${osName} does not steer scheduling and no nodeSelector or required node affinity sets kubernetes.io/os: on ${other} nodes the kubelet rejects the pod and the DaemonSet recreates it again and again`
            : `no nodeSelector or required node affinity sets kubernetes.io/os: in a cluster with ${other} nodes, the DaemonSet puts a pod on each of them that cannot run`;
        report({
            message,
            path: [...POD_SPEC_PATH, "nodeSelector"],
            fix: `add nodeSelector: {kubernetes.io/os: ${osName === "windows" ? "windows" : "linux"}}`,
            suggestions: [setField(`Select ${osName === "windows" ? "Windows" : "Linux"} nodes`, [...POD_SPEC_PATH, "nodeSelector", "kubernetes.io/os"], osName === "windows" ? "windows" : "linux")],
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a log shipper with an OS nodeSelector",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      nodeSelector:
        kubernetes.io/os: linux
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
                },
                {
                    name: "a CNI agent with an OS requirement in every affinity term",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: aws-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: aws-node}}
  template:
    metadata: {labels: {k8s-app: aws-node}}
    spec:
      hostNetwork: true
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: kubernetes.io/os, operator: In, values: [linux]}
                  - {key: kubernetes.io/arch, operator: In, values: [amd64, arm64]}
                  - {key: eks.amazonaws.com/compute-type, operator: NotIn, values: [fargate]}
      containers:
        - name: aws-node
          image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.2
`,
                },
                {
                    name: "a Windows exporter that excludes Linux nodes",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: windows-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: windows-exporter}}
  template:
    metadata: {labels: {app: windows-exporter}}
    spec:
      os: {name: windows}
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: kubernetes.io/os, operator: NotIn, values: [linux]}
      containers:
        - name: exporter
          image: ghcr.io/prometheus-community/windows-exporter:0.25.1
`,
                },
                {
                    name: "a cloud controller manager that runs only on control-plane nodes",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cloud-controller-manager, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: cloud-controller-manager}}
  template:
    metadata: {labels: {k8s-app: cloud-controller-manager}}
    spec:
      nodeSelector:
        node-role.kubernetes.io/control-plane: ""
      tolerations:
        - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
        - {key: node.cloudprovider.kubernetes.io/uninitialized, value: "true", effect: NoSchedule}
      containers:
        - name: cloud-controller-manager
          image: registry.k8s.io/provider-aws/cloud-controller-manager:v1.30.1
`,
                },
                {
                    name: "every affinity term requires the control-plane or the legacy master role",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: aws-cloud-controller-manager, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: aws-cloud-controller-manager}}
  template:
    metadata: {labels: {k8s-app: aws-cloud-controller-manager}}
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: node-role.kubernetes.io/control-plane, operator: Exists}
              - matchExpressions:
                  - {key: node-role.kubernetes.io/master, operator: Exists}
      tolerations:
        - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
        - {key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}
      containers:
        - name: aws-cloud-controller-manager
          image: registry.k8s.io/provider-aws/cloud-controller-manager:v1.30.1
`,
                },
            ],
            invalid: [
                {
                    name: "a node exporter without any node selection",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
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
                            message: "no nodeSelector or required node affinity sets kubernetes.io/os: in a cluster with Windows nodes, the DaemonSet puts a pod on each of them that cannot run",
                        },
                    ],
                },
                {
                    name: "one affinity term without an OS requirement, and os.name alone",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-node, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi-node}}
  template:
    metadata: {labels: {app: csi-node}}
    spec:
      os: {name: linux}
      nodeSelector:
        topology.example.com/storage: "true"
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: kubernetes.io/os, operator: In, values: [linux]}
              - matchExpressions:
                  - {key: kubernetes.io/arch, operator: In, values: [arm64]}
      containers:
        - name: csi-driver
          image: example/csi-driver:1.4
`,
                    findings: [
                        {
                            line: 10,
                            column: 7,
                            endLine: 10,
                            endColumn: 19,
                            message: "os.name: linux does not steer scheduling and no nodeSelector or required node affinity sets kubernetes.io/os: on Windows nodes the kubelet rejects the pod and the DaemonSet recreates it again and again",
                        },
                    ],
                },
                {
                    name: "one affinity term admits nodes without the control-plane role",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-proxy-admin, namespace: kube-system}
spec:
  selector: {matchLabels: {app: kube-proxy-admin}}
  template:
    metadata: {labels: {app: kube-proxy-admin}}
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: node-role.kubernetes.io/control-plane, operator: Exists}
              - matchExpressions:
                  - {key: node-role.kubernetes.io/infra, operator: Exists}
      tolerations:
        - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
      containers:
        - name: agent
          image: example/agent:1.0
`,
                    findings: [
                        {
                            line: 8,
                            column: 5,
                            endLine: 8,
                            endColumn: 9,
                            message: "no nodeSelector or required node affinity sets kubernetes.io/os: in a cluster with Windows nodes, the DaemonSet puts a pod on each of them that cannot run",
                        },
                    ],
                },
            ],
        };
    },
});
