import { setField } from "../src/fix/edits.js";
import { dnsPolicy, podDnsSource } from "../src/k8s/dns.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "host-network-dns-policy",
    severity: "info",
    category: "reliability",
    description: "A hostNetwork DaemonSet uses dnsPolicy ClusterFirst (the default), which the kubelet turns into the node's resolv.conf.",
    rationale:
      "For a pod with hostNetwork: true the kubelet treats dnsPolicy ClusterFirst like Default (pkg/kubelet/network/dns/dns.go, getPodDNSType): the pod gets the node's " +
      "resolv.conf, not the cluster DNS. ClusterFirst is also what the API server fills in when dnsPolicy is unset, so a host-network agent that talks to a Service " +
      "by name (kubernetes.default.svc, a collector, a metrics backend) fails to resolve it on every node, although the same manifest works without hostNetwork. " +
      "dnsPolicy: ClusterFirstWithHostNet gives such a pod the cluster DNS. " +
      "An explicit dnsPolicy: Default is accepted: it is the right choice for agents that must work before or without cluster DNS (CNI plugins, kube-proxy, the DNS " +
      "server itself), and it says so to the reader. None (with dnsConfig) is left alone too, as are pods without hostNetwork. " +
      "The rule cannot tell whether the agent resolves Service names at all: one that reaches only the API server, through the KUBERNETES_SERVICE_HOST address, " +
      "is unaffected, hence the info severity.",
    fix: "set dnsPolicy: ClusterFirstWithHostNet, or dnsPolicy: Default when the agent must not depend on cluster DNS",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    if (ds.podSpec.hostNetwork !== true || dnsPolicy(ds.podSpec) !== "ClusterFirst" || podDnsSource(ds.podSpec) !== "host") return;
    const written = ds.podSpec.dnsPolicy !== undefined;
    report({
      message: written
        ? "with hostNetwork: true, dnsPolicy ClusterFirst resolves through the node's resolv.conf, not the cluster DNS: Service names do not resolve in this pod"
        : "with hostNetwork: true, the default dnsPolicy (ClusterFirst) resolves through the node's resolv.conf, not the cluster DNS: Service names do not resolve in this pod",
      path: written ? [...POD_SPEC_PATH, "dnsPolicy"] : [...POD_SPEC_PATH, "hostNetwork"],
      fix: "set dnsPolicy: ClusterFirstWithHostNet (or Default, to say the node's resolver is meant)",
      suggestions: [setField("Use the cluster DNS (ClusterFirstWithHostNet)", [...POD_SPEC_PATH, "dnsPolicy"], "ClusterFirstWithHostNet")],
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a host-network agent with the cluster DNS",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: datadog-agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: datadog-agent}}
  template:
    metadata: {labels: {app: datadog-agent}}
    spec:
      hostNetwork: true
      dnsPolicy: ClusterFirstWithHostNet
      containers:
        - name: agent
          image: gcr.io/datadoghq/agent:7.54.0
`,
        },
        {
          name: "a CNI agent that deliberately uses the node's resolver",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-flannel-ds, namespace: kube-flannel}
spec:
  selector: {matchLabels: {app: flannel}}
  template:
    metadata: {labels: {app: flannel}}
    spec:
      hostNetwork: true
      dnsPolicy: Default
      containers:
        - name: kube-flannel
          image: docker.io/flannel/flannel:v0.25.4
`,
        },
        {
          name: "ClusterFirst without hostNetwork",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      dnsPolicy: ClusterFirst
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0.7
`,
        },
      ],
      invalid: [
        {
          name: "a host-network exporter with the default policy",
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
`,
          findings: [
            {
              line: 9,
              column: 20,
              endLine: 9,
              endColumn: 24,
              message:
                "with hostNetwork: true, the default dnsPolicy (ClusterFirst) resolves through the node's resolv.conf, not the cluster DNS: Service names do not resolve in this pod",
            },
          ],
        },
        {
          name: "ClusterFirst written out",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: otel-agent, namespace: observability}
spec:
  selector: {matchLabels: {app: otel-agent}}
  template:
    metadata: {labels: {app: otel-agent}}
    spec:
      hostNetwork: true
      dnsPolicy: ClusterFirst
      containers:
        - name: otel-agent
          image: otel/opentelemetry-collector-contrib:0.103.0
`,
          findings: [
            {
              line: 10,
              column: 18,
              endLine: 10,
              endColumn: 30,
              message: "with hostNetwork: true, dnsPolicy ClusterFirst resolves through the node's resolv.conf, not the cluster DNS: Service names do not resolve in this pod",
            },
          ],
        },
      ],
    };
  },
});
