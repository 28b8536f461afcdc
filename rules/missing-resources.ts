import { setField, type FixProposal } from "../src/fix/edits.js";
import { requestsDefaultedFromLimits } from "../src/k8s/podresources.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asObj, describeContainer, type ContainerRef, type Obj } from "../src/rules/view.js";

type Kind = "requests" | "limits";
type Resource = "cpu" | "memory";

interface Requirement {
  kind: Kind;
  resource: Resource;
  option: "requireCpuRequest" | "requireMemoryRequest" | "requireCpuLimit" | "requireMemoryLimit";
  label: string;
}

const REQUIREMENTS: readonly Requirement[] = [
  { kind: "requests", resource: "cpu", option: "requireCpuRequest", label: "cpu request" },
  { kind: "requests", resource: "memory", option: "requireMemoryRequest", label: "memory request" },
  { kind: "limits", resource: "cpu", option: "requireCpuLimit", label: "cpu limit" },
  { kind: "limits", resource: "memory", option: "requireMemoryLimit", label: "memory limit" },
];

/** The entries of a resource list that are written (a null value is no entry). */
function writtenEntries(list: unknown): Map<string, unknown> {
  return new Map(Object.entries(asObj(list) ?? {}).filter(([, value]) => value !== undefined && value !== null));
}

/**
 * The resource list entries in effect for a container: a request is also
 * present when only the limit is written, because `SetDefaults_Pod` copies a
 * container's limits into its unset requests on every pod the DaemonSet
 * controller creates.
 */
function inEffect(resources: Obj | undefined): Record<Kind, ReadonlyMap<string, unknown>> {
  const limits = writtenEntries(resources?.limits);
  return { requests: requestsDefaultedFromLimits(writtenEntries(resources?.requests), limits), limits };
}

function joinList(items: readonly string[], conjunction: "and" | "or"): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

