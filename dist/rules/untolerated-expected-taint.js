import { excludesNodeKind, nodeView, requiredNodeAffinity } from "../src/k8s/nodeaffinity.js";
import { decisiveKeys, expectedNodeKind, presetNodeKind, TAINT_PRESET_NAMES } from "../src/k8s/provider-taints.js";
import { daemonPodTolerations, formatTaint, isNoScheduleOrNoExecute, tolerationsTolerateTaint } from "../src/k8s/tolerations.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";
function nodeKinds(options) {
    const kinds = [];
    for (const name of options.presets ?? []) {
        const kind = presetNodeKind(name);
        if (kind)
            kinds.push(kind);
    }
    for (const t of options.expectedTaints ?? []) {
        kinds.push(expectedNodeKind({ key: t.key, value: t.value ?? "", effect: t.effect }));
    }
    return kinds;
}
/** A node of the kind with a placeholder for the labels whose value varies. */
function kindNode(kind) {
    const labels = { ...kind.labels };
    for (const key of kind.openLabels)
        labels[key] = "";
    return nodeView("", labels);
}
function sameTaint(a, b) {
    return a.key === b.key && a.value === b.value && a.effect === b.effect;
}
export default defineRule({
    meta: {
        id: "untolerated-expected-taint",
        severity: "warning",
        category: "scheduling",
        description: "The DaemonSet does not tolerate a taint that the cluster's nodes are configured to carry (option expectedTaints or presets), so it skips those nodes.",
        rationale: "Managed offerings and platform teams taint whole node pools: AKS system pools CriticalAddonsOnly=true:NoSchedule, AKS spot pools kubernetes.azure.com/scalesetpriority=spot:NoSchedule, " +
            "GKE GPU and TPU pools nvidia.com/gpu=present:NoSchedule and google.com/tpu=present:NoSchedule, the EKS Auto Mode system NodePool CriticalAddonsOnly:NoSchedule, " +
            "OpenShift infra nodes node-role.kubernetes.io/infra=reserved:NoSchedule. The DaemonSet controller only adds tolerations for node conditions, so a node agent without a matching toleration " +
            "never runs on those nodes and nothing says so. Which taints a cluster has is a fact about the cluster, not the manifest: the rule reports nothing until the configuration names them " +
            "(presets, or expectedTaints as they appear in node.spec.taints). Tolerations are judged as Kubernetes does (operator Exists or Equal, empty key or effect), with the tolerations the controller adds. " +
            "PreferNoSchedule taints are left alone: they do not keep daemon pods off a node. A DaemonSet whose nodeSelector or required node affinity cannot match such a node is not reported: " +
            "for a preset, one that requires another value of a label the pool carries (kubernetes.azure.com/mode: user, a Windows OS); for expectedTaints, whose nodes' labels are unknown, " +
            "one that requires any label other than the OS and per-node labels (arch, hostname, zone, instance type), taken as aiming at another pool. " +
            "An agent meant to skip such nodes can say so with a suppression and its reason.",
        fix: "add a toleration for the taint, for example {key: CriticalAddonsOnly, operator: Exists}, or select the nodes the agent is for",
        options: {
            expectedTaints: {
                type: "taint[]",
                description: "Taints the cluster's nodes carry, as in node.spec.taints: [{key, value, effect}] (value optional).",
            },
            presets: {
                type: "enum[]",
                values: TAINT_PRESET_NAMES,
                description: "Documented provider taints: aks-system (CriticalAddonsOnly=true:NoSchedule), aks-spot (kubernetes.azure.com/scalesetpriority=spot:NoSchedule), " +
                    "gke-gpu (nvidia.com/gpu=present:NoSchedule), gke-tpu (google.com/tpu=present:NoSchedule), eks-auto-system (CriticalAddonsOnly:NoSchedule), " +
                    "openshift-infra (node-role.kubernetes.io/infra=reserved:NoSchedule).",
            },
        },
    },
    defaultOptions: { expectedTaints: [], presets: [] },
    check(ds, options, report) {
        const kinds = nodeKinds(options);
        if (kinds.length === 0)
            return;
        const tolerations = daemonPodTolerations(ds.podSpec);
        const affinity = requiredNodeAffinity(ds.podSpec);
        const missed = [];
        for (const kind of kinds) {
            if (!isNoScheduleOrNoExecute(kind.taint))
                continue;
            if (tolerationsTolerateTaint(tolerations, kind.taint))
                continue;
            if (excludesNodeKind(affinity, kindNode(kind), decisiveKeys(kind)))
                continue;
            if (missed.some((m) => sameTaint(m.taint, kind.taint)))
                continue;
            missed.push(kind);
        }
        if (missed.length === 0)
            return;
        const list = missed.map((k) => `${formatTaint(k.taint)} (${k.source})`).join(", ");
        report({
            message: `no toleration matches the taint${missed.length > 1 ? "s" : ""} ${list} that the cluster's nodes carry, ` +
                "so the DaemonSet silently skips those nodes",
            path: [...POD_SPEC_PATH, "tolerations"],
            fix: `add ${missed.map((k) => `{key: ${k.taint.key}, operator: Exists, effect: ${k.taint.effect}}`).join(" and ")} to spec.template.spec.tolerations, or suppress with the reason the agent skips them`,
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "no cluster facts configured: nothing to check",
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
                },
                {
                    name: "a log shipper that tolerates the AKS system pool taint",
                    options: { presets: ["aks-system"] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      tolerations:
        - key: CriticalAddonsOnly
          operator: Exists
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
                },
                {
                    name: "an agent that selects AKS user pools only",
                    options: { presets: ["aks-system"] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: app-cache, namespace: cache}
spec:
  selector: {matchLabels: {app: app-cache}}
  template:
    metadata: {labels: {app: app-cache}}
    spec:
      nodeSelector:
        kubernetes.azure.com/mode: user
      containers:
        - name: cache
          image: example/cache:2.1
`,
                },
                {
                    name: "an expected taint on a pool the DaemonSet does not select",
                    options: { expectedTaints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: app-cache, namespace: cache}
spec:
  selector: {matchLabels: {app: app-cache}}
  template:
    metadata: {labels: {app: app-cache}}
    spec:
      nodeSelector:
        pool: general
      containers:
        - name: cache
          image: example/cache:2.1
`,
                },
                {
                    name: "a PreferNoSchedule taint does not keep daemon pods away",
                    options: { expectedTaints: [{ key: "spot", effect: "PreferNoSchedule" }] },
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
                },
            ],
            invalid: [
                {
                    name: "a node exporter on AKS without the system pool toleration",
                    options: { presets: ["aks-system"] },
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
                            message: "no toleration matches the taint CriticalAddonsOnly=true:NoSchedule (aks-system) that the cluster's nodes carry, so the DaemonSet silently skips those nodes",
                        },
                    ],
                },
                {
                    name: "a GPU pool and an expected taint, with a toleration of the wrong value",
                    options: { presets: ["gke-gpu"], expectedTaints: [{ key: "dedicated", value: "infra", effect: "NoExecute" }] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: falco, namespace: falco}
spec:
  selector: {matchLabels: {app: falco}}
  template:
    metadata: {labels: {app: falco}}
    spec:
      tolerations:
        - key: dedicated
          operator: Equal
          value: monitoring
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
                            message: "no toleration matches the taints nvidia.com/gpu=present:NoSchedule (gke-gpu), dedicated=infra:NoExecute (expectedTaints) that the cluster's nodes carry, so the DaemonSet silently skips those nodes",
                        },
                    ],
                },
                {
                    name: "selecting OpenShift infra nodes without tolerating their taint",
                    options: { presets: ["openshift-infra"] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: router-metrics, namespace: openshift-ingress}
spec:
  selector: {matchLabels: {app: router-metrics}}
  template:
    metadata: {labels: {app: router-metrics}}
    spec:
      nodeSelector:
        node-role.kubernetes.io/infra: ""
      tolerations:
        - key: node-role.kubernetes.io/infra
          operator: Equal
          value: "true"
      containers:
        - name: exporter
          image: example/router-metrics:1.0
`,
                    findings: [
                        {
                            line: 11,
                            column: 7,
                            endLine: 11,
                            endColumn: 18,
                            message: "no toleration matches the taint node-role.kubernetes.io/infra=reserved:NoSchedule (openshift-infra) that the cluster's nodes carry, so the DaemonSet silently skips those nodes",
                        },
                    ],
                },
            ],
        };
    },
});
