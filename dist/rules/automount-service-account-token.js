import { setField } from "../src/fix/edits.js";
import { defineRule } from "../src/rules/types.js";
import { asString, POD_SPEC_PATH } from "../src/rules/view.js";
const FIELD = "automountServiceAccountToken";
export default defineRule({
    meta: {
        id: "automount-service-account-token",
        severity: "off",
        category: "security",
        description: "The pod template mounts its service account's API token (automountServiceAccountToken is not false), for agents that never call the API.",
        rationale: "Unless told otherwise, every container of every pod gets a token of its service account at /var/run/secrets/kubernetes.io/serviceaccount " +
            "(plugin/pkg/admission/serviceaccount). A DaemonSet puts that token on every node, where anyone who takes over the agent, or reads the node's " +
            "/var/lib/kubelet/pods, can act on the cluster with the account's rights. An agent that never talks to the API server (an exporter reading /proc, " +
            "a log shipper that adds no pod metadata) needs no token: automountServiceAccountToken: false on the pod removes it. " +
            "Off by default, because dslint cannot tell which agents call the API (CNI plugins, kube-proxy, CSI drivers and most log shippers do): turn it on " +
            "for the files of agents that do not, with overrides. The pod's field wins over the ServiceAccount's; when the pod leaves it unset, a ServiceAccount with " +
            "automountServiceAccountToken: false also stops the mount, but dslint checks one DaemonSet at a time and does not read the ServiceAccount, " +
            "so such a pod is reported: set the field on the pod too, or suppress with a reason. A token the pod asks for explicitly in a projected volume is left alone.",
        fix: "set spec.template.spec.automountServiceAccountToken: false",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        const value = ds.podSpec[FIELD];
        if (value === false)
            return;
        const account = asString(ds.podSpec.serviceAccountName) || "default";
        report({
            message: value === true
                ? `automountServiceAccountToken: true mounts a token of service account "${account}" into every container, on every node: if the agent never calls the API server, set it to false`
                : `the pod mounts a token of service account "${account}" into every container, on every node (automountServiceAccountToken is not set, and a ServiceAccount mounts it unless it says otherwise): if the agent never calls the API server, set it to false`,
            path: [...POD_SPEC_PATH, FIELD],
            fix: "set automountServiceAccountToken: false on the pod template",
            suggestions: [setField("Set automountServiceAccountToken: false", [...POD_SPEC_PATH, FIELD], false)],
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "an exporter that never calls the API server",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      automountServiceAccountToken: false
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
`,
                },
            ],
            invalid: [
                {
                    name: "the token mounted by default",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      serviceAccountName: node-exporter
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
                            message: 'the pod mounts a token of service account "node-exporter" into every container, on every node (automountServiceAccountToken is not set, and a ServiceAccount mounts it unless it says otherwise): if the agent never calls the API server, set it to false',
                        },
                    ],
                },
                {
                    name: "the token asked for explicitly",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: smartctl-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: smartctl-exporter}}
  template:
    metadata: {labels: {app: smartctl-exporter}}
    spec:
      automountServiceAccountToken: true
      containers:
        - name: smartctl-exporter
          image: quay.io/prometheuscommunity/smartctl-exporter:v0.12.0
`,
                    findings: [
                        {
                            line: 9,
                            column: 37,
                            endLine: 9,
                            endColumn: 41,
                            message: 'automountServiceAccountToken: true mounts a token of service account "default" into every container, on every node: if the agent never calls the API server, set it to false',
                        },
                    ],
                },
            ],
        };
    },
});
