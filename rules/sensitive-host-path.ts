import { hostPathMatchesAny, normalizeHostPath } from "../src/k8s/hostpath.js";
import { defineRule } from "../src/rules/types.js";
import { asArray, asObj, asString, describeVolume, type DaemonSetView, type VolumeRef } from "../src/rules/view.js";

interface SensitivePath {
  path: string;
  what: string;
  /** Holds sockets or devices, which a read-only mount does not protect. */
  live?: true;
}

const RUNTIME_SOCKETS: ReadonlyArray<[string, string]> = [
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
const BASE: readonly SensitivePath[] = [
  { path: "/", what: "the node's whole filesystem, with the kubelet's credentials, every pod's secrets and the container runtime socket", live: true },
  ...RUNTIME_SOCKETS.map(([path, runtime]): SensitivePath => ({ path, what: `the ${runtime} socket: control of every container on the node, and root on it`, live: true })),
  { path: "/var/lib/kubelet", what: "the kubelet's state: every pod's secrets and service account tokens, and the kubelet's certificates" },
  { path: "/var/lib/kubelet/pods", what: "every pod's volumes, their secrets and service account tokens included" },
  { path: "/var/lib/kubelet/pki", what: "the kubelet's client certificate and key" },
  { path: "/etc/kubernetes", what: "the kubelet's kubeconfig and, on control-plane nodes, the cluster's certificates" },
  { path: "/etc", what: "the node's configuration, /etc/shadow and the kubelet's credentials included" },
  { path: "/root", what: "root's home directory (SSH keys, cloud credentials)" },
  { path: "/home", what: "the users' home directories (SSH keys, credentials)" },
  { path: "/proc", what: "every process of the node and the kernel's settings (/proc/sys)" },
  { path: "/sys", what: "the kernel's, cgroups' and devices' settings" },
  { path: "/dev", what: "every device of the node, its disks included", live: true },
  { path: "/boot", what: "the node's kernel and boot loader" },
  { path: "/run", what: "the node's runtime state, the container runtime sockets included", live: true },
  { path: "/var/lib/docker", what: "the images and writable layers of every Docker container on the node" },
  { path: "/var/lib/containerd", what: "the images and writable layers of every containerd container on the node" },
];

/** The list with `/var/run/...` next to every `/run/...` entry: on most distributions one is a symlink to the other. */
function withVarRun(entries: readonly SensitivePath[]): SensitivePath[] {
  return entries.flatMap((e) => (e.path === "/run" || e.path.startsWith("/run/") ? [e, { ...e, path: `/var${e.path}` }] : [e]));
}

const DEFAULT_SENSITIVE = withVarRun(BASE);

function contains(parent: string, child: string): boolean {
  return parent === "/" ? child !== "/" : child.startsWith(`${parent}/`);
}

/** Whether every container that mounts the volume mounts it read-only (undefined when none mounts it). */
function mountedReadOnly(ds: DaemonSetView, volume: VolumeRef): boolean | undefined {
  let mounts = 0;
  let readOnly = 0;
  for (const c of ds.containers()) {
    for (const m of asArray(c.container.volumeMounts)) {
      const mount = asObj(m);
      if (mount?.name !== volume.name) continue;
      mounts++;
      if (mount.readOnly === true) readOnly++;
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
    rationale:
      "A hostPath volume hands the container a piece of the node's filesystem, on every node the DaemonSet runs on. Some pieces are the node: " +
      "a container runtime socket gives control of every container and root on the node (a read-only mount does not stop a process from connecting to it), " +
      "the kubelet's directory holds every pod's secrets and tokens, /etc and /root hold credentials, /proc and /sys the kernel's settings. " +
      "Mounting a parent of such a path (/var, /run/containerd) exposes it too. Node agents often need one of them (node-exporter reads /, a CSI driver " +
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
  defaultOptions: { extraPaths: [] as readonly string[], allowedPaths: [] as readonly string[] },
  check(ds, options, report) {
    const allowed = options.allowedPaths.map(normalizeHostPath);
    const sensitive = [...DEFAULT_SENSITIVE, ...options.extraPaths.map((p): SensitivePath => ({ path: normalizeHostPath(p), what: "a path configured as sensitive" }))];
    for (const v of ds.volumes()) {
      const written = asString(asObj(v.volume.hostPath)?.path);
      if (written === undefined || written.trim() === "") continue;
      const path = normalizeHostPath(written);
      if (hostPathMatchesAny(path, allowed)) continue;
      const exact = sensitive.find((s) => s.path === path);
      const inside = exact ? [] : sensitive.filter((s) => contains(path, s.path));
      const named = exact ?? inside[0];
      if (!named) continue;
      const readOnly = mountedReadOnly(ds, v);
      const live = exact ? exact.live : inside.some((s) => s.live);
      const others = inside.length > 1 ? ` and ${inside.length - 1} other sensitive path${inside.length > 2 ? "s" : ""}` : "";
      const exposes = exact ? exact.what : `it contains ${named.path} (${named.what})${others}`;
      report({
        message:
          `hostPath ${describeVolume(v)} mounts "${written}"${readOnly ? " read-only" : ""} from the node: ${exposes}` +
          (readOnly && live ? "; read-only does not stop a process from connecting to a socket or writing to a device" : "") +
          `; if the agent needs it, suppress with a reason: ignore-check.dslint.io/sensitive-host-path: "<reason>"`,
        path: [...v.path, "hostPath", "path"],
        fix: "mount only the file or directory the agent needs, read-only; or suppress with a reason",
      });
    }
  },
  examples: {
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
    ],
    invalid: [
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
    ],
  },
});
