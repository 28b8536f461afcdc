import { tolerationFromObject } from "../src/k8s/tolerations.js";
import { defineRule } from "../src/rules/types.js";
import { asArray, POD_SPEC_PATH } from "../src/rules/view.js";
export default defineRule({
    meta: {
        id: "tolerate-everything",
        severity: "info",
        category: "scheduling",
        description: "A toleration with operator Exists and no key tolerates every taint, NoExecute included.",
        rationale: "An empty key with operator Exists matches every taint key (k8s.io/api toleration.go ToleratesTaint); without an effect, or with effect NoExecute and no tolerationSeconds, " +
            "it also tolerates every NoExecute taint forever. Tainting a node NoExecute is how operators clear it for maintenance or mark it out of service " +
            "(node.kubernetes.io/out-of-service), and how the DaemonSet controller would remove its pod; with this toleration the pod stays and new ones are still placed, " +
            "also on nodes tainted for other teams or for hardware that the agent cannot use. " +
            "CNI plugins and kube-proxy often need exactly this; other agents are better served by listing the taints they must tolerate. " +
            "Where it is intended, say so with a suppression and its reason. A keyless toleration limited to NoSchedule is the milder, common form and is not reported.",
        fix: "list the taints the agent must tolerate (for example node-role.kubernetes.io/control-plane:NoSchedule), or limit the keyless toleration to effect: NoSchedule",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        const list = asArray(ds.podSpec.tolerations);
        list.forEach((item, i) => {
            const toleration = tolerationFromObject(item);
            if (!toleration || toleration.key !== "" || toleration.operator !== "Exists")
                return;
            if (toleration.effect !== "" && toleration.effect !== "NoExecute")
                return;
            // With tolerationSeconds the taint manager still evicts the pod after that delay.
            if (toleration.tolerationSeconds !== undefined)
                return;
            report({
                message: toleration.effect === ""
                    ? "the toleration {operator: Exists} with no key and no effect tolerates every taint: tainting a node NoExecute to drain it or to mark it out of service never removes this pod, and it is placed on every tainted node"
                    : "the toleration {operator: Exists, effect: NoExecute} with no key tolerates every NoExecute taint: tainting a node NoExecute to drain it or to mark it out of service never removes this pod",
                path: [...POD_SPEC_PATH, "tolerations", i],
                fix: "list the taints the agent needs, or keep it and suppress this finding with the reason (e.g. a CNI plugin must run on every node)",
            });
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a log shipper that lists its taints",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      tolerations:
        - key: node-role.kubernetes.io/control-plane
          operator: Exists
          effect: NoSchedule
        - key: dedicated
          operator: Exists
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
                },
                {
                    name: "every NoSchedule taint, and NoExecute only for a while",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      tolerations:
        - operator: Exists
          effect: NoSchedule
        - operator: Exists
          effect: NoExecute
          tolerationSeconds: 300
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
`,
                },
            ],
            invalid: [
                {
                    name: "a CNI agent that tolerates everything",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-node}}
  template:
    metadata: {labels: {k8s-app: calico-node}}
    spec:
      hostNetwork: true
      tolerations:
        - effect: NoSchedule
          operator: Exists
        - key: CriticalAddonsOnly
          operator: Exists
        - effect: NoExecute
          operator: Exists
      containers:
        - name: calico-node
          image: calico/node:v3.28.0
`,
                    findings: [
                        {
                            line: 15,
                            column: 11,
                            endLine: 15,
                            endColumn: 28,
                            message: "the toleration {operator: Exists, effect: NoExecute} with no key tolerates every NoExecute taint: tainting a node NoExecute to drain it or to mark it out of service never removes this pod",
                        },
                    ],
                },
                {
                    name: "a bare operator: Exists",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-proxy, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-proxy}}
  template:
    metadata: {labels: {k8s-app: kube-proxy}}
    spec:
      hostNetwork: true
      tolerations:
        - operator: Exists
      containers:
        - name: kube-proxy
          image: registry.k8s.io/kube-proxy:v1.30.2
`,
                    findings: [
                        {
                            line: 11,
                            column: 11,
                            endLine: 11,
                            endColumn: 27,
                            message: "the toleration {operator: Exists} with no key and no effect tolerates every taint: tainting a node NoExecute to drain it or to mark it out of service never removes this pod, and it is placed on every tainted node",
                        },
                    ],
                },
            ],
        };
    },
});
