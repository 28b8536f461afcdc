import { defaultedDaemonSet, hostNetworkHostPort } from "../src/k8s/defaults.js";
import { formatHostPort, hostPortsConflict, portValue, sanitizeHostPort } from "../src/k8s/podresources.js";
import { hasChange } from "../src/k8s/versions.js";
import { defineRule } from "../src/rules/types.js";
import { asArray, asObj, asString, describeContainer } from "../src/rules/view.js";
/**
 * The host ports of the pods the DaemonSet creates, per container. Since 1.28 the
 * template keeps hostPort unset with hostNetwork: true, but every Pod gets
 * hostPort = containerPort (`SetDefaults_Pod`; `defaultDaemonSet` models the
 * template side per version).
 */
function portUses(ds, containers) {
    const defaulted = asObj(asObj(asObj(defaultedDaemonSet(ds.value, { kubernetesVersion: ds.kubernetesVersion }).spec)?.template)?.spec) ?? {};
    const templatePorts = new Map();
    const at = (c) => asObj(asArray(defaulted[c.kind])[c.index]);
    for (const c of containers) {
        asArray(at(c)?.ports).forEach((p, pi) => templatePorts.set(`${c.kind}/${c.index}/${pi}`, portValue(asObj(p)?.hostPort)));
    }
    // The shared defaulted copy is read, never changed: hostNetwork's port defaults are applied as each port is read.
    const hostNetwork = defaulted.hostNetwork === true;
    const uses = [];
    for (const c of containers) {
        asArray(at(c)?.ports).forEach((item, pi) => {
            const port = asObj(item);
            // As SetDefaults_PodSpec, for app and init containers.
            const number = portValue(port && hostNetwork && c.kind !== "ephemeralContainers" ? hostNetworkHostPort(port) : port?.hostPort);
            if (!port || number <= 0)
                return;
            const protocol = asString(port.protocol) ?? "";
            const hostIP = asString(port.hostIP) ?? "";
            const written = asObj(asArray(c.container.ports)[pi]);
            uses.push({
                container: c,
                group: c.kind === "containers" ? "containers" : `${c.kind}/${c.index}`,
                hostPort: sanitizeHostPort(port, number, c.name),
                key: `${protocol}/${hostIP}/${number}`,
                inTemplate: (templatePorts.get(`${c.kind}/${c.index}/${pi}`) ?? 0) > 0,
                path: [...c.path, "ports", pi, portValue(written?.hostPort) > 0 ? "hostPort" : "containerPort"],
            });
        });
    }
    return uses;
}
export default defineRule({
    meta: {
        id: "host-network-port-collision",
        severity: "error",
        category: "api",
        description: "Two containers take the same host port, so the DaemonSet's pods are rejected or cannot all bind it.",
        rationale: "With hostNetwork: true every containerPort is a host port: the API server copies it into hostPort on each Pod (SetDefaults_Pod) and rejects a pod whose regular containers " +
            "use the same protocol/hostIP/hostPort twice. Since Kubernetes 1.28 pod templates no longer get that default, so the DaemonSet itself is accepted " +
            "and every pod it creates fails with a Duplicate hostPort error: the agent runs on no node. " +
            "Sidecar init containers are not compared with the other containers at all: such pods are created, and then only one of the two containers can have the port on the node. " +
            "Duplicates the API server already rejects in the DaemonSet itself are left to API validation.",
        fix: "give each container its own port, or declare a shared port in one container only",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        const sidecars = hasChange(ds.kubernetesVersion, "sidecarContainers");
        const containers = ds.containers().filter((c) => c.kind !== "ephemeralContainers");
        if (!containers.some((c) => asArray(c.container.ports).length > 0))
            return;
        // Before `SidecarContainers` the API server drops an init container's restartPolicy: no sidecars.
        const runsAlongside = (c) => c.kind === "containers" || (c.sidecar && sidecars);
        const uses = portUses(ds, containers);
        uses.forEach((use, i) => {
            for (const first of uses.slice(0, i)) {
                const sameCheck = first.group === use.group;
                if (!sameCheck && !(runsAlongside(first.container) && runsAlongside(use.container)))
                    continue;
                if (sameCheck ? first.key !== use.key : !hostPortsConflict(use.hostPort, first.hostPort))
                    continue;
                if (sameCheck && first.inTemplate && use.inTemplate)
                    return;
                const who = describeContainer(use.container);
                const port = formatHostPort(use.hostPort);
                const other = first.container === use.container ? "another of its ports" : describeContainer(first.container);
                report({
                    message: sameCheck
                        ? // Only hostNetwork defaulting gets a duplicate past the template's own validation.
                            `${who} takes host port ${port}, as ${other} does (with hostNetwork: true every containerPort becomes a hostPort on the pods): ` +
                                "the API server rejects every pod the DaemonSet creates with a duplicate hostPort, so it runs on no node"
                        : `${who} takes host port ${port}, as ${other} does: the API server does not compare a sidecar's ports with the other containers', ` +
                            "so the pods are created, but only one of the two can have the port on the node",
                    path: use.path,
                    fix: "use a different port in one of the containers, or declare the shared port only once",
                });
                return;
            }
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a host-network exporter and its sidecar on different ports",
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
        - name: kube-rbac-proxy
          image: quay.io/brancz/kube-rbac-proxy:v0.18.0
          ports: [{name: https, containerPort: 9443}]
`,
                },
                {
                    name: "DNS on TCP and UDP, and a port no one binds on the host",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-local-dns, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: node-local-dns}}
  template:
    metadata: {labels: {k8s-app: node-local-dns}}
    spec:
      hostNetwork: true
      initContainers:
        - name: setup
          image: example/setup:1.0
          ports: [{containerPort: 53, protocol: UDP}]
      containers:
        - name: node-cache
          image: registry.k8s.io/dns/k8s-dns-node-cache:1.23.1
          ports:
            - {name: dns, containerPort: 53, protocol: UDP}
            - {name: dns-tcp, containerPort: 53, protocol: TCP}
`,
                },
            ],
            invalid: [
                {
                    name: "two host-network containers with the same port",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cilium, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: cilium}}
  template:
    metadata: {labels: {k8s-app: cilium}}
    spec:
      hostNetwork: true
      containers:
        - name: cilium-agent
          image: quay.io/cilium/cilium:v1.15.6
          ports:
            - {name: health, containerPort: 9879}
            - {name: metrics, containerPort: 9962}
        - name: exporter
          image: example/exporter:1.0
          ports:
            - name: metrics
              containerPort: 9962
`,
                    findings: [
                        {
                            line: 20,
                            column: 30,
                            endLine: 20,
                            endColumn: 34,
                            message: 'container "exporter" takes host port 9962/TCP, as container "cilium-agent" does (with hostNetwork: true every containerPort becomes a hostPort on the pods): the API server rejects every pod the DaemonSet creates with a duplicate hostPort, so it runs on no node',
                        },
                    ],
                },
                {
                    name: "a sidecar and the agent on the same host port",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      initContainers:
        - name: proxy
          image: example/proxy:1.0
          restartPolicy: Always
          ports: [{containerPort: 8080, hostPort: 2020}]
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
          ports: [{containerPort: 2020, hostPort: 2020}]
`,
                    findings: [
                        {
                            line: 17,
                            column: 51,
                            endLine: 17,
                            endColumn: 55,
                            message: 'container "fluent-bit" takes host port 2020/TCP, as sidecar container "proxy" does: the API server does not compare a sidecar\'s ports with the other containers\', so the pods are created, but only one of the two can have the port on the node',
                        },
                    ],
                },
            ],
        };
    },
});
