import { defaultDaemonPodTolerations, formatToleration, sameTolerationTuple, tolerationFromObject } from "../src/k8s/tolerations.js";
import { defineRule } from "../src/rules/types.js";
import { asArray, POD_SPEC_PATH } from "../src/rules/view.js";
export default defineRule({
    meta: {
        id: "ignored-toleration-seconds",
        severity: "warning",
        category: "scheduling",
        description: "A not-ready or unreachable NoExecute toleration sets tolerationSeconds, which the DaemonSet controller drops from every pod.",
        rationale: "The DaemonSet controller adds {operator: Exists, effect: NoExecute} tolerations for node.kubernetes.io/not-ready and node.kubernetes.io/unreachable to every pod it creates " +
            "(pkg/controller/daemon/util/daemonset_util.go AddOrUpdateDaemonPodTolerations), replacing a toleration with the same key, operator, value and effect, tolerationSeconds included (kubernetes/kubernetes#92960). " +
            "The template keeps the field, the pods do not: they are never evicted from a node that is NotReady or unreachable, however long it stays so, whatever the manifest says. " +
            "A toleration for these keys written with operator Equal (or none) is not replaced: it comes before the controller's, and the taint manager uses the first toleration that matches a taint " +
            "(pkg/apis/core/v1/helper GetMatchingTolerations), so its tolerationSeconds applies and it is not reported; neither are keyless tolerations nor other taints. " +
            "tolerationSeconds with an effect other than NoExecute is an API validation error.",
        fix: "remove tolerationSeconds: daemon pods stay on not-ready and unreachable nodes, which is what node agents usually need",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        // The controller's NoExecute defaults: the only ones whose tolerationSeconds the API accepts.
        const replacing = defaultDaemonPodTolerations(ds.podSpec.hostNetwork === true).filter((t) => t.effect === "NoExecute");
        asArray(ds.podSpec.tolerations).forEach((item, i) => {
            const toleration = tolerationFromObject(item);
            if (toleration?.tolerationSeconds === undefined)
                return;
            if (!replacing.some((d) => sameTolerationTuple(d, toleration)))
                return;
            const path = [...POD_SPEC_PATH, "tolerations", i];
            report({
                message: `the toleration ${formatToleration(toleration)} sets tolerationSeconds: ${toleration.tolerationSeconds}, but the DaemonSet controller replaces it in every pod by its own toleration without tolerationSeconds: ` +
                    `the pods are never evicted for the ${toleration.key}:NoExecute taint, however long the node keeps it`,
                path: [...path, "tolerationSeconds"],
                fix: "remove tolerationSeconds; a DaemonSet cannot limit how long its pods tolerate this taint",
                suggestions: [{ title: "Remove tolerationSeconds", edits: [{ op: "remove", path: [...path, "tolerationSeconds"] }] }],
            });
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "the controller's tolerations written out, and other taints with tolerationSeconds",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      tolerations:
        - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute}
        - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute}
        - {key: example.com/maintenance, operator: Exists, effect: NoExecute, tolerationSeconds: 600}
        - {operator: Exists, effect: NoExecute, tolerationSeconds: 300}
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
                },
                {
                    name: "an Equal toleration is not replaced, so its tolerationSeconds applies",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      tolerations:
        - key: node.kubernetes.io/not-ready
          operator: Equal
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
                    name: "the pod defaults copied from a Deployment",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      tolerations:
        - key: node.kubernetes.io/not-ready
          operator: Exists
          effect: NoExecute
          tolerationSeconds: 300
        - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60}
      containers:
        - name: agent
          image: example/agent:1.0
`,
                    findings: [
                        {
                            line: 13,
                            column: 30,
                            endLine: 13,
                            endColumn: 33,
                            message: "the toleration node.kubernetes.io/not-ready:NoExecute (Exists) sets tolerationSeconds: 300, but the DaemonSet controller replaces it in every pod by its own toleration without tolerationSeconds: the pods are never evicted for the node.kubernetes.io/not-ready:NoExecute taint, however long the node keeps it",
                        },
                        {
                            line: 14,
                            column: 105,
                            endLine: 14,
                            endColumn: 107,
                            message: "the toleration node.kubernetes.io/unreachable:NoExecute (Exists) sets tolerationSeconds: 60, but the DaemonSet controller replaces it in every pod by its own toleration without tolerationSeconds: the pods are never evicted for the node.kubernetes.io/unreachable:NoExecute taint, however long the node keeps it",
                        },
                    ],
                },
            ],
        };
    },
});
