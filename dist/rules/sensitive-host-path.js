import { hostPathMatchesAny, normalizeHostPath } from "../src/k8s/hostpath.js";
import { BoundedCache } from "../src/values.js";
import { defineRule } from "../src/rules/types.js";
import { asArray, asObj, asString, describeVolume } from "../src/rules/view.js";
const RUNTIME_SOCKETS = [
    ["/run/containerd/containerd.sock", "containerd"],
    ["/run/k3s/containerd/containerd.sock", "k3s containerd"],
    ["/run/docker.sock", "Docker"],
    ["/run/cri-dockerd.sock", "cri-dockerd"],
    ["/run/dockershim.sock", "dockershim"],
    ["/run/crio/crio.sock", "CRI-O"],
    ["/run/podman/podman.sock", "Podman"],
    ["//./pipe/docker_engine", "Docker"],
    ["//./pipe/containerd-containerd", "containerd"],
];
// In importance order: the first one a path contains is the one the message names.
const BASE = [
    { path: "/", what: "the node's whole filesystem, with the kubelet's credentials, every pod's secrets and the container runtime socket", live: true },
    ...RUNTIME_SOCKETS.map(([path, runtime]) => ({ path, what: `the ${runtime} socket: control of every container on the node, and root on it`, live: true })),
    // NRI plugins connect to the runtime's NRI socket and can change every container it creates (containerd/nri README).
    { path: "/run/nri", what: "the NRI socket: a plugin on it can change every container the runtime creates", live: true, subtree: true },
    { path: "/var/lib/kubelet", what: "the kubelet's state: every pod's secrets and service account tokens, and the kubelet's certificates" },
    { path: "/var/lib/kubelet/pods", what: "every pod's volumes, their secrets and service account tokens included" },
    { path: "/var/lib/kubelet/pki", what: "the kubelet's client certificate and key" },
    // kubeadm writes the cluster CA and the service account signing key here (kubeadm implementation details).
    { path: "/etc/kubernetes/pki", what: "on control-plane nodes, the cluster's CA and signing keys", subtree: true },
    // The kubelet's staticPodPath under kubeadm: it runs every manifest there as a pod, whatever admission would say of it.
    {
        path: "/etc/kubernetes/manifests",
        what: "the kubelet's static pod directory, writable: a manifest written there runs as a pod on the node, a privileged one included, control-plane nodes too",
        subtree: true,
        writableOnly: true,
    },
    // kubeadm's kubeconfigs: admin.conf and super-admin.conf are cluster-admin, the others the kubelet's and the control plane's credentials.
    { path: "/etc/kubernetes/*.conf", what: "a kubeconfig with credentials for the cluster: the kubelet's, or on control-plane nodes cluster-admin's (admin.conf) and the control plane's", glob: true },
    { path: "/var/lib/kubelet/kubeconfig", what: "the kubelet's kubeconfig, with which it acts on the cluster" },
    { path: "/root/.kube", what: "root's kubeconfig: credentials for the cluster, often cluster-admin", subtree: true },
    // A directory of sockets (systemd-journald.service(8)): a read-only mount does not stop a process from writing through them.
    { path: "/run/systemd/journal", what: "the systemd journal's sockets: whatever connects writes entries into the node's system log", live: true, subtree: true },
    { path: "/etc/kubernetes", what: "the kubelet's kubeconfig and, on control-plane nodes, the cluster's certificates" },
    { path: "/etc", what: "the node's configuration, /etc/shadow and the kubelet's credentials included" },
    { path: "/root", what: "root's home directory (SSH keys, cloud credentials)" },
    { path: "/home", what: "the users' home directories (SSH keys, credentials)" },
    // The runtime runs these hooks as root at container creation (containers/common docs/oci-hooks.5.md).
    ...["/etc/containers/oci/hooks.d", "/usr/share/containers/oci/hooks.d"].map((path) => ({ path, what: "the OCI hooks directory: a hook placed there runs as root on the node", subtree: true, writableOnly: true })),
    // core_pattern and modprobe under /proc/sys/kernel name programs the kernel runs as root.
    { path: "/proc/sys/kernel", what: "the kernel's settings, writable: kernel.core_pattern names a program the kernel runs as root on the node", subtree: true, writableOnly: true },
    { path: "/proc/sys/net", what: "the network stack's settings, writable (the node's own with hostNetwork: true)", subtree: true, writableOnly: true },
    { path: "/proc", what: "every process of the node and the kernel's settings (/proc/sys)" },
    { path: "/sys/kernel/debug", what: "debugfs: kernel memory and tracing controls", subtree: true },
    { path: "/sys", what: "the kernel's, cgroups' and devices' settings" },
    { path: "/dev", what: "every device of the node, its disks included", live: true },
    { path: "/boot", what: "the node's kernel and boot loader" },
    // As kube-linter's sensitive-host-mounts: the binaries and libraries the node runs.
    { path: "/usr", what: "the node's programs and libraries" },
    { path: "/lib", what: "the node's libraries and kernel modules" },
    { path: "/run", what: "the node's runtime state, the container runtime sockets included", live: true },
    { path: "/var/lib/docker", what: "the images and writable layers of every Docker container on the node" },
    { path: "/var/lib/containerd", what: "the images and writable layers of every containerd container on the node" },
];
/** The list with `/var/run/...` next to every `/run/...` entry: on most distributions one is a symlink to the other. */
function withVarRun(entries) {
    return entries.flatMap((e) => (e.path === "/run" || e.path.startsWith("/run/") ? [e, { ...e, path: `/var${e.path}` }] : [e]));
}
const DEFAULT_SENSITIVE = withVarRun(BASE);
/** Whether child is strictly below parent (both normalised). */
function contains(parent, child) {
    return parent === "/" ? child !== "/" : child.startsWith(`${parent}/`);
}
/** The verdicts under one set of options, kept by path: a fleet's DaemonSets mount the same few paths again and again. */
class Verdicts {
    allowed;
    sensitive;
    known = new BoundedCache();
    constructor(options) {
        this.allowed = options.allowedPaths.map(normalizeHostPath);
        this.sensitive = [...DEFAULT_SENSITIVE, ...options.extraPaths.map((p) => ({ path: normalizeHostPath(p), what: "a path configured as sensitive" }))];
    }
    /** `readOnly`: whether every container mounts it read-only (undefined when none mounts it). */
    of(path, readOnly) {
        return this.known.get(`${String(readOnly)}\u0000${path}`, () => this.judge(path, readOnly));
    }
    judge(path, readOnly) {
        if (hostPathMatchesAny(path, this.allowed))
            return null;
        const applicable = readOnly === false ? this.sensitive : this.sensitive.filter((s) => !s.writableOnly);
        // The path itself, else a subtree it is in, else the sensitive paths it contains.
        const exact = applicable.find((s) => (s.glob ? hostPathMatchesAny(path, [s.path]) : s.path === path)) ?? applicable.find((s) => s.subtree && contains(s.path, path));
        const below = exact !== undefined && exact.path !== path && !exact.glob;
        const inside = exact ? [] : applicable.filter((s) => !s.glob && contains(path, s.path));
        const named = exact ?? inside[0];
        if (!named)
            return null;
        const others = inside.length > 1 ? ` and ${inside.length - 1} other sensitive path${inside.length > 2 ? "s" : ""}` : "";
        return {
            exposes: below ? `it is inside ${named.path} (${named.what})` : exact ? exact.what : `it contains ${named.path} (${named.what})${others}`,
            live: exact ? exact.live === true : inside.some((s) => s.live),
        };
    }
}
const verdictsByOptions = new WeakMap();
function verdictsFor(options) {
    let verdicts = verdictsByOptions.get(options);
    if (!verdicts)
        verdictsByOptions.set(options, (verdicts = new Verdicts(options)));
    return verdicts;
}
/** Whether every container that mounts the volume mounts it read-only (undefined when none mounts it). */
function mountedReadOnly(ds, volume) {
    let mounts = 0;
    let readOnly = 0;
    for (const c of ds.containers()) {
        for (const m of asArray(c.container.volumeMounts)) {
            const mount = asObj(m);
            if (mount?.name !== volume.name)
                continue;
            mounts++;
            if (mount.readOnly === true)
                readOnly++;
        }
    }
    return mounts === 0 ? undefined : mounts === readOnly;
}
export default defineRule({
    meta: {
        id: "sensitive-host-path",
        severity: "warning",
        category: "security",
        description: "A hostPath volume exposes a sensitive part of the node: /, /etc, /proc, /sys, /dev, /run, the kubelet's directory, a container runtime socket...",
        rationale: "A hostPath volume hands the container a piece of the node's filesystem, on every node the DaemonSet runs on. Some pieces are the node: " +
            "a container runtime socket gives control of every container and root on the node (a read-only mount does not stop a process from connecting to it), " +
            "the kubelet's directory holds every pod's secrets and tokens, /etc and /root hold credentials, /proc and /sys the kernel's settings. " +
            "Mounting a parent of such a path (/var, /run/containerd) exposes it too. A path below one is left alone (/etc/cni/net.d, /var/log, " +
            "/lib/modules, /etc/kubernetes/secrets-store-csi-providers), except the kubeconfigs (/etc/kubernetes/*.conf, /var/lib/kubelet/kubeconfig, /root/.kube) " +
            "and what is below the directories whose every file matters: /etc/kubernetes/pki, the NRI socket's /run/nri, the systemd journal's sockets in /run/systemd/journal " +
            "(read-only does not protect a socket), /sys/kernel/debug, and, mounted writable only, the kubelet's static pod directory /etc/kubernetes/manifests (a manifest written there runs as a pod), " +
            "the OCI hooks directories and /proc/sys/kernel and /proc/sys/net. Node agents often need one of them (node-exporter reads /, a CSI driver " +
            "writes under /var/lib/kubelet): mount the narrowest path that works, read-only where possible, and record why with a suppression.",
        fix: "mount a narrower path (the one file or directory the agent needs), read-only; if the agent needs it, suppress with a reason",
        options: {
            extraPaths: {
                type: "string[]",
                description: "More node paths to treat as sensitive (a hostPath equal to or containing one is reported).",
            },
            allowedPaths: {
                type: "string[]",
                description: "Glob patterns of hostPath paths never reported by this rule, matched against the normalised path (no trailing or repeated slashes).",
            },
        },
    },
    defaultOptions: { extraPaths: [], allowedPaths: [] },
    check(ds, options, report) {
        const verdicts = verdictsFor(options);
        for (const v of ds.volumes()) {
            const written = asString(asObj(v.volume.hostPath)?.path);
            if (written === undefined || written.trim() === "")
                continue;
            const readOnly = mountedReadOnly(ds, v);
            const found = verdicts.of(normalizeHostPath(written), readOnly);
            if (!found)
                continue;
            report({
                message: `hostPath ${describeVolume(v)} mounts "${written}"${readOnly ? " read-only" : ""} from the node: ${found.exposes}` +
                    (readOnly && found.live ? "; read-only does not stop a process from connecting to a socket or writing to a device" : "") +
                    `; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"`,
                path: [...v.path, "hostPath", "path"],
                fix: "mount only the file or directory the agent needs, read-only; or suppress with a reason",
            });
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a log shipper reading container logs",
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
            - {name: pods, mountPath: /var/log/pods, readOnly: true}
            - {name: containers, mountPath: /var/lib/docker/containers, readOnly: true}
      volumes:
        - name: pods
          hostPath: {path: /var/log/pods}
        - name: containers
          hostPath: {path: /var/lib/docker/containers}
`,
                },
                {
                    name: "a CNI plugin's own directories",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      containers:
        - name: cni
          image: example/cni:1.0
          volumeMounts:
            - {name: cni-conf, mountPath: /host/etc/cni/net.d}
            - {name: xtables-lock, mountPath: /run/xtables.lock}
      volumes:
        - name: cni-conf
          hostPath: {path: /etc/cni/net.d}
        - name: xtables-lock
          hostPath: {path: /run/xtables.lock, type: FileOrCreate}
`,
                },
                {
                    name: "a CSI driver's kubelet directory, allowed by configuration",
                    options: { allowedPaths: ["/var/lib/kubelet"] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-node, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi-node}}
  template:
    metadata: {labels: {app: csi-node}}
    spec:
      containers:
        - name: driver
          image: example/csi:1.0
          volumeMounts:
            - {name: kubelet-dir, mountPath: /var/lib/kubelet}
      volumes:
        - name: kubelet-dir
          hostPath: {path: /var/lib/kubelet/, type: Directory}
`,
                },
                {
                    name: "a tuning agent reading kernel settings and kernel modules, read-only",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: tuner, namespace: kube-system}
spec:
  selector: {matchLabels: {app: tuner}}
  template:
    metadata: {labels: {app: tuner}}
    spec:
      containers:
        - name: tuner
          image: example/tuner:1.0
          volumeMounts:
            - {name: sysctl, mountPath: /host/proc/sys, readOnly: true}
            - {name: modules, mountPath: /lib/modules, readOnly: true}
            - {name: hooks, mountPath: /hooks, readOnly: true}
      volumes:
        - name: sysctl
          hostPath: {path: /proc/sys}
        - name: modules
          hostPath: {path: /lib/modules}
        - name: hooks
          hostPath: {path: /usr/share/containers/oci/hooks.d}
`,
                },
            ],
            invalid: [
                {
                    name: "paths below sensitive directories, and the node's programs",
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
          volumeMounts:
            - {name: pki, mountPath: /pki, readOnly: true}
            - {name: core-pattern, mountPath: /core_pattern}
            - {name: net, mountPath: /host/proc/sys/net}
            - {name: debugfs, mountPath: /sys/kernel/debug, readOnly: true}
            - {name: nri, mountPath: /var/run/nri, readOnly: true}
            - {name: hooks, mountPath: /hooks}
            - {name: usr, mountPath: /host/usr, readOnly: true}
            - {name: lib, mountPath: /host/lib, readOnly: true}
      volumes:
        - name: pki
          hostPath: {path: /etc/kubernetes/pki/}
        - name: core-pattern
          hostPath: {path: /proc/sys/kernel/core_pattern, type: File}
        - name: net
          hostPath: {path: /proc/sys/net}
        - name: debugfs
          hostPath: {path: /sys/kernel/debug}
        - name: nri
          hostPath: {path: /var/run/nri}
        - name: hooks
          hostPath: {path: /etc/containers/oci/hooks.d}
        - name: usr
          hostPath: {path: /usr}
        - name: lib
          hostPath: {path: /lib}
`,
                    findings: [
                        {
                            line: 23,
                            column: 28,
                            endLine: 23,
                            endColumn: 48,
                            message: 'hostPath volume "pki" mounts "/etc/kubernetes/pki/" read-only from the node: on control-plane nodes, the cluster\'s CA and signing keys; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 25,
                            column: 28,
                            endLine: 25,
                            endColumn: 57,
                            message: 'hostPath volume "core-pattern" mounts "/proc/sys/kernel/core_pattern" from the node: it is inside /proc/sys/kernel (the kernel\'s settings, writable: kernel.core_pattern names a program the kernel runs as root on the node); if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 27,
                            column: 28,
                            endLine: 27,
                            endColumn: 41,
                            message: 'hostPath volume "net" mounts "/proc/sys/net" from the node: the network stack\'s settings, writable (the node\'s own with hostNetwork: true); if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 29,
                            column: 28,
                            endLine: 29,
                            endColumn: 45,
                            message: 'hostPath volume "debugfs" mounts "/sys/kernel/debug" read-only from the node: debugfs: kernel memory and tracing controls; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 31,
                            column: 28,
                            endLine: 31,
                            endColumn: 40,
                            message: 'hostPath volume "nri" mounts "/var/run/nri" read-only from the node: the NRI socket: a plugin on it can change every container the runtime creates; read-only does not stop a process from connecting to a socket or writing to a device; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 33,
                            column: 28,
                            endLine: 33,
                            endColumn: 55,
                            message: 'hostPath volume "hooks" mounts "/etc/containers/oci/hooks.d" from the node: the OCI hooks directory: a hook placed there runs as root on the node; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 35,
                            column: 28,
                            endLine: 35,
                            endColumn: 32,
                            message: 'hostPath volume "usr" mounts "/usr" read-only from the node: the node\'s programs and libraries; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 37,
                            column: 28,
                            endLine: 37,
                            endColumn: 32,
                            message: 'hostPath volume "lib" mounts "/lib" read-only from the node: the node\'s libraries and kernel modules; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                    ],
                },
                {
                    name: "a node exporter reading the whole node, read-only",
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
          volumeMounts:
            - {name: root, mountPath: /host/root, readOnly: true}
      volumes:
        - name: root
          hostPath:
            path: /
`,
                    findings: [
                        {
                            line: 17,
                            column: 19,
                            endLine: 17,
                            endColumn: 20,
                            message: 'hostPath volume "root" mounts "/" read-only from the node: the node\'s whole filesystem, with the kubelet\'s credentials, every pod\'s secrets and the container runtime socket; read-only does not stop a process from connecting to a socket or writing to a device; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                    ],
                },
                {
                    name: "a monitoring agent with a runtime socket, a parent of it and the kubelet's pods",
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
          volumeMounts:
            - {name: docker-sock, mountPath: /var/run/docker.sock, readOnly: true}
            - {name: containerd, mountPath: /run/containerd}
            - {name: pods, mountPath: /var/lib/kubelet/pods}
            - {name: etc, mountPath: /host/etc}
      volumes:
        - name: docker-sock
          hostPath: {path: /var/run/docker.sock, type: Socket}
        - name: containerd
          hostPath: {path: //run/containerd/}
        - name: pods
          hostPath: {path: /var/lib/kubelet/pods}
        - name: etc
          hostPath: {path: /etc/}
`,
                    findings: [
                        {
                            line: 19,
                            column: 28,
                            endLine: 19,
                            endColumn: 48,
                            message: 'hostPath volume "docker-sock" mounts "/var/run/docker.sock" read-only from the node: the Docker socket: control of every container on the node, and root on it; read-only does not stop a process from connecting to a socket or writing to a device; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 21,
                            column: 28,
                            endLine: 21,
                            endColumn: 45,
                            message: 'hostPath volume "containerd" mounts "//run/containerd/" from the node: it contains /run/containerd/containerd.sock (the containerd socket: control of every container on the node, and root on it); if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 23,
                            column: 28,
                            endLine: 23,
                            endColumn: 49,
                            message: 'hostPath volume "pods" mounts "/var/lib/kubelet/pods" from the node: every pod\'s volumes, their secrets and service account tokens included; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 25,
                            column: 28,
                            endLine: 25,
                            endColumn: 33,
                            message: 'hostPath volume "etc" mounts "/etc/" from the node: the node\'s configuration, /etc/shadow and the kubelet\'s credentials included; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                    ],
                },
                {
                    name: "an extra sensitive path from the configuration",
                    options: { extraPaths: ["/opt/cni/bin/"] },
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      initContainers:
        - name: install
          image: example/cni:1.0
          volumeMounts:
            - {name: opt, mountPath: /host/opt}
      containers:
        - name: cni
          image: example/cni:1.0
      volumes:
        - name: opt
          hostPath: {path: /opt}
`,
                    findings: [
                        {
                            line: 19,
                            column: 28,
                            endLine: 19,
                            endColumn: 32,
                            message: 'hostPath volume "opt" mounts "/opt" from the node: it contains /opt/cni/bin (a path configured as sensitive); if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                    ],
                },
                {
                    name: "static pods, kubeconfigs and the journal's sockets",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: node-agent}}
  template:
    metadata: {labels: {app: node-agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          volumeMounts:
            - {name: manifests, mountPath: /host/manifests}
            - {name: admin, mountPath: /etc/admin.conf, readOnly: true}
            - {name: kubelet-kubeconfig, mountPath: /etc/kubelet/kubeconfig, readOnly: true}
            - {name: root-kube, mountPath: /root/.kube/config, readOnly: true}
            - {name: journal, mountPath: /run/systemd/journal, readOnly: true}
            - {name: cni, mountPath: /host/etc/kubernetes/cni, readOnly: true}
      volumes:
        - name: manifests
          hostPath: {path: /etc/kubernetes/manifests}
        - name: admin
          hostPath: {path: /etc/kubernetes/admin.conf, type: File}
        - name: kubelet-kubeconfig
          hostPath: {path: /var/lib/kubelet/kubeconfig, type: File}
        - name: root-kube
          hostPath: {path: /root/.kube/config}
        - name: journal
          hostPath: {path: /var/run/systemd/journal}
        - name: cni
          hostPath: {path: /etc/kubernetes/cni}
`,
                    findings: [
                        {
                            line: 21,
                            column: 28,
                            endLine: 21,
                            endColumn: 53,
                            message: 'hostPath volume "manifests" mounts "/etc/kubernetes/manifests" from the node: the kubelet\'s static pod directory, writable: a manifest written there runs as a pod on the node, a privileged one included, control-plane nodes too; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 23,
                            column: 28,
                            endLine: 23,
                            endColumn: 54,
                            message: 'hostPath volume "admin" mounts "/etc/kubernetes/admin.conf" read-only from the node: a kubeconfig with credentials for the cluster: the kubelet\'s, or on control-plane nodes cluster-admin\'s (admin.conf) and the control plane\'s; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 25,
                            column: 28,
                            endLine: 25,
                            endColumn: 55,
                            message: 'hostPath volume "kubelet-kubeconfig" mounts "/var/lib/kubelet/kubeconfig" read-only from the node: the kubelet\'s kubeconfig, with which it acts on the cluster; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 27,
                            column: 28,
                            endLine: 27,
                            endColumn: 46,
                            message: 'hostPath volume "root-kube" mounts "/root/.kube/config" read-only from the node: it is inside /root/.kube (root\'s kubeconfig: credentials for the cluster, often cluster-admin); if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                        {
                            line: 29,
                            column: 28,
                            endLine: 29,
                            endColumn: 52,
                            message: 'hostPath volume "journal" mounts "/var/run/systemd/journal" read-only from the node: the systemd journal\'s sockets: whatever connects writes entries into the node\'s system log; read-only does not stop a process from connecting to a socket or writing to a device; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"',
                        },
                    ],
                },
            ],
        };
    },
});
