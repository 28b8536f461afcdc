/**
 * The findings the pipeline's own stages report (not rule modules), described
 * for reports that list every rule. The README's Findings table says the same.
 */
export const BUILT_IN_FINDINGS = {
    "yaml-syntax": {
        severity: "error",
        category: "input",
        description: "kubectl cannot read the document: a syntax error as go-yaml (kubectl's YAML reader) sees it, a value or key JSON cannot hold (.inf, a null key), a value that does not match its tag, a --- line with content after it, a binary file, an alias bomb, absurd nesting.",
        fix: "correct the YAML at the reported position; the other documents of the file are still checked",
    },
    "duplicate-key": {
        severity: "error",
        category: "input",
        description: "A key is given twice in one mapping: kubectl keeps the last value and sends one field, so the earlier value is silently lost.",
        fix: "keep one of the two keys",
    },
    "yaml-portability": {
        severity: "warning",
        category: "input",
        description: "A layout kubectl's YAML reader (go-yaml, YAML 1.1) accepts but YAML 1.2 tools (yamllint, Helm, most editors) reject, such as a quoted value continued on a line indented no deeper than its key; or text after a ... marker, which kubectl ignores.",
        fix: "indent continuation lines deeper than their key, or write the value on one line",
    },
    "missing-kind": {
        severity: "error",
        category: "api",
        description: "A document without kind: the API server cannot tell what the object is.",
        fix: "add kind (kind: DaemonSet)",
    },
    "missing-api-version": {
        severity: "error",
        category: "api",
        description: "A document without apiVersion: the API server cannot decode the object.",
        fix: "add apiVersion (apps/v1 for a DaemonSet)",
    },
    "removed-api-version": {
        severity: "error",
        category: "api",
        description: "A DaemonSet in extensions/v1beta1 or apps/v1beta2, which Kubernetes stopped serving in 1.16.",
        fix: "change apiVersion to apps/v1, which requires spec.selector",
    },
    "unknown-api-version": {
        severity: "error",
        category: "api",
        description: "A DaemonSet in an API version other than apps/v1, the only one served (a DaemonSet of a custom resource's group, such as apps.kruise.io, is not held to this).",
        fix: "change apiVersion to apps/v1",
    },
    schema: {
        severity: "error",
        category: "api",
        description: "The object does not match the schema of the target Kubernetes version: an unknown field, a wrong type, a missing required field, an invalid quantity, a value outside its enumeration.",
        fix: "follow the message: it names the field and, where it can, the one that was meant",
    },
    "yaml-implicit-type": {
        severity: "error",
        category: "api",
        description: "An unquoted value that Kubernetes reads as a boolean or a number (YAML 1.1 rules) where the field needs a string.",
        fix: "quote the value",
    },
    "api-validation": {
        severity: "error",
        category: "api",
        description: "The API server's validation rejects the DaemonSet: name or label syntax, requests above limits, duplicate names, mounts of unknown volumes, node affinity, tolerations, rolling-update parameters.",
        fix: "follow the message: it carries the Kubernetes field error",
    },
    "helm-chart": {
        severity: "info",
        category: "input",
        description: "A Helm chart among the files: its templates are not manifests until rendered, so they are not checked as they are (its Chart.yaml and values files get a syntax check).",
        fix: "check what it renders: helm template CHART | dslint check -",
    },
    kustomization: {
        severity: "info",
        category: "input",
        description: "A kustomization among the files: the patches it names are partial objects that kustomize applies, so they are not checked as they are (their syntax is; the resources it lists are checked).",
        fix: "check what it builds: kubectl kustomize DIR | dslint check -",
    },
    "unreadable-path": {
        severity: "error",
        category: "input",
        description: "A file or folder given to dslint, or found in a folder, exists but cannot be read: permission denied, a broken symbolic link or a loop, a FIFO, socket or device, a file over 2 GiB or one document in it over 32 MiB.",
        fix: "check the path, its link target and its permissions",
    },
    "invalid-suppression": {
        severity: "warning",
        category: "suppressions",
        description: "A suppression without a reason, or naming a rule that does not exist.",
        fix: 'give the reason after "--" and name rules by their ids ("dslint rules")',
    },
    "unused-suppression": {
        severity: "warning",
        category: "suppressions",
        description: "A suppression that suppresses nothing.",
        fix: "remove it",
    },
    "runs-nowhere": {
        severity: "error",
        category: "placement",
        description: "The DaemonSet runs on no node of the inventory given with --nodes.",
        fix: "add the tolerations, node selector or affinity the nodes need; the message says why each node is excluded",
    },
    "pending-pods": {
        severity: "warning",
        category: "placement",
        description: "Pods of the DaemonSet would stay Pending on some nodes of the inventory: not enough resources left, a host port in use, too many pods.",
        fix: "lower the requests, free the host port, or raise the priority so the pods can preempt",
    },
    inventory: {
        severity: "error",
        category: "placement",
        description: "A problem in the node inventory given with --nodes.",
        fix: "correct the inventory file (kubectl get nodes -o yaml)",
    },
};
/** The ids of findings that come from the pipeline's stages rather than from rule modules. */
export const BUILT_IN_IDS = Object.keys(BUILT_IN_FINDINGS);
