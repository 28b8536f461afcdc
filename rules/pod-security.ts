import { evaluatePodSecurity, type PssLevel } from "../src/pss/index.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";

const TEMPLATE_PATH = ["spec", "template"] as const;

export default defineRule({
  meta: {
    id: "pod-security",
    severity: "off",
    category: "pod-security",
    description: "The pod template fails a check of the Pod Security Standards level the cluster enforces.",
    rationale:
      "Pod Security Admission evaluates a DaemonSet's template only to warn and audit: the DaemonSet itself is always accepted. " +
      "In a namespace labelled pod-security.kubernetes.io/enforce at this level, every pod the controller creates is rejected instead, so the DaemonSet sits at zero ready pods with FailedCreate events and nothing on any node. " +
      "The checks are the upstream ones (k8s.io/pod-security-admission/policy) at the configured level and version. " +
      "Node agents (CNI, CSI, log shippers, device plugins) often need host namespaces or hostPath volumes: run them in a namespace that enforces privileged, and say so here by setting podSecurity.level for those files or by a suppression with its reason. " +
      "The rule is off until the configuration names a level (podSecurity.level) or turns it on, because the single-purpose rules (host-network, privileged-container, ...) already report the same fields one by one.",
    fix: "change the template so that it passes the level, or deploy it to a namespace that enforces a level it meets and suppress the finding with that reason",
    options: {
      level: { type: "enum", values: ["privileged", "baseline", "restricted"], description: 'The Pod Security Standards level to check (default "baseline"; privileged checks nothing).' },
      version: {
        type: "string",
        // The versions parsePolicyVersion (src/k8s/versions.ts) reads: any other text would silently evaluate as "latest".
        pattern: "^(latest|v?1\\.(0|[1-9][0-9]*))$",
        patternText: '"latest" or a version such as "v1.30"',
        numberSchema: { type: "number", exclusiveMinimum: 1, exclusiveMaximum: 2 },
        description: 'The policy version: "latest" (default) or "v1.NN", as in pod-security.kubernetes.io/enforce-version; an unquoted 1.30 is read as written.',
      },
    },
    // Naming a level turns the rule on: the configuration then says what the cluster enforces.
    setting: { key: "podSecurity", description: "The Pod Security Standards level and version the pod-security rule evaluates.", enables: { option: "level", severity: "warning" } },
  },
  defaultOptions: { level: "baseline", version: "latest" },
  check(ds, options, report) {
    // `privileged` has no checks.
    const level = (typeof options.level === "string" ? options.level : "baseline") as PssLevel;
    const version = typeof options.version === "string" ? options.version : "latest";
    const failures = evaluatePodSecurity({ metadata: ds.template.metadata, spec: ds.podSpec }, { level, version }, ds.kubernetesVersion);
    for (const failure of failures) {
      report({
        message: `${failure.level}: ${failure.check} — ${failure.message}; its pods are rejected where ${level} is enforced`,
        path: [...TEMPLATE_PATH, ...failure.path],
        fix: `${failure.fix ?? "change the field"}, or deploy to a namespace that enforces privileged and suppress with the reason`,
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "an OpenTelemetry collector without host access passes baseline",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: collector, namespace: observability}
spec:
  selector: {matchLabels: {app: collector}}
  template:
    metadata: {labels: {app: collector}}
    spec:
      containers:
        - name: otel
          image: otel/opentelemetry-collector:0.102.0
          ports:
            - containerPort: 4317
          securityContext:
            capabilities: {add: [NET_BIND_SERVICE]}
`,
        },
        {
          name: "a restricted-level agent",
          options: { level: "restricted" },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: probe, namespace: monitoring}
spec:
  selector: {matchLabels: {app: probe}}
  template:
    metadata: {labels: {app: probe}}
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: probe
          image: example/probe:2.1
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: {drop: [ALL]}
`,
        },
        {
          name: "hostProbesAndHostLifecycle does not exist before v1.34",
          options: { version: "v1.33" },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          livenessProbe:
            httpGet: {host: 127.0.0.1, port: 8080, path: /healthz}
`,
        },
      ],
      invalid: [
        {
          name: "a CNI agent on the host network with a hostPath volume",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      hostNetwork: true
      containers:
        - name: cni
          image: example/cni:1.0
          securityContext:
            capabilities: {add: [NET_ADMIN]}
          volumeMounts:
            - {name: cni-bin, mountPath: /host/opt/cni/bin}
      volumes:
        - name: cni-bin
          hostPath: {path: /opt/cni/bin}
`,
          findings: [
            {
              line: 9,
              column: 20,
              endLine: 9,
              endColumn: 24,
              message: "baseline: hostNamespaces — pod must not set hostNetwork=true; its pods are rejected where baseline is enforced",
            },
            {
              line: 14,
              column: 34,
              endLine: 14,
              endColumn: 43,
              message: 'baseline: capabilities_baseline — container "cni" must not include "NET_ADMIN" in securityContext.capabilities.add; its pods are rejected where baseline is enforced',
            },
            {
              line: 19,
              column: 11,
              endLine: 19,
              endColumn: 19,
              message: 'baseline: hostPathVolumes — volume "cni-bin" must not use hostPath; its pods are rejected where baseline is enforced',
            },
          ],
        },
        {
          name: "restricted: a container that may escalate privileges and runs as root",
          options: { level: "restricted", version: "v1.30" },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: exporter}}
  template:
    metadata: {labels: {app: exporter}}
    spec:
      securityContext:
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: exporter
          image: example/exporter:1.0
          securityContext:
            runAsUser: 0
            capabilities: {drop: [ALL]}
`,
          findings: [
            {
              line: 14,
              column: 11,
              endLine: 14,
              endColumn: 26,
              message: 'restricted: allowPrivilegeEscalation — container "exporter" must set securityContext.allowPrivilegeEscalation=false; its pods are rejected where restricted is enforced',
            },
            {
              line: 14,
              column: 11,
              endLine: 14,
              endColumn: 26,
              message: 'restricted: runAsNonRoot — pod or container "exporter" must set securityContext.runAsNonRoot=true; its pods are rejected where restricted is enforced',
            },
            {
              line: 15,
              column: 24,
              endLine: 15,
              endColumn: 25,
              message: 'restricted: runAsUser — container "exporter" must not set runAsUser=0; its pods are rejected where restricted is enforced',
            },
          ],
        },
      ],
    };
  },
});
