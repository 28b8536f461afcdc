import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";
export default defineRule({
    meta: {
        id: "host-pid",
        severity: "warning",
        category: "security",
        description: "The pod shares the node's process namespace (hostPID: true).",
        rationale: "With hostPID a container sees every process on the node, including other pods' and the kubelet's: their command lines and, as root, " +
            "their environments, open files and root filesystems under /proc/<pid>/; with CAP_SYS_PTRACE it can attach to them, and it can signal them. " +
            "Node exporters, runtime security monitors and profilers read host processes and need it; most agents do not. " +
            "Where it is needed, record why with a suppression.",
        fix: "remove hostPID: true, or suppress with a reason (annotation ignore-check.dslint.io/host-pid) when the agent inspects host processes",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        if (ds.podSpec.hostPID !== true)
            return;
        report({
            message: "the pod shares the node's process namespace: it sees every process on the node and, as root, can read their environments and files through /proc" +
                '; if the agent inspects host processes (node exporter, security monitor), suppress with a reason: ignore-check.dslint.io/host-pid: "<reason>"',
            path: [...POD_SPEC_PATH, "hostPID"],
            fix: "remove hostPID: true; or suppress with a reason",
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a log shipper in its own process namespace",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: shipper, namespace: logging}
spec:
  selector: {matchLabels: {app: shipper}}
  template:
    metadata: {labels: {app: shipper}}
    spec:
      containers:
        - name: shipper
          image: example/shipper:1.0
`,
                },
                {
                    name: "a node exporter whose need is recorded on the line",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      # dslint-disable-next-line host-pid -- reports per-process metrics of the node
      hostPID: true
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
`,
                },
            ],
            invalid: [
                {
                    name: "a node exporter without a recorded reason",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      hostPID: true
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
`,
                    findings: [
                        {
                            line: 9,
                            column: 16,
                            endLine: 9,
                            endColumn: 20,
                            message: 'the pod shares the node\'s process namespace: it sees every process on the node and, as root, can read their environments and files through /proc; if the agent inspects host processes (node exporter, security monitor), suppress with a reason: ignore-check.dslint.io/host-pid: "<reason>"',
                        },
                    ],
                },
            ],
        };
    },
});
