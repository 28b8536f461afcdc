import { portName } from "../src/k8s/syntax.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asArray, asObj, asString, describeContainer, type ContainerRef } from "../src/rules/view.js";

// What a probe whose result is always discarded leaves behind (pkg/kubelet/prober/worker.go initialValue).
const PROBES = [
  { field: "livenessProbe", outcome: "the probe never fails, so a hung container is never restarted" },
  { field: "readinessProbe", outcome: "the container never becomes ready, so the pod is never available and a rolling update stops at it" },
  { field: "startupProbe", outcome: "the container never counts as started: its other probes never run and it never becomes ready" },
] as const;

// grpc.port is an integer only: a name cannot be written there.
const HANDLERS = ["httpGet", "tcpSocket"] as const;

// What a hook whose port cannot be resolved leads to (pkg/kubelet/kuberuntime/kuberuntime_container.go:
// a failed postStart kills the container, a failed preStop is logged and the container stopped anyway).
// Only httpGet: the kubelet runs no tcpSocket hook at all (pkg/kubelet/lifecycle/handlers.go).
const HOOKS = [
  { field: "postStart", outcome: "the hook fails on every start, so the kubelet kills the container, which restarts in a loop and never becomes ready" },
  { field: "preStop", outcome: "the hook fails and the container is stopped without it: what it does before shutdown (draining, deregistering) never happens" },
] as const;

function portNames(c: ContainerRef): Set<string> {
  const names = new Set<string>();
  for (const port of asArray(c.container.ports)) {
    const name = asString(asObj(port)?.name);
    if (name) names.add(name);
  }
  return names;
}

/** Where a sibling declares the name: only the container's own ports count. */
function elsewhereNote(containers: readonly ContainerRef[], c: ContainerRef, port: string): string {
  const elsewhere = containers.find((other) => other !== c && portNames(other).has(port));
  return elsewhere ? ` (${describeContainer(elsewhere)} declares it, but only the container's own ports count)` : "";
}

