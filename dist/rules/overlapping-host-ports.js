import { compareText } from "../src/compare.js";
import { fixedNodeValues, nodeSelectionsIntersect, requiredNodeAffinity } from "../src/k8s/nodeaffinity.js";
import { formatHostPort, hostPortsConflict, podHostPortEntries } from "../src/k8s/podresources.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH, asObj, asString } from "../src/rules/view.js";
/**
 * The buckets a bucket may share nodes with, without comparing every pair
 * (DaemonSets pinned one per node, thousands on one port): by the label the
 * most buckets fix (nodeSelector, nodeName), only those that fix it to the
 * same value or leave it open can share a node.
 */
function sharingCandidates(all) {
    const counts = new Map();
    for (const b of all)
        for (const key of b.fixed.keys())
            counts.set(key, (counts.get(key) ?? 0) + 1);
    let key;
    for (const [k, n] of counts)
        if (key === undefined || n > counts.get(key))
            key = k;
    if (key === undefined)
        return () => all;
    const open = [];
    const byValue = new Map();
    for (const b of all) {
        const value = b.fixed.get(key);
        if (value === undefined)
            open.push(b);
        else {
            const list = byValue.get(value);
            if (list)
                list.push(b);
            else
                byValue.set(value, [b]);
        }
    }
    return (bucket) => {
        const value = bucket.fixed.get(key);
        return value === undefined ? all : [...(byValue.get(value) ?? []), ...open];
    };
}
const LISTED = 5;
function describe(f) {
    return `"${f.namespace ? `${f.namespace}/` : ""}${f.name}"`;
}
function where(other, self) {
    return other.file === self.file ? "in this file" : `in ${other.file}`;
}
function byPosition(a, b) {
    return compareText(a.at.file, b.at.file) || a.at.range.line - b.at.range.line || a.at.range.column - b.at.range.column;
}
function selectionOf(raw) {
    const selection = { affinity: requiredNodeAffinity(raw) };
    const nodeName = asString(raw.nodeName);
    if (nodeName)
        selection.nodeName = nodeName;
    return selection;
}
/**
 * The conflicts within the uses of one port number and protocol, bucket by
 * bucket: DaemonSets that bind the same address and choose nodes alike are
 * compared with the others once, so thousands of copies of one DaemonSet
 * (one per node pool) cost what a few do.
 */
