import { imagePullSecretReferences } from "../src/k8s/references.js";
import { missingReferences, REFERENCE_OPTIONS, referenceFact, withSuggestion } from "../src/rules/reference-check.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";
export default defineRule({
    meta: {
        id: "unknown-image-pull-secret",
        severity: "info",
        category: "reliability",
        description: "imagePullSecrets names a Secret that the input does not define, although it defines Secrets in that namespace: private images cannot be pulled.",
        rationale: "The kubelet reads a pod's imagePullSecrets when it pulls its images; one that does not exist is skipped with a log line (\"Unable to retrieve pull secret\"), " +
            "and the pull goes on without its credentials. A public image is pulled anyway, a private one fails with ErrImagePull on every node. " +
            "That is why this is info, unlike a missing ConfigMap or Secret the pod mounts or reads (unknown-configmap-or-secret). " +
            "A linter sees the input, not the cluster: a Secret is judged missing only where the input defines Secrets of the DaemonSet's namespace " +
            "(for a DaemonSet without a namespace: Secrets without one in its file), and one without a namespace anywhere in the input counts as present everywhere.",
        fix: "correct the name, add the registry Secret (type kubernetes.io/dockerconfigjson) to the input, or drop the entry if every image is public",
        options: REFERENCE_OPTIONS,
    },
    defaultOptions: { acrossFiles: false },
    collect(ds) {
        return referenceFact(ds, imagePullSecretReferences(ds.podSpec, POD_SPEC_PATH));
    },
    checkAll(input, options, report) {
        for (const missing of missingReferences(input, options, ["Secret"])) {
            if (missing.problem !== "object")
                continue;
            const { reference, where, suggestion } = missing;
            report({
                at: reference.at,
                message: withSuggestion(`imagePullSecrets names Secret "${reference.name}", which is not defined in ${where}, where the input defines Secrets ${missing.defined}`, suggestion, "the kubelet pulls without it, so an image from a private registry fails with ErrImagePull"),
                fix: `${suggestion ? `use "${suggestion}", ` : ""}define Secret "${reference.name}" in ${where}, or remove the entry if every image is public`,
            });
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a registry Secret defined next to the DaemonSet",
                    manifest: `apiVersion: v1
kind: Secret
metadata: {name: registry, namespace: monitoring}
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: e30=
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-agent}}
  template:
    metadata: {labels: {app: node-agent}}
    spec:
      imagePullSecrets: [{name: registry}]
      containers:
        - name: agent
          image: registry.example.com/agent:1.0
`,
                },
                {
                    name: "no Secret of that namespace in the input",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-agent}}
  template:
    metadata: {labels: {app: node-agent}}
    spec:
      imagePullSecrets: [{name: registry}]
      containers:
        - name: agent
          image: registry.example.com/agent:1.0
`,
                },
            ],
            invalid: [
                {
                    name: "a misspelt registry Secret",
                    manifest: `apiVersion: v1
kind: Secret
metadata: {name: registry-credentials, namespace: monitoring}
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: e30=
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-agent}}
  template:
    metadata: {labels: {app: node-agent}}
    spec:
      imagePullSecrets: [{name: registry-credential}]
      containers:
        - name: agent
          image: registry.example.com/agent:1.0
`,
                    findings: [
                        {
                            line: 16,
                            column: 33,
                            endLine: 16,
                            endColumn: 52,
                            message: 'imagePullSecrets names Secret "registry-credential", which is not defined in namespace "monitoring", where the input defines Secrets "registry-credentials"; did you mean "registry-credentials"? The kubelet pulls without it, so an image from a private registry fails with ErrImagePull',
                        },
                    ],
                },
            ],
        };
    },
});