export default defineRule({
  meta: {
    id: "undeclared-probe-port",
    severity: "error",
    category: "reliability",
    description: "A liveness, readiness or startup probe, or a postStart or preStop hook, names a port that its container does not declare.",
    rationale:
      "The kubelet resolves a named probe port in the probed container's own ports (pkg/probe/util.go ResolveContainerPort); when no port has that name the probe errors on every attempt " +
      "and the result is thrown away (pkg/kubelet/prober/worker.go), so the probe keeps its initial value forever: a readiness probe never passes and a rolling update stalls, " +
      "a startup probe never passes and the container never starts its other probes, a liveness probe never fails and a hung agent is never restarted. " +
      "API validation checks only the name's syntax (pkg/apis/core/validation ValidatePortNumOrName), so the manifest is accepted. " +
      "Numeric ports are left alone: a container may listen on ports it does not declare, with or without hostNetwork. " +
      "An httpGet postStart or preStop hook with a named port fails the same way (pkg/kubelet/lifecycle/handlers.go resolvePort): a failed postStart hook has the kubelet kill the container, " +
      "which restarts in a loop, and a failed preStop hook is skipped, so the agent stops without draining. " +
      "Names that are not valid port names are left to API validation; a tcpSocket hook is left alone, as the kubelet runs none whatever its port.",
    fix: "declare the port in the container's ports under that name, or use the port number",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    const containers = ds.containers();
    for (const c of containers) {
      // Only regular and sidecar containers may have probes; validation reports the others.
      if (c.kind !== "containers" && !c.sidecar) continue;
      const declared = portNames(c);
      for (const probe of PROBES) {
        const spec = asObj(c.container[probe.field]);
        if (!spec) continue;
        for (const handler of HANDLERS) {
          const port = asObj(spec[handler])?.port;
          if (typeof port !== "string" || declared.has(port) || portName(port).length > 0) continue;
          report({
            message: `the ${probe.field} of ${describeContainer(c)} uses the port "${port}", which the container does not declare${elsewhereNote(containers, c, port)}; the kubelet cannot resolve it and discards every attempt: ${probe.outcome}`,
            path: [...c.path, probe.field, handler, "port"],
            fix: `add {name: ${port}, containerPort: <port>} to the ports of ${describeContainer(c)}, or use the port number`,
          });
        }
      }
      const lifecycle = asObj(c.container.lifecycle);
      for (const hook of HOOKS) {
        const port = asObj(asObj(lifecycle?.[hook.field])?.httpGet)?.port;
        if (typeof port !== "string" || declared.has(port) || portName(port).length > 0) continue;
        report({
          message: `the ${hook.field} hook of ${describeContainer(c)} uses the port "${port}", which the container does not declare${elsewhereNote(containers, c, port)}; the kubelet cannot resolve it: ${hook.outcome}`,
          path: [...c.path, "lifecycle", hook.field, "httpGet", "port"],
          fix: `add {name: ${port}, containerPort: <port>} to the ports of ${describeContainer(c)}, or use the port number`,
        });
      }
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "named ports the container declares, and an undeclared port number",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      hostNetwork: true
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
          ports:
            - {name: metrics, containerPort: 9100}
          readinessProbe:
            httpGet: {path: /, port: metrics}
          livenessProbe:
            tcpSocket: {port: 9101}
`,
        },
        {
          name: "a sidecar probed on its own port",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      initContainers:
        - name: proxy
          image: example/proxy:1.0
          restartPolicy: Always
          ports:
            - {name: health, containerPort: 15021}
          startupProbe:
            httpGet: {path: /healthz/ready, port: health}
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
        },
        {
          name: "hooks on declared names, and a tcpSocket hook, which the kubelet never runs",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ingress-agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: ingress-agent}}
  template:
    metadata: {labels: {app: ingress-agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          ports:
            - {name: admin, containerPort: 8081}
          lifecycle:
            postStart:
              httpGet: {path: /started, port: admin}
            preStop:
              tcpSocket: {port: drain}
`,
        },
      ],
      invalid: [
        {
          name: "a liveness probe on a name no container declares, a readiness probe on a sibling's port",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-node}}
  template:
    metadata: {labels: {k8s-app: calico-node}}
    spec:
      containers:
        - name: calico-node
          image: calico/node:v3.28.0
          livenessProbe:
            httpGet: {path: /liveness, port: health}
          readinessProbe:
            tcpSocket: {port: metrics}
        - name: exporter
          image: example/exporter:1.0
          ports:
            - {name: metrics, containerPort: 9091}
`,
          findings: [
            {
              line: 13,
              column: 46,
              endLine: 13,
              endColumn: 52,
              message:
                'the livenessProbe of container "calico-node" uses the port "health", which the container does not declare; the kubelet cannot resolve it and discards every attempt: the probe never fails, so a hung container is never restarted',
            },
            {
              line: 15,
              column: 31,
              endLine: 15,
              endColumn: 38,
              message:
                'the readinessProbe of container "calico-node" uses the port "metrics", which the container does not declare (container "exporter" declares it, but only the container\'s own ports count); the kubelet cannot resolve it and discards every attempt: the container never becomes ready, so the pod is never available and a rolling update stops at it',
            },
          ],
        },
        {
          name: "lifecycle hooks on names the container does not declare",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ingress-agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: ingress-agent}}
  template:
    metadata: {labels: {app: ingress-agent}}
    spec:
      initContainers:
        - name: envoy
          image: envoyproxy/envoy:v1.30.1
          restartPolicy: Always
          ports:
            - {name: admin, containerPort: 9901}
      containers:
        - name: agent
          image: example/agent:1.0
          lifecycle:
            postStart:
              httpGet: {path: /started, port: readyz}
            preStop:
              httpGet: {path: /drain, port: admin}
`,
          findings: [
            {
              line: 20,
              column: 47,
              endLine: 20,
              endColumn: 53,
              message:
                'the postStart hook of container "agent" uses the port "readyz", which the container does not declare; the kubelet cannot resolve it: the hook fails on every start, so the kubelet kills the container, which restarts in a loop and never becomes ready',
            },
            {
              line: 22,
              column: 45,
              endLine: 22,
              endColumn: 50,
              message:
                'the preStop hook of container "agent" uses the port "admin", which the container does not declare (sidecar container "envoy" declares it, but only the container\'s own ports count); the kubelet cannot resolve it: the hook fails and the container is stopped without it: what it does before shutdown (draining, deregistering) never happens',
            },
          ],
        },
      ],
    };
  },
});