export default defineRule({
  meta: {
    id: "missing-resources",
    severity: "warning",
    category: "reliability",
    description: "A container sets no cpu/memory request or no memory limit.",
    rationale:
      "A DaemonSet runs one pod on every node, next to whatever else lands there. Without requests the scheduler reserves no room for the agent: other pods fill the node up to its allocatable capacity and the agent competes for what is left, with the smallest CPU share, and under memory pressure it is among the first pods the kubelet evicts and the kernel OOM-kills — taking the node's networking, storage or logging with it. " +
      "A memory limit keeps a leaking agent from exhausting the memory of every node at once. " +
      "A CPU limit is not required by default: throttling a node agent (CNI, kube-proxy, log shipper) causes latency far worse than the CPU it saves. " +
      "A limit alone also counts as the request (the API server copies it), and pod-level spec.resources cover every container. A namespace LimitRange can fill in defaults, but the manifest should not depend on it.",
    fix: "set resources.requests.cpu, resources.requests.memory and resources.limits.memory on every container, from the agent's observed usage",
    options: {
      requireCpuRequest: { type: "boolean", description: "Report containers without a cpu request (default true)." },
      requireMemoryRequest: { type: "boolean", description: "Report containers without a memory request (default true)." },
      requireCpuLimit: { type: "boolean", description: "Report containers without a cpu limit (default false: CPU limits throttle node agents)." },
      requireMemoryLimit: { type: "boolean", description: "Report containers without a memory limit (default true)." },
      initContainers: { type: "boolean", description: "Also check init containers, including sidecars (default true)." },
    },
  },
  defaultOptions: {
    requireCpuRequest: true,
    requireMemoryRequest: true,
    requireCpuLimit: false,
    requireMemoryLimit: true,
    initContainers: true,
  },
  check(ds, options, report) {
    const required = REQUIREMENTS.filter((r) => options[r.option] === true);
    if (required.length === 0) return;
    // Pod-level resources (PodLevelResources) bound the pod as a whole; a pod-level
    // limit also becomes the pod-level request (defaults.go defaultPodRequests).
    const podLevel = inEffect(asObj(ds.podSpec.resources));
    const needed = required.filter((r) => !podLevel[r.kind].has(r.resource));
    if (needed.length === 0) return;
    for (const c of ds.containers()) {
      // Ephemeral containers cannot set resources (validation forbids it).
      if (c.kind === "ephemeralContainers") continue;
      if (c.kind === "initContainers" && options.initContainers !== true) continue;
      const resources = inEffect(asObj(c.container.resources));
      const missing = needed.filter((r) => !resources[r.kind].has(r.resource));
      if (missing.length === 0) continue;
      const lacks = (kind: Kind, resource: Resource): boolean => missing.some((r) => r.kind === kind && r.resource === resource);
      const reasons: string[] = [];
      // Without a cpu request the container gets the minimum cpu weight (2 shares);
      // without a memory request the kubelet ranks it first for eviction and its
      // oom_score_adj is near 1000 (pkg/kubelet/qos/policy.go).
      if (lacks("requests", "cpu") && lacks("requests", "memory")) reasons.push("the scheduler reserves nothing for it on each node, it gets almost no CPU on a busy node and is among the first evicted or OOM-killed");
      else if (lacks("requests", "memory")) reasons.push("the scheduler reserves no memory for it on each node and it is among the first evicted or OOM-killed");
      else if (lacks("requests", "cpu")) reasons.push("the scheduler reserves no CPU for it on each node and it gets almost no CPU on a busy node");
      if (lacks("limits", "memory")) reasons.push("a memory leak can exhaust every node at once");
      if (lacks("limits", "cpu")) reasons.push("it can take all the CPU of every node");
      report({
        message: `${describeContainer(c)} sets no ${joinList(missing.map((r) => r.label), "or")}: ${reasons.join("; ")}`,
        path: [...c.path, "resources"],
        fix: `set ${joinList(missing.map((r) => `resources.${r.kind}.${r.resource}`), "and")} from the agent's observed usage`,
        ...memoryLimitSuggestion(c, lacks("limits", "memory")),
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a CNI agent with requests and a memory limit, no cpu limit",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      initContainers:
        - name: install-cni
          image: example/cni:1.0
          resources:
            requests: {cpu: 10m, memory: 16Mi}
            limits: {memory: 64Mi}
      containers:
        - name: cni
          image: example/cni:1.0
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
`,
        },
        {
          name: "a log shipper with limits only: the requests default to the limits",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.4
          resources:
            limits: {cpu: 200m, memory: 200Mi}
`,
        },
        {
          name: "a cpu limit required by option",
          options: { requireCpuLimit: true, initContainers: false },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: exporter}}
  template:
    metadata: {labels: {app: exporter}}
    spec:
      initContainers:
        - name: wait
          image: busybox:1.36
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
          resources:
            requests: {cpu: 50m, memory: 32Mi}
            limits: {cpu: 250m, memory: 64Mi}
`,
        },
      ],
      invalid: [
        {
          name: "an agent without resources and a sidecar without a memory limit",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluentd, namespace: logging}
spec:
  selector: {matchLabels: {app: fluentd}}
  template:
    metadata: {labels: {app: fluentd}}
    spec:
      initContainers:
        - name: config-reloader
          image: example/reloader:1.2
          restartPolicy: Always
          resources:
            requests: {cpu: 5m, memory: 8Mi}
      containers:
        - name: fluentd
          image: fluent/fluentd:v1.16-1
          volumeMounts:
            - {name: varlog, mountPath: /var/log}
      volumes:
        - name: varlog
          hostPath: {path: /var/log}
`,
          findings: [
            {
              line: 13,
              column: 11,
              endLine: 13,
              endColumn: 20,
              message: 'sidecar container "config-reloader" sets no memory limit: a memory leak can exhaust every node at once',
            },
            {
              line: 16,
              column: 11,
              endLine: 16,
              endColumn: 24,
              message: 'container "fluentd" sets no cpu request, memory request or memory limit: the scheduler reserves nothing for it on each node, it gets almost no CPU on a busy node and is among the first evicted or OOM-killed; a memory leak can exhaust every node at once',
            },
          ],
        },
        {
          name: "a CNI installer init container with a cpu request only",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-node}}
  template:
    metadata: {labels: {k8s-app: calico-node}}
    spec:
      hostNetwork: true
      initContainers:
        - name: install-cni
          image: calico/cni:v3.28.0
          resources:
            requests:
              cpu: 50m
      containers:
        - name: calico-node
          image: calico/node:v3.28.0
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {memory: 1Gi}
`,
          findings: [
            {
              line: 13,
              column: 11,
              endLine: 13,
              endColumn: 20,
              message: 'init container "install-cni" sets no memory request or memory limit: the scheduler reserves no memory for it on each node and it is among the first evicted or OOM-killed; a memory leak can exhaust every node at once',
            },
          ],
        },
      ],
    };
  },
});

/** The memory limit at the memory request, as written: the agent keeps what the scheduler reserves for it (Guaranteed memory). */
function memoryLimitSuggestion(c: ContainerRef, lacksLimit: boolean): { suggestions?: FixProposal[] } {
  const request = asObj(asObj(c.container.resources)?.requests)?.memory;
  if (!lacksLimit || (typeof request !== "string" && typeof request !== "number")) return {};
  return { suggestions: [setField(`Set the memory limit to the memory request (${request})`, [...c.path, "resources", "limits", "memory"], request)] };
}
