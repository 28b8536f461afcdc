import { isValidIntOrPercent, scaleIntOrPercent } from "../src/k8s/intstr.js";
import { containerHostPorts, formatHostPort, hostPortContainers } from "../src/k8s/podresources.js";
import { defineRule } from "../src/rules/types.js";
import { asObj, describeContainer } from "../src/rules/view.js";
/**
 * Whether a maxSurge value makes the controller surge: `AllowsSurge`
 * (pkg/controller/daemon/util/daemonset_util.go), the value scaled against
 * one node is non-zero, so any non-zero percentage rounds up to a pod. Only
 * values API validation accepts count; malformed ones are the
 * API-validation stage's to report.
 */
function surges(maxSurge) {
    if (!isValidIntOrPercent(maxSurge))
        return false;
    const scaled = scaleIntOrPercent(maxSurge, 1);
    return "value" in scaled && scaled.value > 0;
}
export default defineRule({
    meta: {
        id: "surge-with-host-port",
        severity: "error",
        category: "operations",
        description: "A rolling update with maxSurge > 0 while the pod binds host ports: the surge pod can never start next to the old one and the rollout deadlocks.",
        rationale: "With maxSurge the controller starts the new pod on a node before deleting the old one, and deletes the old one only once the new one is available " +
            "(pkg/controller/daemon/update.go). Two pods cannot bind the same host port on one node, so the scheduler's NodePorts filter keeps the new pod Pending " +
            "and the rollout stops on the first node it touches. With hostNetwork every containerPort is a host port (SetDefaults_PodSpec copies it into hostPort), " +
            "which covers most CNI plugins and node exporters.",
        fix: "set rollingUpdate.maxSurge: 0 and a non-zero maxUnavailable; surge only agents that bind no host port",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        const strategy = asObj(ds.spec.updateStrategy);
        // The type defaults to RollingUpdate (SetDefaults_DaemonSet); other types never surge.
        const type = strategy?.type ?? "RollingUpdate";
        if (type !== "RollingUpdate")
            return;
        const maxSurge = asObj(strategy?.rollingUpdate)?.maxSurge;
        if (!surges(maxSurge))
            return;
        const hostNetwork = ds.podSpec.hostNetwork === true;
        const ports = hostPortContainers(ds.podSpec).flatMap((c) => containerHostPorts(c, hostNetwork).map((p) => `${formatHostPort(p)} (${describeContainer(c)})`));
        if (ports.length === 0)
            return;
        const how = hostNetwork ? "runs with hostNetwork and binds" : "binds";
        report({
            message: `maxSurge ${String(maxSurge)} starts a second pod on each node while the old one still runs, but the pod ${how} host port${ports.length > 1 ? "s" : ""} ${ports.join(", ")}: the new pod stays Pending and the rollout deadlocks`,
            path: ["spec", "updateStrategy", "rollingUpdate", "maxSurge"],
            fix: "set maxSurge: 0 and maxUnavailable: 1 (or a percentage)",
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a hostNetwork CNI agent updated with maxUnavailable",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  updateStrategy:
    type: RollingUpdate
    rollingUpdate: {maxUnavailable: 1}
  template:
    metadata: {labels: {app: cni}}
    spec:
      hostNetwork: true
      containers:
        - name: cni
          image: example/cni:1.0
          ports:
            - {name: metrics, containerPort: 9090}
`,
                },
                {
                    name: "a log shipper without host ports may surge",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  updateStrategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
          ports:
            - {name: http, containerPort: 2020}
`,
                },
            ],
            invalid: [
                {
                    name: "a node exporter with a hostPort and a surge of 10%",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  updateStrategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 10%
      maxUnavailable: 0
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
          ports:
            - {name: metrics, containerPort: 9100, hostPort: 9100}
`,
                    findings: [
                        {
                            line: 9,
                            column: 17,
                            endLine: 9,
                            endColumn: 20,
                            message: 'maxSurge 10% starts a second pod on each node while the old one still runs, but the pod binds host port 9100/TCP (container "node-exporter"): the new pod stays Pending and the rollout deadlocks',
                        },
                    ],
                },
                {
                    name: "a hostNetwork CNI agent whose container ports become host ports",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  updateStrategy:
    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
  template:
    metadata: {labels: {app: cni}}
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: example/cni:1.0
          ports:
            - {name: health, containerPort: 9099}
            - {name: metrics, containerPort: 9091, protocol: TCP}
`,
                    findings: [
                        {
                            line: 7,
                            column: 31,
                            endLine: 7,
                            endColumn: 32,
                            message: 'maxSurge 1 starts a second pod on each node while the old one still runs, but the pod runs with hostNetwork and binds host ports 9099/TCP (container "agent"), 9091/TCP (container "agent"): the new pod stays Pending and the rollout deadlocks',
                        },
                    ],
                },
                {
                    name: "a log shipper whose sidecar binds a host port",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: shipper, namespace: logging}
spec:
  selector: {matchLabels: {app: shipper}}
  updateStrategy:
    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
  template:
    metadata: {labels: {app: shipper}}
    spec:
      initContainers:
        - name: metrics-proxy
          image: example/proxy:1.0
          restartPolicy: Always
          ports:
            - {containerPort: 8443, hostPort: 8443}
      containers:
        - name: shipper
          image: example/shipper:2.0
`,
                    findings: [
                        {
                            line: 7,
                            column: 31,
                            endLine: 7,
                            endColumn: 32,
                            message: 'maxSurge 1 starts a second pod on each node while the old one still runs, but the pod binds host port 8443/TCP (sidecar container "metrics-proxy"): the new pod stays Pending and the rollout deadlocks',
                        },
                    ],
                },
            ],
        };
    },
});
