import { isSystemPriorityClass } from "../src/k8s/priority.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH, asString } from "../src/rules/view.js";
export default defineRule({
    meta: {
        id: "critical-priority-namespace",
        severity: "warning",
        category: "scheduling",
        description: "A system-critical priority class outside kube-system: clusters that limit these classes reject every pod of the DaemonSet.",
        rationale: "From Kubernetes 1.11 to 1.16 the Priority admission plugin admitted system-node-critical and system-cluster-critical pods only in kube-system. " +
            "Since 1.17 (kubernetes/kubernetes#76310) upstream admits them anywhere, but the recommended hardening, used by default on GKE, " +
            "configures the ResourceQuota admission plugin to limit these classes (limitedResources) so that a pod using one is rejected with " +
            "\"insufficient quota to match these scopes\" unless its namespace has a ResourceQuota whose scopeSelector names the class. " +
            "The DaemonSet itself is accepted; its pods are not, so the agent silently runs nowhere. " +
            "A DaemonSet without a namespace is not judged: where it lands is decided at deploy time.",
        fix: "deploy the agent in kube-system, add a ResourceQuota with a PriorityClass scopeSelector for the class to its namespace, or use a PriorityClass of your own",
        options: {
            namespaces: {
                type: "string[]",
                description: "Namespaces where the critical classes are admitted (kube-system, plus those that carry a matching ResourceQuota).",
            },
        },
    },
    defaultOptions: { namespaces: ["kube-system"] },
    check(ds, options, report) {
        const name = asString(ds.podSpec.priorityClassName);
        const namespace = ds.namespace;
        if (!name || !isSystemPriorityClass(name) || !namespace)
            return;
        if (options.namespaces.includes(namespace))
            return;
        report({
            message: `priorityClassName ${name} in namespace "${namespace}": clusters that limit critical classes to kube-system (GKE does by default) reject every pod ` +
                `with "insufficient quota to match these scopes" unless "${namespace}" has a ResourceQuota whose scopeSelector admits ${name}`,
            path: [...POD_SPEC_PATH, "priorityClassName"],
            fix: `add a ResourceQuota with scopeSelector {scopeName: PriorityClass, operator: In, values: [${name}]} to "${namespace}" and list the namespace in the rule's namespaces option, move the agent to kube-system, or use a PriorityClass of your own`,
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a CNI agent at system-node-critical in kube-system",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: cni
          image: example/cni:1.0
`,
                },
                {
                    name: "a namespace the repository declares as carrying the quota",
                    options: { namespaces: ["kube-system", "logging"] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
                },
                {
                    name: "no namespace: decided at deploy time",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: node-exporter
          image: prom/node-exporter:v1.8.0
`,
                },
            ],
            invalid: [
                {
                    name: "a log shipper at system-node-critical in its own namespace",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
`,
                    findings: [
                        {
                            line: 9,
                            column: 26,
                            endLine: 9,
                            endColumn: 46,
                            message: 'priorityClassName system-node-critical in namespace "logging": clusters that limit critical classes to kube-system (GKE does by default) reject every pod with "insufficient quota to match these scopes" unless "logging" has a ResourceQuota whose scopeSelector admits system-node-critical',
                        },
                    ],
                },
                {
                    name: "a CSI node plugin at system-cluster-critical in the driver's namespace",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-node
  namespace: storage-system
spec:
  selector: {matchLabels: {app: csi-node}}
  template:
    metadata: {labels: {app: csi-node}}
    spec:
      priorityClassName: "system-cluster-critical"
      containers:
        - name: driver
          image: example/csi:1.0
`,
                    findings: [
                        {
                            line: 11,
                            column: 26,
                            endLine: 11,
                            endColumn: 51,
                            message: 'priorityClassName system-cluster-critical in namespace "storage-system": clusters that limit critical classes to kube-system (GKE does by default) reject every pod with "insufficient quota to match these scopes" unless "storage-system" has a ResourceQuota whose scopeSelector admits system-cluster-critical',
                        },
                    ],
                },
            ],
        };
    },
});
