import { capabilityName } from "../src/k8s/capabilities.js";
import { defineRule } from "../src/rules/types.js";
import { capabilityEntries, describeContainer } from "../src/rules/view.js";
/** What each capability hands a container on a node, for messages. */
const ALLOWS = {
    ALL: "use every capability, nearly as much as a privileged container",
    SYS_ADMIN: "mount filesystems, create namespaces and use many admin syscalls: the usual way out of a container",
    NET_ADMIN: (pod) => pod.hostNetwork ? "reconfigure the node's interfaces, routes and iptables (the pod uses hostNetwork)" : "reconfigure the pod's interfaces, routes and iptables",
    NET_RAW: (pod) => pod.hostNetwork ? "sniff and forge the node's traffic (the pod uses hostNetwork)" : "spoof ARP and DNS replies to the other pods on the node",
    SYS_PTRACE: (pod) => pod.hostPID ? "trace and inject code into every process of the node (the pod uses hostPID)" : "trace and inject code into the other processes it can see",
    SYS_MODULE: "load kernel modules, that is run any code in the node's kernel",
    SYS_RAWIO: "do raw I/O on devices and ports, reading or writing the node's disks and memory",
    SYS_BOOT: "reboot the node",
    SYS_TIME: "set the node's clock",
    DAC_READ_SEARCH: "open any file by handle, bypassing read permissions (the 'shocker' container escape)",
    BPF: "load BPF programs into the node's kernel",
    PERFMON: "observe every process on the node through perf and BPF tracing",
    MAC_ADMIN: "change the node's AppArmor or SELinux policy",
    MAC_OVERRIDE: "bypass the node's AppArmor or SELinux policy",
};
const DEFAULT_CAPABILITIES = Object.keys(ALLOWS);
export default defineRule({
    meta: {
        id: "dangerous-capabilities",
        severity: "warning",
        category: "security",
        description: "A container adds a capability that gives it power over the node (SYS_ADMIN, NET_ADMIN, ALL, SYS_PTRACE, SYS_MODULE...).",
        rationale: "Capabilities split root's power; a few of them are almost all of it. SYS_ADMIN and ALL are a short step from privileged, SYS_MODULE loads code into the kernel, " +
            "SYS_PTRACE with hostPID reaches every process of the node, NET_ADMIN with hostNetwork rewrites the node's routes and firewall. " +
            "Node agents do need some of them (a CNI plugin NET_ADMIN, a CSI driver SYS_ADMIN, a security monitor BPF and PERFMON): " +
            "each addition should be the narrowest that works and be recorded with a reason. " +
            "Privileged containers are not reported: they have every capability whatever they add, and privileged-container reports them once.",
        fix: "remove the capability or replace it with a narrower one; if the agent needs it, suppress with a reason",
        options: {
            capabilities: {
                type: "string[]",
                description: `Capabilities to report when added (with or without CAP_, any case). Default: ${DEFAULT_CAPABILITIES.join(", ")}.`,
            },
        },
    },
    defaultOptions: { capabilities: DEFAULT_CAPABILITIES },
    check(ds, options, report) {
        const dangerous = new Set(options.capabilities.map(capabilityName));
        const pod = { hostNetwork: ds.podSpec.hostNetwork === true, hostPID: ds.podSpec.hostPID === true };
        for (const c of ds.containers()) {
            // A privileged container already has every capability; privileged-container reports it.
            if (ds.privileged(c))
                continue;
            for (const { name, written, index } of capabilityEntries(c, "add")) {
                if (!dangerous.has(name))
                    continue;
                const described = ALLOWS[name];
                const allows = typeof described === "function" ? described(pod) : described;
                report({
                    message: `${describeContainer(c)} adds ${written}${allows ? `: it can ${allows}` : ""}` +
                        `; if the agent needs it, suppress with a reason: ignore-check.dslint.io/dangerous-capabilities: "<reason>"`,
                    path: [...c.path, "securityContext", "capabilities", "add", index],
                    fix: `remove ${written} from capabilities.add or use a narrower capability; or suppress with a reason`,
                });
            }
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a web-facing agent that only binds a low port",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ingress, namespace: ingress}
spec:
  selector: {matchLabels: {app: ingress}}
  template:
    metadata: {labels: {app: ingress}}
    spec:
      containers:
        - name: proxy
          image: example/proxy:1.0
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]
`,
                },
                {
                    name: "a CNI plugin whose NET_ADMIN is recorded",
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
              drop: [ALL]
              add:
                # dslint-disable-next-line dangerous-capabilities -- programs the node's routes
                - NET_ADMIN
`,
                },
                {
                    name: "a narrower list configured",
                    options: { capabilities: ["SYS_ADMIN"] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: lb, namespace: kube-system}
spec:
  selector: {matchLabels: {app: lb}}
  template:
    metadata: {labels: {app: lb}}
    spec:
      containers:
        - name: speaker
          image: example/speaker:1.0
          securityContext:
            capabilities: {add: [NET_RAW]}
`,
                },
                {
                    name: "a privileged CSI node plugin (reported by privileged-container instead)",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi}}
  template:
    metadata: {labels: {app: csi}}
    spec:
      containers:
        - name: node
          image: example/csi:1.0
          securityContext:
            privileged: true
            capabilities: {add: [SYS_ADMIN]}
`,
                },
            ],
            invalid: [
                {
                    name: "a CSI driver and a security monitor adding broad capabilities",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi}}
  template:
    metadata: {labels: {app: csi}}
    spec:
      initContainers:
        - name: setup
          image: example/setup:1.0
          securityContext:
            capabilities: {add: [CAP_SYS_MODULE]}
      containers:
        - name: driver
          image: example/csi:1.0
          securityContext:
            capabilities:
              add:
                - CHOWN
                - sys_admin
                - SYS_PTRACE
`,
                    findings: [
                        {
                            line: 13,
                            column: 34,
                            endLine: 13,
                            endColumn: 48,
                            message: 'init container "setup" adds CAP_SYS_MODULE: it can load kernel modules, that is run any code in the node\'s kernel; if the agent needs it, suppress with a reason: ignore-check.dslint.io/dangerous-capabilities: "<reason>"',
                        },
                        {
                            line: 21,
                            column: 19,
                            endLine: 21,
                            endColumn: 28,
                            message: 'container "driver" adds sys_admin: it can mount filesystems, create namespaces and use many admin syscalls: the usual way out of a container; if the agent needs it, suppress with a reason: ignore-check.dslint.io/dangerous-capabilities: "<reason>"',
                        },
                        {
                            line: 22,
                            column: 19,
                            endLine: 22,
                            endColumn: 29,
                            message: 'container "driver" adds SYS_PTRACE: it can trace and inject code into the other processes it can see; if the agent needs it, suppress with a reason: ignore-check.dslint.io/dangerous-capabilities: "<reason>"',
                        },
                    ],
                },
                {
                    name: "ALL added",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          securityContext:
            capabilities: {add: [ALL]}
`,
                    findings: [
                        {
                            line: 13,
                            column: 34,
                            endLine: 13,
                            endColumn: 37,
                            message: 'container "agent" adds ALL: it can use every capability, nearly as much as a privileged container; if the agent needs it, suppress with a reason: ignore-check.dslint.io/dangerous-capabilities: "<reason>"',
                        },
                    ],
                },
            ],
        };
    },
});
