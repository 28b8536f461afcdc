import { windowsOnly } from "../src/k8s/os.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asArray, asObj, capabilityEntries, describeContainer } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "net-raw-capability",
    severity: "info",
    category: "security",
    description: "A container keeps the NET_RAW capability that containerd and Docker grant by default (it drops neither ALL nor NET_RAW).",
    rationale:
      "NET_RAW is in the default capability set of containerd and Docker (not of CRI-O). It lets a process open raw and packet sockets: " +
      "spoof ARP and DNS replies to the other pods on the node's bridge, or, in a hostNetwork pod, sniff and forge the node's own traffic; " +
      "it has also been the entry point of kernel exploits (CVE-2020-14386). Few agents need it beyond ping-style health checks. " +
      "Dropping ALL (the restricted Pod Security profile) or NET_RAW removes it. Containers that add NET_RAW or ALL explicitly are " +
      "reported by dangerous-capabilities, and privileged ones (or Windows HostProcess ones) by privileged-container, not here: " +
      "this is a narrower privilege of the same container.",
    fix: 'add "ALL" (or at least "NET_RAW") to securityContext.capabilities.drop',
  },
  defaultOptions: {},
  check(ds, _options, report) {
    if (windowsOnly(ds.podSpec)) return;
    const hostNetwork = ds.podSpec.hostNetwork === true;
    for (const c of ds.containers()) {
      // A privileged container gets every capability whatever it drops; privileged-container reports it.
      if (ds.privileged(c)) continue;
      if (capabilityEntries(c, "add").some((e) => e.name === "NET_RAW" || e.name === "ALL")) continue;
      if (capabilityEntries(c, "drop").some((e) => e.name === "NET_RAW" || e.name === "ALL")) continue;
      report({
        message: `${describeContainer(c)} does not drop NET_RAW: it can craft raw packets, ${
          hostNetwork ? "sniffing and spoofing the node's own traffic since the pod uses hostNetwork" : "spoofing ARP and DNS replies to the other pods on the node"
        }`,
        path: [...c.path, "securityContext", "capabilities", "drop"],
        fix: 'add "ALL" to securityContext.capabilities.drop (then add back only what the agent needs)',
        suggestions: [
          {
            title: "Drop NET_RAW",
            edits: [{ op: "insert", path: [...c.path, "securityContext", "capabilities", "drop", asArray(asObj(asObj(c.container.securityContext)?.capabilities)?.drop).length], value: "NET_RAW" }],
          },
        ],
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a node exporter dropping everything",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
          securityContext:
            capabilities: {drop: [ALL]}
`,
        },
        {
          name: "a CNI plugin dropping NET_RAW and adding NET_ADMIN",
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
            capabilities:
              add: [NET_ADMIN]
              drop: [CAP_NET_RAW]
`,
        },
        {
          name: "NET_RAW added on purpose (reported by dangerous-capabilities instead)",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: probe, namespace: monitoring}
spec:
  selector: {matchLabels: {app: probe}}
  template:
    metadata: {labels: {app: probe}}
    spec:
      containers:
        - name: pinger
          image: example/pinger:1.0
          securityContext:
            capabilities: {drop: [ALL], add: [NET_RAW]}
`,
        },
        {
          name: "a Windows HostProcess container (reported by privileged-container instead)",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: win-agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: win-agent}}
  template:
    metadata: {labels: {app: win-agent}}
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: example/windows-agent:1.0
          securityContext:
            windowsOptions: {hostProcess: true}
`,
        },
      ],
      invalid: [
        {
          name: "a host-network speaker and its init container keep the default set",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: speaker, namespace: metallb-system}
spec:
  selector: {matchLabels: {app: speaker}}
  template:
    metadata: {labels: {app: speaker}}
    spec:
      hostNetwork: true
      initContainers:
        - name: config
          image: example/config:1.0
      containers:
        - name: speaker
          image: example/speaker:1.0
          securityContext:
            capabilities:
              drop: [SYS_CHROOT]
`,
          findings: [
            {
              line: 11,
              column: 11,
              endLine: 11,
              endColumn: 23,
              message: 'init container "config" does not drop NET_RAW: it can craft raw packets, sniffing and spoofing the node\'s own traffic since the pod uses hostNetwork',
            },
            {
              line: 18,
              column: 15,
              endLine: 18,
              endColumn: 19,
              message: 'container "speaker" does not drop NET_RAW: it can craft raw packets, sniffing and spoofing the node\'s own traffic since the pod uses hostNetwork',
            },
          ],
        },
        {
          name: "a log shipper on the pod network",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: shipper, namespace: logging}
spec:
  selector: {matchLabels: {app: shipper}}
  template:
    metadata: {labels: {app: shipper}}
    spec:
      containers:
        - name: shipper
          image: fluent/fluent-bit:3.0
          securityContext: {readOnlyRootFilesystem: true}
`,
          findings: [
            {
              line: 12,
              column: 11,
              endLine: 12,
              endColumn: 26,
              message: 'container "shipper" does not drop NET_RAW: it can craft raw packets, spoofing ARP and DNS replies to the other pods on the node',
            },
          ],
        },
      ],
    };
  },
});
