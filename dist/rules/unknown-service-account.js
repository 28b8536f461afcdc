import { serviceAccountReference } from "../src/k8s/references.js";
import { missingReferences, REFERENCE_OPTIONS, referenceFact, withSuggestion } from "../src/rules/reference-check.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";
export default defineRule({
    meta: {
        id: "unknown-service-account",
        severity: "warning",
        category: "reliability",
        description: "The pod template names a ServiceAccount that the input does not define, although it defines others in that namespace: every pod would be rejected.",
        rationale: "The ServiceAccount admission plugin looks up the pod's ServiceAccount when the pod is created and rejects the pod when there is none " +
            "(\"error looking up service account\", plugin/pkg/admission/serviceaccount). The DaemonSet itself is accepted, so the mistake shows only as FailedCreate events " +
            "while the agent runs on no node. serviceAccountName is read, or the deprecated serviceAccount when it is empty; default always exists. " +
            "A linter sees the input, not the cluster, so a name is judged only where the input defines ServiceAccounts of the DaemonSet's namespace " +
            "(for a DaemonSet without a namespace: ServiceAccounts without one in its file), and one without a namespace anywhere in the input counts as present everywhere. " +
            "It is a warning rather than an error because the namespace may also hold ServiceAccounts made elsewhere (by the cluster's installer, another chart, an operator).",
        fix: "correct the name, or add the ServiceAccount to the same input",
        options: REFERENCE_OPTIONS,
    },
    defaultOptions: { acrossFiles: false },
    collect(ds) {
        const reference = serviceAccountReference(ds.podSpec, POD_SPEC_PATH);
        return reference && referenceFact(ds, [reference]);
    },
    checkAll(input, options, report) {
        for (const missing of missingReferences(input, options, ["ServiceAccount"])) {
            if (missing.problem !== "object")
                continue;
            const { reference, where, suggestion } = missing;
            report({
                at: reference.at,
                message: withSuggestion(`ServiceAccount "${reference.name}" is not defined in ${where}, where the input defines ServiceAccounts ${missing.defined}`, suggestion, "admission rejects every pod that names a missing ServiceAccount, so the DaemonSet runs on no node"),
                fix: suggestion ? `use "${suggestion}", or add a ServiceAccount named "${reference.name}" to ${where}` : `add a ServiceAccount named "${reference.name}" to ${where}, or name one the input defines`,
            });
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a ServiceAccount defined next to the DaemonSet",
                    manifest: `apiVersion: v1
kind: ServiceAccount
metadata: {name: fluent-bit, namespace: logging}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      serviceAccountName: fluent-bit
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
                },
                {
                    name: "no ServiceAccount of that namespace in the input: they are made elsewhere",
                    manifest: `apiVersion: v1
kind: ServiceAccount
metadata: {name: node-exporter, namespace: monitoring}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-proxy, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-proxy}}
  template:
    metadata: {labels: {k8s-app: kube-proxy}}
    spec:
      serviceAccountName: kube-proxy
      containers:
        - name: kube-proxy
          image: registry.k8s.io/kube-proxy:v1.30.2
`,
                },
                {
                    name: "the default ServiceAccount, which every namespace has",
                    manifest: `apiVersion: v1
kind: ServiceAccount
metadata: {name: fluent-bit, namespace: logging}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: log-rotate, namespace: logging}
spec:
  selector: {matchLabels: {app: log-rotate}}
  template:
    metadata: {labels: {app: log-rotate}}
    spec:
      serviceAccountName: default
      containers:
        - name: log-rotate
          image: example/log-rotate:1.0
`,
                },
            ],
            invalid: [
                {
                    name: "a misspelt ServiceAccount",
                    manifest: `apiVersion: v1
kind: ServiceAccount
metadata: {name: fluent-bit, namespace: logging}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      serviceAccountName: fluentbit
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
                    findings: [
                        {
                            line: 13,
                            column: 27,
                            endLine: 13,
                            endColumn: 36,
                            message: 'ServiceAccount "fluentbit" is not defined in namespace "logging", where the input defines ServiceAccounts "fluent-bit"; did you mean "fluent-bit"? Admission rejects every pod that names a missing ServiceAccount, so the DaemonSet runs on no node',
                        },
                    ],
                },
                {
                    name: "the deprecated serviceAccount field, in a file without namespaces",
                    manifest: `apiVersion: v1
kind: ServiceAccount
metadata: {name: cilium-operator}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cilium}
spec:
  selector: {matchLabels: {k8s-app: cilium}}
  template:
    metadata: {labels: {k8s-app: cilium}}
    spec:
      serviceAccount: cilium
      containers:
        - name: cilium-agent
          image: quay.io/cilium/cilium:v1.15.6
`,
                    findings: [
                        {
                            line: 13,
                            column: 23,
                            endLine: 13,
                            endColumn: 29,
                            message: 'ServiceAccount "cilium" is not defined in the namespace this file is applied to, where the input defines ServiceAccounts "cilium-operator": admission rejects every pod that names a missing ServiceAccount, so the DaemonSet runs on no node',
                        },
                    ],
                },
            ],
        };
    },
});
