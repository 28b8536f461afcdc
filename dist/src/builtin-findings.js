/** The findings the pipeline's own stages report, by id. */
export const STAGE_FINDINGS = {
    "yaml-syntax": {
        stage: "load",
        severity: "error",
        category: "input",
        description: "kubectl cannot read the document: a syntax error as go-yaml (kubectl's YAML reader) sees it, a value or key JSON cannot hold (.inf, a null key), a value that does not match its tag, a --- line with content after it, a binary file, an alias bomb, absurd nesting.",
        fix: "correct the YAML at the reported position; the other documents of the file are still checked",
        only: { severities: ["error"], because: "kubectl refuses the whole file, and nothing in the document could be checked" },
        unsuppressible: true,
    },
    "duplicate-key": {
        stage: "load",
        severity: "error",
        category: "input",
        description: "A key is given twice in one mapping: kubectl keeps the last value and sends one field, so the earlier value is silently lost.",
        fix: "keep one of the two keys",
    },
    "yaml-portability": {
        stage: "load",
        severity: "warning",
        category: "input",
        description: "A layout kubectl's YAML reader (go-yaml, YAML 1.1) accepts but YAML 1.2 tools (yamllint, Helm, most editors) reject, such as a quoted value continued on a line indented no deeper than its key; or text after a ... marker, which kubectl ignores.",
        fix: "indent continuation lines deeper than their key, or write the value on one line",
    },
    "missing-kind": {
        stage: "load",
        severity: "error",
        category: "api",
        description: "A document without kind: the API server cannot tell what the object is.",
        fix: "add kind (kind: DaemonSet)",
    },
    "missing-api-version": {
        stage: "load",
        severity: "error",
        category: "api",
        description: "A document without apiVersion: the API server cannot decode the object.",
        fix: "add apiVersion (apps/v1 for a DaemonSet)",
    },
    "removed-api-version": {
        stage: "load",
        severity: "error",
        category: "api",
        description: "A DaemonSet in extensions/v1beta1 or apps/v1beta2, which Kubernetes stopped serving in 1.16.",
        fix: "change apiVersion to apps/v1, which requires spec.selector",
    },
    "unknown-api-version": {
        stage: "load",
        severity: "error",
        category: "api",
        description: "A DaemonSet in an API version other than apps/v1, the only one served (a DaemonSet of a custom resource's group, such as apps.kruise.io, is not held to this).",
        fix: "change apiVersion to apps/v1",
    },
    schema: {
        stage: "schema",
        severity: "error",
        category: "api",
        description: "The object does not match the schema of the target Kubernetes version: an unknown field, a wrong type, a missing required field, an invalid quantity, a value outside its enumeration.",
        fix: "follow the message: it names the field and, where it can, the one that was meant",
    },
    "yaml-implicit-type": {
        stage: "schema",
        severity: "error",
        category: "api",
        description: "An unquoted value that Kubernetes reads as a boolean or a number (YAML 1.1 rules) where the field needs a string.",
        fix: "quote the value",
    },
    "api-validation": {
        stage: "validate",
        severity: "error",
        category: "api",
        description: "The API server's validation rejects the DaemonSet: name or label syntax, requests above limits, duplicate names, mounts of unknown volumes, node affinity, tolerations, rolling-update parameters.",
        fix: "follow the message: it carries the Kubernetes field error",
    },
    "selector-mismatch": {
        stage: "validate",
        severity: "error",
        category: "api",
        description: "spec.selector is missing, empty, or does not match spec.template.metadata.labels; the API server rejects the DaemonSet.",
        // Reported by the API-validation stage (src/validate/daemonset.ts, validateSelector) with the API server's own logic.
        rationale: "apps/v1 requires a selector, and ValidateDaemonSetSpec rejects one that is empty or does not select the pod template's labels " +
            "(\"selector does not match template labels\"), so `kubectl apply` fails. " +
            "The selector is immutable after creation: fixing it later means deleting and recreating the DaemonSet, which restarts the agent on every node. " +
            "Change the template labels to match the selector rather than the other way round when the DaemonSet already exists.",
        fix: "make spec.template.metadata.labels carry every label spec.selector requires",
        examples: {
            valid: [
                {
                    name: "matchLabels equal to the template labels",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector:
    matchLabels: {app: fluent-bit}
  template:
    metadata:
      labels: {app: fluent-bit, tier: logging}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
                },
                {
                    name: "matchExpressions met by the template labels",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector:
    matchLabels: {k8s-app: cni}
    matchExpressions:
      - {key: tier, operator: In, values: [node, network]}
      - {key: canary, operator: DoesNotExist}
  template:
    metadata:
      labels: {k8s-app: cni, tier: network}
    spec:
      containers:
        - name: cni
          image: example/cni:1.0
`,
                },
            ],
            invalid: [
                {
                    name: "matchLabels with a value the template does not carry",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector:
    matchLabels: {app: node-exporter}
  template:
    metadata:
      labels: {app: prometheus-node-exporter}
    spec:
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
                    findings: [
                        {
                            line: 9,
                            column: 7,
                            endLine: 9,
                            endColumn: 13,
                            message: "spec.selector does not match the template labels: the selector requires app=node-exporter, the template has app=prometheus-node-exporter",
                        },
                    ],
                },
                {
                    name: "a matchExpressions requirement the template labels fail",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector:
    matchLabels: {k8s-app: cni}
    matchExpressions:
      - {key: tier, operator: In, values: [node, network]}
  template:
    metadata:
      labels: {k8s-app: cni}
    spec:
      containers:
        - name: cni
          image: example/cni:1.0
`,
                    findings: [
                        {
                            line: 11,
                            column: 7,
                            endLine: 11,
                            endColumn: 13,
                            message: "spec.selector does not match the template labels: the selector requires tier in (node,network), the template has no tier label",
                        },
                    ],
                },
                {
                    name: "an empty selector",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-node, namespace: kube-system}
spec:
  selector: {}
  template:
    metadata:
      labels: {app: csi-node}
    spec:
      containers:
        - name: driver
          image: example/csi:1.0
`,
                    findings: [
                        {
                            line: 5,
                            column: 3,
                            endLine: 5,
                            endColumn: 11,
                            message: "spec.selector is empty, which would select every pod in the namespace; a DaemonSet needs a selector that matches its template labels",
                        },
                    ],
                },
            ],
        },
    },
    "helm-chart": {
        stage: "load",
        severity: "info",
        category: "input",
        description: "A Helm chart among the files: its templates are not manifests until rendered, so they are not checked as they are (its Chart.yaml and values files get a syntax check).",
        fix: "check what it renders: helm template CHART | dslint check -",
    },
    kustomization: {
        stage: "load",
        severity: "info",
        category: "input",
        description: "A kustomization among the files: the patches it names are partial objects that kustomize applies, so they are not checked as they are (their syntax is; the resources it lists are checked).",
        fix: "check what it builds: kubectl kustomize DIR | dslint check -",
    },
    "unreadable-path": {
        stage: "load",
        severity: "error",
        category: "input",
        description: "A file or folder given to dslint, or found in a folder, exists but cannot be read: permission denied, a broken symbolic link or a loop, a FIFO, socket or device, a file over 2 GiB or one document in it over 32 MiB.",
        fix: "check the path, its link target and its permissions",
        only: { severities: ["error"], because: "a path given to dslint, or found in a folder, was not checked at all" },
        unsuppressible: true,
    },
    "invalid-suppression": {
        stage: "suppressions",
        severity: "warning",
        category: "suppressions",
        description: "A suppression without a reason, or naming a rule that does not exist.",
        fix: 'give the reason after "--" and name rules by their ids ("dslint rules")',
        only: { severities: ["info", "warning", "error"], because: "off would let a suppression without a reason, or one naming no rule, pass unseen" },
        unsuppressible: true,
    },
    "unused-suppression": {
        stage: "suppressions",
        severity: "warning",
        category: "suppressions",
        description: "A suppression that suppresses nothing.",
        fix: "remove it",
        unsuppressible: true,
    },
    "runs-nowhere": {
        stage: "simulate",
        severity: "error",
        category: "placement",
        description: "The DaemonSet runs on no node of the inventory given with --nodes.",
        fix: "add the tolerations, node selector or affinity the nodes need; the message says why each node is excluded",
    },
    "pending-pods": {
        stage: "simulate",
        severity: "warning",
        category: "placement",
        description: "Pods of the DaemonSet would stay Pending on some nodes of the inventory: not enough resources left, a host port in use, too many pods.",
        fix: "lower the requests, free the host port, or raise the priority so the pods can preempt",
    },
    inventory: {
        stage: "simulate",
        severity: "error",
        category: "placement",
        description: "A problem in the node inventory given with --nodes.",
        fix: "correct the inventory file (kubectl get nodes -o yaml)",
        only: { severities: ["error"], because: "it is the input of the placement simulation, whose findings cannot be trusted while it is broken" },
    },
};
/** The ids of the findings no suppression can hide. */
export const UNSUPPRESSIBLE = new Set(Object.keys(STAGE_FINDINGS).filter((id) => STAGE_FINDINGS[id].unsuppressible));
