import { requiredNodeAffinity } from "../src/k8s/nodeaffinity.js";
import { obsoleteNodeLabel } from "../src/k8s/wellknown.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";
const REQUIRED_PATH = [...POD_SPEC_PATH, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"];
// Operators a node without the label fails; NotIn and DoesNotExist do not depend on it being set.
const NEEDS_LABEL = new Set(["In", "Exists", "Gt", "Lt"]);
function labelText(label) {
    return label.value === undefined ? label.key : `${label.key}=${label.value}`;
}
function replacementText(label, value) {
    const replacementValue = label.replacementValue ?? value;
    if (replacementValue === undefined)
        return label.replacement;
    return `${label.replacement}: ${replacementValue === "" ? '""' : replacementValue}`;
}
/** The obsolete label a term's requirement needs, if any. */
function obsoleteIn(term) {
    const found = [];
    for (const r of term.expressions ?? []) {
        const { key, operator, values } = r.requirement;
        if (!NEEDS_LABEL.has(operator))
            continue;
        const label = obsoleteNodeLabel(key, operator === "In" ? values : undefined);
        if (label)
            found.push({ index: r.index, label });
    }
    return found;
}
/** Whether a term asks for `key` to be set: the other half of a term pair written for old and new clusters alike. */
function termNeeds(term, key) {
    return (term.expressions ?? []).some((r) => r.requirement.key === key && NEEDS_LABEL.has(r.requirement.operator));
}
function message(where, label, noNode) {
    if (label.stillSet) {
        return `${where} requires ${labelText(label)}: the kubelet still sets it, but ${label.history}; select on ${label.replacement} instead`;
    }
    const outcome = noNode
        ? "no node matches, and the DaemonSet creates no pod at all, without any error"
        : "this term matches no node";
    return `${where} requires ${labelText(label)}, but ${label.history}: on a cluster whose nodes lack it ${outcome}`;
}
export default defineRule({
    meta: {
        id: "obsolete-node-label",
        severity: "warning",
        category: "scheduling",
        description: "The nodeSelector or required node affinity selects on a node label current clusters no longer set, or set only for compatibility.",
        rationale: "kubeadm labels control-plane nodes node-role.kubernetes.io/control-plane and stopped adding node-role.kubernetes.io/master in 1.24; kubernetes.io/role=master " +
            "(old kops) and kubeadm.alpha.kubernetes.io/role=master (kubeadm before 1.6) are older still. A DaemonSet whose nodeSelector requires one of them matches no node of a " +
            "current cluster: the controller creates no pod and reports nothing, so a control-plane agent silently stops running after an upgrade. " +
            "beta.kubernetes.io/os and beta.kubernetes.io/arch still work: the kubelet sets them next to kubernetes.io/os and kubernetes.io/arch " +
            "(pkg/kubelet/kubelet_node_status.go), but they have been deprecated since 1.14 and the API server warns on every apply. " +
            "Only requirements that need the label to be set are reported (nodeSelector entries; In, Exists, Gt, Lt). A required affinity term is not reported when another term " +
            "asks for the current label: that pair is the way to support old and new clusters at once. NotIn and DoesNotExist, preferred affinity and tolerations " +
            "are left alone (legacy-master-toleration covers the master taint). While this rule is on, api-server-warning leaves the fields reported here to it and reports the API server's other deprecated-label warnings.",
        fix: "select on node-role.kubernetes.io/control-plane, kubernetes.io/os or kubernetes.io/arch instead",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        const affinity = requiredNodeAffinity(ds.podSpec);
        for (const [key, value] of affinity.nodeSelector) {
            const label = obsoleteNodeLabel(key, [value]);
            if (!label)
                continue;
            const path = [...POD_SPEC_PATH, "nodeSelector", key];
            const edits = [{ op: "rename", path, key: label.replacement }];
            if (label.replacementValue !== undefined && label.replacementValue !== value) {
                edits.push({ op: "set", path: [...POD_SPEC_PATH, "nodeSelector", label.replacement], value: label.replacementValue });
            }
            report({
                message: message("the nodeSelector", label, true),
                path,
                onKey: true,
                fix: `use ${replacementText(label, value)}`,
                suggestions: [{ title: `Select on ${label.replacement}`, edits }],
            });
        }
        const terms = affinity.required?.terms ?? [];
        const obsolete = terms.map(obsoleteIn);
        // A term that needs a label no current node has matches nothing; the DaemonSet runs nowhere when every term is such.
        const deadTerms = obsolete.filter((found) => found.some((f) => !f.label.stillSet)).length;
        const noNode = terms.length > 0 && deadTerms === terms.length;
        terms.forEach((term, t) => {
            for (const { index, label } of obsolete[t]) {
                if (terms.some((other) => other !== term && termNeeds(other, label.replacement)))
                    continue;
                const at = [...REQUIRED_PATH, "nodeSelectorTerms", term.index, "matchExpressions", index];
                const edits = [{ op: "set", path: [...at, "key"], value: label.replacement }];
                if (label.replacementValue !== undefined) {
                    // kubeadm's role labels are empty: ask for the label to exist.
                    edits.push({ op: "set", path: [...at, "operator"], value: "Exists" }, { op: "remove", path: [...at, "values"] });
                }
                report({
                    message: message(`required node affinity term ${term.index}`, label, noNode),
                    path: [...at, "key"],
                    fix: `require ${label.replacement} instead`,
                    suggestions: [{ title: `Require ${label.replacement}`, edits }],
                });
            }
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "current labels",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cloud-controller-manager, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: cloud-controller-manager}}
  template:
    metadata: {labels: {k8s-app: cloud-controller-manager}}
    spec:
      nodeSelector:
        node-role.kubernetes.io/control-plane: ""
        kubernetes.io/os: linux
      tolerations:
        - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
      containers:
        - name: cloud-controller-manager
          image: registry.k8s.io/provider-aws/cloud-controller-manager:v1.30.1
`,
                },
                {
                    name: "one term for old clusters and one for new ones, and a master exclusion",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: aws-cloud-controller-manager, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: aws-cloud-controller-manager}}
  template:
    metadata: {labels: {k8s-app: aws-cloud-controller-manager}}
    spec:
      nodeSelector:
        kubernetes.io/os: linux
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: node-role.kubernetes.io/control-plane, operator: Exists}
              - matchExpressions:
                  - {key: node-role.kubernetes.io/master, operator: Exists}
                  - {key: kubernetes.io/role, operator: NotIn, values: [master]}
      tolerations:
        - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
        - {key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}
      containers:
        - name: aws-cloud-controller-manager
          image: registry.k8s.io/provider-aws/cloud-controller-manager:v1.30.1
`,
                },
            ],
            invalid: [
                {
                    name: "a control-plane agent selecting the master role",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: etcd-backup, namespace: kube-system}
spec:
  selector: {matchLabels: {app: etcd-backup}}
  template:
    metadata: {labels: {app: etcd-backup}}
    spec:
      nodeSelector:
        node-role.kubernetes.io/master: ""
        kubernetes.io/os: linux
      tolerations:
        - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
      containers:
        - name: backup
          image: example/etcd-backup:1.2
`,
                    findings: [
                        {
                            line: 10,
                            column: 9,
                            endLine: 10,
                            endColumn: 39,
                            message: "the nodeSelector requires node-role.kubernetes.io/master, but kubeadm has not put it on control-plane nodes since 1.24: on a cluster whose nodes lack it no node matches, and the DaemonSet creates no pod at all, without any error",
                        },
                    ],
                },
                {
                    name: "beta OS and kops role labels",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-node}}
  template:
    metadata: {labels: {k8s-app: calico-node}}
    spec:
      nodeSelector:
        beta.kubernetes.io/os: linux
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: kubernetes.io/role, operator: In, values: [master]}
              - matchExpressions:
                  - {key: node.example.com/pool, operator: In, values: [infra]}
      containers:
        - name: calico-node
          image: docker.io/calico/node:v3.28.0
`,
                    findings: [
                        {
                            line: 10,
                            column: 9,
                            endLine: 10,
                            endColumn: 30,
                            message: "the nodeSelector requires beta.kubernetes.io/os: the kubelet still sets it, but it has been deprecated since 1.14 and the API server warns on it (pkg/api/pod/warnings.go); select on kubernetes.io/os instead",
                        },
                        {
                            line: 16,
                            column: 27,
                            endLine: 16,
                            endColumn: 45,
                            message: "required node affinity term 0 requires kubernetes.io/role=master, but only old kops set it (kubelets may not set kubernetes.io/ labels of their own since 1.16, pkg/kubelet/apis/well_known_labels.go): on a cluster whose nodes lack it this term matches no node",
                        },
                    ],
                },
            ],
        };
    },
});
