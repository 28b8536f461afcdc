import { CRITICAL_POD_ANNOTATION as ANNOTATION } from "../src/k8s/annotations.js";
import { isSystemPriorityClass } from "../src/k8s/priority.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asObj, asString } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "deprecated-critical-pod-annotation",
    severity: "warning",
    category: "scheduling",
    description: "The pod template carries the removed scheduler.alpha.kubernetes.io/critical-pod annotation.",
    rationale:
      "The critical-pod annotation once let the kubelet and the rescheduler make room for a node agent and keep it from being evicted. " +
      "The ExperimentalCriticalPodAnnotation feature gate was deprecated in 1.13 and removed in 1.16: since then the annotation does nothing. " +
      "An agent that relies on it has lost that protection without notice and is evicted or preempted like any ordinary pod. " +
      "priorityClassName: system-node-critical (or system-cluster-critical) gives the protection today. The API server warns on the annotation too; while this rule is on, api-server-warning leaves the annotation to it.",
    fix: "remove the annotation and set spec.template.spec.priorityClassName: system-node-critical",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    const annotations = asObj(asObj(ds.template.metadata)?.annotations);
    if (!annotations || !(ANNOTATION in annotations)) return;
    const priorityClass = asString(ds.podSpec.priorityClassName);
    const protectedByClass = priorityClass !== undefined && isSystemPriorityClass(priorityClass);
    report({
      message: protectedByClass
        ? `the ${ANNOTATION} annotation has been ignored since Kubernetes 1.16; priorityClassName ${priorityClass} already does its job, so the annotation can go`
        : `the ${ANNOTATION} annotation has been ignored since Kubernetes 1.16: the agent is evicted and preempted like any other pod; use priorityClassName system-node-critical`,
      path: ["spec", "template", "metadata", "annotations", ANNOTATION],
      onKey: true,
      fix: protectedByClass ? "remove the annotation" : "remove the annotation and set priorityClassName: system-node-critical",
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a CNI agent with the system-node-critical priority class",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-node}}
  template:
    metadata:
      labels: {k8s-app: calico-node}
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: calico-node
          image: calico/node:v3.28.0
`,
        },
        {
          name: "the annotation on the DaemonSet, not its pods, is just an annotation",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-proxy
  namespace: kube-system
  annotations:
    example.com/owner: network-team
spec:
  selector: {matchLabels: {k8s-app: kube-proxy}}
  template:
    metadata:
      labels: {k8s-app: kube-proxy}
      annotations:
        prometheus.io/scrape: "true"
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: kube-proxy
          image: registry.k8s.io/kube-proxy:v1.30.2
`,
        },
      ],
      invalid: [
        {
          name: "an old CNI manifest relying on the annotation",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-router, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-router}}
  template:
    metadata:
      labels: {k8s-app: kube-router}
      annotations:
        scheduler.alpha.kubernetes.io/critical-pod: ''
    spec:
      containers:
        - name: kube-router
          image: docker.io/cloudnativelabs/kube-router:v2.1.3
`,
          findings: [
            {
              line: 10,
              column: 9,
              endLine: 10,
              endColumn: 51,
              message: "the scheduler.alpha.kubernetes.io/critical-pod annotation has been ignored since Kubernetes 1.16: the agent is evicted and preempted like any other pod; use priorityClassName system-node-critical",
            },
          ],
        },
        {
          name: "a log shipper that already has the priority class",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluentd-es, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: fluentd-es}}
  template:
    metadata:
      labels: {k8s-app: fluentd-es}
      annotations:
        scheduler.alpha.kubernetes.io/critical-pod: ''
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: fluentd-es
          image: quay.io/fluentd_elasticsearch/fluentd:v3.4.0
`,
          findings: [
            {
              line: 10,
              column: 9,
              endLine: 10,
              endColumn: 51,
              message: "the scheduler.alpha.kubernetes.io/critical-pod annotation has been ignored since Kubernetes 1.16; priorityClassName system-node-critical already does its job, so the annotation can go",
            },
          ],
        },
      ],
    };
  },
});