function checkPort(uses, report) {
    const buckets = new Map();
    for (const use of uses) {
        const key = `${use.hostPort.hostIP}\u0000${JSON.stringify(use.fact.selection)}`;
        const bucket = buckets.get(key);
        if (bucket)
            bucket.uses.push(use);
        else {
            const selection = selectionOf(use.fact.selection);
            buckets.set(key, { uses: [use], selection, hostPort: use.hostPort, fixed: fixedNodeValues(selection) });
        }
    }
    const all = [...buckets.values()];
    const candidates = sharingCandidates(all);
    const reported = new Set();
    for (const bucket of all) {
        const others = candidates(bucket)
            .filter((b) => hostPortsConflict(bucket.hostPort, b.hostPort) && nodeSelectionsIntersect(bucket.selection, b.selection))
            .flatMap((b) => b.uses)
            .sort(byPosition);
        // The first use of each DaemonSet, in order: enough to name LISTED of them besides any one.
        const identities = new Map();
        for (const use of others)
            if (!identities.has(use.identity))
                identities.set(use.identity, use);
        for (const self of bucket.uses) {
            // One finding per DaemonSet and port, at its first declaration (a second one is host-network-port-collision's).
            if (reported.has(self.identity))
                continue;
            reported.add(self.identity);
            const count = identities.size - (identities.has(self.identity) ? 1 : 0);
            if (count === 0)
                continue;
            const named = [];
            for (const use of identities.values()) {
                if (use.identity === self.identity)
                    continue;
                named.push(use);
                if (named.length === LISTED)
                    break;
            }
            const port = formatHostPort(self.hostPort);
            const message = count === 1
                ? `host port ${port} is also taken by DaemonSet ${describe(named[0].fact)} (${where(named[0].at, self.at)}), whose pods can run on the same nodes: ` +
                    "the scheduler puts only one of the two on each such node (NodePorts), and the other DaemonSet's pod stays Pending there"
                : `host port ${port} is also taken by ${count} other DaemonSets whose pods can run on the same nodes: ` +
                    `${named.map((u) => `${describe(u.fact)} (${where(u.at, self.at)})`).join(", ")}${count > LISTED ? ` and ${count - LISTED} more` : ""}; ` +
                    "the scheduler puts only one of them on each such node (NodePorts), and the others' pods stay Pending there";
            report({ at: self.at, message, fix: "give one of the DaemonSets another port, or keep them to nodes they do not share (nodeSelector or node affinity)" });
        }
    }
}
export default defineRule({
    meta: {
        id: "overlapping-host-ports",
        severity: "warning",
        category: "scheduling",
        description: "Two DaemonSets take the same host port on nodes they can share: on each such node one of them stays Pending.",
        rationale: "A host port is the node's: the scheduler's NodePorts filter (pkg/scheduler/framework/plugins/nodeports) does not place a pod on a node where another pod " +
            "already binds the same protocol and port on the same address (0.0.0.0, the default, clashes with every address). " +
            "Two DaemonSets that both want a port, such as two node exporters on 9100, each get a pod created for every node, " +
            "and on every node both can run on, the one that comes second stays Pending for as long as the other runs. " +
            "With hostNetwork: true every containerPort is a host port. " +
            "Node selection is compared conservatively: the DaemonSets are taken to share nodes unless their nodeSelector, required node affinity or template nodeName " +
            "exclude each other (kubernetes.io/arch In [amd64] against In [arm64], a label one requires and the other forbids). " +
            "Taints and tolerations, which only narrow where a DaemonSet runs and depend on the cluster's nodes, and the pod's OS are left alone, as are two copies of one DaemonSet " +
            "(the same namespace and name) and two ports of one DaemonSet (host-network-port-collision's).",
        fix: "give one of the DaemonSets another port, or keep them to nodes they do not share",
        options: {
            acrossFiles: {
                type: "boolean",
                description: "Compare DaemonSets across files (the default). Turn off for a folder of unrelated or alternative manifests that are never applied to one cluster.",
            },
        },
    },
    defaultOptions: { acrossFiles: true },
    collect(ds) {
        const name = ds.name;
        if (!name)
            return undefined;
        const entries = podHostPortEntries(ds.podSpec);
        if (entries.length === 0)
            return undefined;
        const spec = ds.podSpec;
        const selection = {};
        if (spec.nodeSelector !== undefined)
            selection.nodeSelector = spec.nodeSelector;
        const nodeAffinity = asObj(asObj(spec.affinity)?.nodeAffinity);
        if (nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution !== undefined) {
            selection.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution } };
        }
        if (spec.nodeName !== undefined)
            selection.nodeName = spec.nodeName;
        const fact = {
            name,
            selection,
            ports: entries.map((e) => ({
                hostPort: e.hostPort,
                at: ds.anchor([...POD_SPEC_PATH, e.container.kind, e.container.index, "ports", e.index, e.written ? "hostPort" : "containerPort"]),
            })),
        };
        if (ds.namespace)
            fact.namespace = ds.namespace;
        return fact;
    },
    checkAll(input, options, report) {
        // By port number and protocol (the address is compared within): a port few DaemonSets share is compared among those few.
        const groups = new Map();
        for (const { fact } of input.facts) {
            const identity = `${fact.namespace ?? ""}/${fact.name}`;
            for (const { hostPort, at } of fact.ports) {
                const key = `${options.acrossFiles ? "" : at.file}\u0000${hostPort.protocol}/${hostPort.port}`;
                const group = groups.get(key);
                const use = { fact, hostPort, at, identity };
                if (group)
                    group.push(use);
                else
                    groups.set(key, [use]);
            }
        }
        for (const group of groups.values())
            if (new Set(group.map((u) => u.identity)).size > 1)
                checkPort(group, report);
    },
    get examples() {
        return {
            valid: [
                {
                    name: "per-architecture DaemonSets on one port",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: exporter-amd64, namespace: monitoring}
spec:
  selector: {matchLabels: {app: exporter-amd64}}
  template:
    metadata: {labels: {app: exporter-amd64}}
    spec:
      hostNetwork: true
      nodeSelector: {kubernetes.io/arch: amd64}
      containers:
        - name: exporter
          image: example/exporter:1.0
          ports: [{containerPort: 9100}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: exporter-arm64, namespace: monitoring}
spec:
  selector: {matchLabels: {app: exporter-arm64}}
  template:
    metadata: {labels: {app: exporter-arm64}}
    spec:
      hostNetwork: true
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions: [{key: kubernetes.io/arch, operator: In, values: [arm64]}]
      containers:
        - name: exporter
          image: example/exporter:1.0
          ports: [{containerPort: 9100}]
`,
                },
                {
                    name: "one port over TCP and UDP, and one bound to two addresses",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: dns-tcp, namespace: kube-system}
spec:
  selector: {matchLabels: {app: dns-tcp}}
  template:
    metadata: {labels: {app: dns-tcp}}
    spec:
      containers:
        - name: dns
          image: example/dns:1.0
          ports: [{containerPort: 53, hostPort: 53, protocol: TCP}, {containerPort: 8080, hostPort: 8080, hostIP: 10.0.0.1}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: dns-udp, namespace: kube-system}
spec:
  selector: {matchLabels: {app: dns-udp}}
  template:
    metadata: {labels: {app: dns-udp}}
    spec:
      containers:
        - name: dns
          image: example/dns:1.0
          ports: [{containerPort: 53, hostPort: 53, protocol: UDP}, {containerPort: 8080, hostPort: 8080, hostIP: 10.0.0.2}]
`,
                },
            ],
            invalid: [
                {
                    name: "two node exporters on 9100",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      hostNetwork: true
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
          ports: [{name: metrics, containerPort: 9100}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-prometheus-node-exporter, namespace: observability}
spec:
  selector: {matchLabels: {app: kube-prometheus-node-exporter}}
  template:
    metadata: {labels: {app: kube-prometheus-node-exporter}}
    spec:
      nodeSelector: {kubernetes.io/os: linux}
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
          ports: [{name: metrics, containerPort: 9100, hostPort: 9100}]
`,
                    findings: [
                        {
                            line: 13,
                            column: 50,
                            endLine: 13,
                            endColumn: 54,
                            message: 'host port 9100/TCP is also taken by DaemonSet "observability/kube-prometheus-node-exporter" (in this file), whose pods can run on the same nodes: the scheduler puts only one of the two on each such node (NodePorts), and the other DaemonSet\'s pod stays Pending there',
                        },
                        {
                            line: 27,
                            column: 66,
                            endLine: 27,
                            endColumn: 70,
                            message: 'host port 9100/TCP is also taken by DaemonSet "monitoring/node-exporter" (in this file), whose pods can run on the same nodes: the scheduler puts only one of the two on each such node (NodePorts), and the other DaemonSet\'s pod stays Pending there',
                        },
                    ],
                },
            ],
        };
    },
});
