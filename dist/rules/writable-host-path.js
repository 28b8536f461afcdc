import { setField } from "../src/fix/edits.js";
import { BoundedCache } from "../src/values.js";
import { defineRule } from "../src/rules/types.js";
import { asArray, asObj, asString, describeContainer } from "../src/rules/view.js";
import { hostPathMatchesAny, normalizeHostPath, readOnlyDoesNotProtect } from "../src/k8s/hostpath.js";
// Where the kubelet's plugin protocols make the agent create its socket (device plugins, plugin
// registration, each CSI driver's own directory), where the Secrets Store CSI driver looks for its
// providers' sockets (its --providers-dir, and the paths provider charts use), and the iptables lock
// that CNI and proxy agents take.
const DEFAULT_ALLOWED = [
    "/run/xtables.lock",
    "/var/run/xtables.lock",
    "/var/lib/kubelet/device-plugins",
    "/var/lib/kubelet/plugins_registry",
    "/var/lib/kubelet/plugins/*",
    "/etc/kubernetes/secrets-store-csi-providers",
    "/var/run/secrets-store-csi-providers",
    "/run/secrets-store-csi-providers",
];
/** Whether a normalised path is allowed, under one set of options: kept by path, as a fleet mounts the same few. */
class AllowedPaths {
    globs;
    known = new BoundedCache();
    constructor(allowedPaths) {
        this.globs = allowedPaths.map(normalizeHostPath);
    }
    has(path) {
        return this.known.get(path, (p) => hostPathMatchesAny(p, this.globs));
    }
}
const allowedByOptions = new WeakMap();
function allowedFor(options) {
    let allowed = allowedByOptions.get(options);
    if (!allowed)
        allowedByOptions.set(options, (allowed = new AllowedPaths(options.allowedPaths)));
    return allowed;
}
export default defineRule({
    meta: {
        id: "writable-host-path",
        severity: "warning",
        category: "security",
        description: "A container mounts a hostPath volume without readOnly: true, so it can change files on the node.",
        rationale: "A writable hostPath lets the container change the node itself, on every node the DaemonSet runs on: plant binaries that the kubelet or the " +
            "container runtime will execute (/opt/cni/bin), rewrite configuration, or fill the node's disk. With mountPropagation: Bidirectional, mounts made " +
            "in the container also appear on the node. Many agents only read what they mount (log shippers, exporters) and should say so with readOnly: true; " +
            "installers and CSI drivers that must write should record why with a suppression. Allowed by default: the iptables lock file, and the " +
            "kubelet's device-plugin, plugin-registration and CSI socket directories, where the kubelet's own protocols have the agent create its socket, " +
            "and the Secrets Store CSI providers' socket directories, which play the same role for that driver. " +
            "Sockets (/dev/log, the systemd journal's /run/systemd/journal, *.sock), named pipes and devices are left out: a read-only mount does not protect them.",
        fix: "set readOnly: true on the volumeMount; if the agent must write to the node, suppress with a reason",
        options: {
            allowedPaths: {
                type: "string[]",
                description: "Glob patterns of hostPath paths that may be mounted writable, matched against the normalised path (no trailing or repeated slashes). " +
                    `Default: ${DEFAULT_ALLOWED.join(", ")} (the iptables lock; the directories where the kubelet's device-plugin, plugin-registration ` +
                    "and CSI protocols have the agent create its socket; the Secrets Store CSI providers' socket directories). Setting it replaces the default.",
            },
        },
    },
    defaultOptions: { allowedPaths: DEFAULT_ALLOWED },
    check(ds, options, report) {
        const allowed = allowedFor(options);
        const hostPaths = new Map();
        for (const v of ds.volumes()) {
            const hostPath = asObj(v.volume.hostPath);
            if (hostPath)
                hostPaths.set(v.name, hostPath);
        }
        if (hostPaths.size === 0)
            return;
        for (const c of ds.containers()) {
            asArray(c.container.volumeMounts).forEach((item, index) => {
                const mount = asObj(item);
                const name = asString(mount?.name);
                const hostPath = name === undefined ? undefined : hostPaths.get(name);
                if (!mount || !hostPath || mount.readOnly === true)
                    return;
                const path = asString(hostPath.path) ?? "";
                const normalized = normalizeHostPath(path);
                if (allowed.has(normalized))
                    return;
                // readOnly would change nothing there; sensitive-host-path covers the sockets that matter.
                if (readOnlyDoesNotProtect(asString(hostPath.type), normalized))
                    return;
                const bidirectional = mount.mountPropagation === "Bidirectional";
                report({
                    message: `${describeContainer(c)} mounts hostPath "${path}" (volume "${name}") writable: it can change the node's files there` +
                        (bidirectional ? ", and with mountPropagation: Bidirectional its mounts also appear on the node" : "") +
                        `; set readOnly: true, or if the agent must write there, suppress with a reason: ignore-check.dslint.io/writable-host-path: "<reason>"`,
                    path: [...c.path, "volumeMounts", index, "readOnly"],
                    fix: "set readOnly: true on the volumeMount; if the agent must write, suppress with a reason",
                    suggestions: [setField("Mount it read-only", [...c.path, "volumeMounts", index, "readOnly"], true)],
                });
            });
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a log shipper reading logs, with its position database in an emptyDir",
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
          volumeMounts:
            - {name: varlog, mountPath: /var/log, readOnly: true}
            - {name: state, mountPath: /state}
      volumes:
        - name: varlog
          hostPath: {path: /var/log}
        - name: state
          emptyDir: {}
`,
                },
                {
                    name: "a proxy agent taking the iptables lock",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: proxy, namespace: kube-system}
spec:
  selector: {matchLabels: {app: proxy}}
  template:
    metadata: {labels: {app: proxy}}
    spec:
      containers:
        - name: proxy
          image: example/proxy:1.0
          volumeMounts:
            - {name: xtables-lock, mountPath: /run/xtables.lock}
      volumes:
        - name: xtables-lock
          hostPath: {path: /run/xtables.lock, type: FileOrCreate}
`,
                },
                {
                    name: "a Secrets Store CSI provider creating its socket, and a log agent writing to syslog",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-secrets-store-provider, namespace: kube-system}
spec:
  selector: {matchLabels: {app: provider}}
  template:
    metadata: {labels: {app: provider}}
    spec:
      containers:
        - name: provider
          image: example/secrets-store-provider:1.0
          volumeMounts:
            - {name: providers, mountPath: /etc/kubernetes/secrets-store-csi-providers}
            - {name: providers-run, mountPath: /provider}
            - {name: dev-log, mountPath: /dev/log}
      volumes:
        - name: providers
          hostPath: {path: /etc/kubernetes/secrets-store-csi-providers/, type: DirectoryOrCreate}
        - name: providers-run
          hostPath: {path: /var/run/secrets-store-csi-providers, type: DirectoryOrCreate}
        - name: dev-log
          hostPath: {path: /dev/log}
`,
                },
                {
                    name: "the systemd journal's sockets, which readOnly would not protect",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-problem-detector, namespace: kube-system}
spec:
  selector: {matchLabels: {app: node-problem-detector}}
  template:
    metadata: {labels: {app: node-problem-detector}}
    spec:
      containers:
        - name: node-problem-detector
          image: registry.k8s.io/node-problem-detector/node-problem-detector:v0.8.19
          volumeMounts:
            - {name: journal-sockets, mountPath: /run/systemd/journal}
            - {name: syslog, mountPath: /dev/log}
      volumes:
        - name: journal-sockets
          hostPath: {path: /run/systemd/journal}
        - name: syslog
          hostPath: {path: /dev/log}
`,
                },
            ],
            invalid: [
                {
                    name: "a CNI installer and a CSI driver writing to the node",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: node-agent}}
  template:
    metadata: {labels: {app: node-agent}}
    spec:
      initContainers:
        - name: install-cni
          image: example/cni:1.0
          volumeMounts:
            - name: cni-bin
              mountPath: /host/opt/cni/bin
      containers:
        - name: driver
          image: example/csi:1.0
          securityContext: {privileged: true}
          volumeMounts:
            - name: cni-bin
              mountPath: /cni
              readOnly: true
            - name: kubelet
              mountPath: /var/lib/kubelet
              readOnly: false
              mountPropagation: Bidirectional
      volumes:
        - name: cni-bin
          hostPath: {path: /opt/cni/bin}
        - name: kubelet
          hostPath: {path: /var/lib/kubelet, type: Directory}
`,
                    findings: [
                        {
                            line: 13,
                            column: 15,
                            endLine: 13,
                            endColumn: 28,
                            message: 'init container "install-cni" mounts hostPath "/opt/cni/bin" (volume "cni-bin") writable: it can change the node\'s files there; set readOnly: true, or if the agent must write there, suppress with a reason: ignore-check.dslint.io/writable-host-path: "<reason>"',
                        },
                        {
                            line: 25,
                            column: 25,
                            endLine: 25,
                            endColumn: 30,
                            message: 'container "driver" mounts hostPath "/var/lib/kubelet" (volume "kubelet") writable: it can change the node\'s files there, and with mountPropagation: Bidirectional its mounts also appear on the node; set readOnly: true, or if the agent must write there, suppress with a reason: ignore-check.dslint.io/writable-host-path: "<reason>"',
                        },
                    ],
                },
            ],
        };
    },
});
