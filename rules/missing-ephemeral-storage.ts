import { setField, type FixProposal } from "../src/fix/edits.js";
import { podRequests } from "../src/k8s/podresources.js";
import { isSystemPriorityClass } from "../src/k8s/priority.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asArray, asObj, asString, describeContainer, type ContainerRef, type Obj } from "../src/rules/view.js";

const RESOURCE = "ephemeral-storage";

/**
 * An emptyDir on the node's disk: no medium, or the default "". Its usage
 * counts toward the pod's ephemeral storage; a Memory (tmpfs) or HugePages
 * emptyDir counts toward memory instead.
 */
function diskEmptyDir(volume: Obj): Obj | undefined {
  const emptyDir = asObj(volume.emptyDir);
  if (!emptyDir) return undefined;
  const medium = emptyDir.medium;
  return medium === undefined || medium === null || medium === "" ? emptyDir : undefined;
}

/** The container's mounts of disk-backed emptyDirs that it may write to, in order. */
function writableDiskMounts(c: ContainerRef, emptyDirs: ReadonlyMap<string, Obj>): { index: number; name: string; emptyDir: Obj }[] {
  const found: { index: number; name: string; emptyDir: Obj }[] = [];
  asArray(c.container.volumeMounts).forEach((item, index) => {
    const mount = asObj(item);
    const name = asString(mount?.name);
    const emptyDir = name === undefined ? undefined : emptyDirs.get(name);
    if (mount && name !== undefined && emptyDir && mount.readOnly !== true) found.push({ index, name, emptyDir });
  });
  return found;
}

function isPlainInit(c: ContainerRef): boolean {
  return c.kind === "initContainers" && !c.sidecar;
}

/** Reserving the emptyDir's sizeLimit is the one request that follows from the manifest itself. */
function sizeLimitSuggestion(c: ContainerRef, emptyDir: Obj, name: string): { suggestions?: FixProposal[] } {
  const sizeLimit = emptyDir.sizeLimit;
  if (typeof sizeLimit !== "string" && typeof sizeLimit !== "number") return {};
  return {
    suggestions: [setField(`Request the sizeLimit of emptyDir "${name}" (${sizeLimit}) as ephemeral storage`, [...c.path, "resources", "requests", RESOURCE], sizeLimit)],
  };
}

export default defineRule({
  meta: {
    id: "missing-ephemeral-storage",
    severity: "info",
    category: "reliability",
    description: "A container writes to an emptyDir on the node's disk, but no container of the pod requests ephemeral-storage.",
    rationale:
      "A disk-backed emptyDir (a log shipper's buffer, a position database, a spool) counts toward the pod's ephemeral storage, with the containers' writable layers and logs. " +
      "When the node runs short of disk, the kubelet evicts first the pods that use more ephemeral storage than they request (pkg/kubelet/eviction/helpers.go rankDiskPressureFunc: " +
      "exceeding requests comes before priority), and with no request any use is more: the agent that buffers the node's logs is among the first pods evicted, exactly when the disk fills, " +
      "and the scheduler reserves no disk for it either. The containers' logs and writable layers count too, but every container has them; an emptyDir is where an agent's " +
      "use of the node's disk grows. Info, not a warning: dslint cannot tell a buffer that grows from a directory of a few files. " +
      "One finding per pod, at the first container that writes. A limit alone also counts as the request (the API server copies it). " +
      "Left alone: a pod that requests ephemeral-storage in any container; emptyDirs with medium Memory (they count toward memory) and mounts with readOnly: true; " +
      "hostPath volumes, which the kubelet neither measures nor evicts for; the containers' writable layers, which every container has (read-only-root-filesystem covers them); " +
      "and pods with priorityClassName system-node-critical or system-cluster-critical, which the kubelet does not evict for node pressure (pkg/kubelet/eviction/eviction_manager.go, IsCriticalPod).",
    fix: "set resources.requests.ephemeral-storage on the container that writes, to what its buffer may hold (the emptyDir's sizeLimit when it has one)",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    const priorityClass = asString(ds.podSpec.priorityClassName);
    if (priorityClass !== undefined && isSystemPriorityClass(priorityClass)) return;
    const emptyDirs = new Map<string, Obj>();
    for (const v of ds.volumes()) {
      const emptyDir = diskEmptyDir(v.volume);
      if (emptyDir) emptyDirs.set(v.name, emptyDir);
    }
    if (emptyDirs.size === 0) return;
    // The pod's request as the scheduler and the eviction ranking add it up (SetDefaults_Pod applied).
    if ((podRequests(ds.podSpec, { defaultRequestsFromLimits: true }).get(RESOURCE) ?? 0) > 0) return;
    // One finding for the pod, at the first writer: app containers and sidecars, which run for the pod's life, before plain init containers.
    const writers = ds
      .containers()
      .filter((c) => c.kind !== "ephemeralContainers")
      .map((c) => ({ c, mounts: writableDiskMounts(c, emptyDirs) }))
      .filter((w) => w.mounts.length > 0)
      .sort((a, b) => Number(isPlainInit(a.c)) - Number(isPlainInit(b.c)));
    const writer = writers[0];
    if (!writer) return;
    const { c, mounts } = writer;
    const quoted = mounts.map((m) => `"${m.name}"`);
    const names = quoted.length === 1 ? `emptyDir ${quoted[0]}` : `emptyDirs ${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
    const others = writers.length > 1 ? ` (as ${writers.length - 1} other container${writers.length > 2 ? "s do" : " does"})` : "";
    report({
      message:
        `${describeContainer(c)} writes to ${names} on the node's disk${others}, but no container of the pod requests ephemeral-storage: ` +
        "when the node runs short of disk the kubelet evicts this pod before those within their requests, and the scheduler reserves no disk for it",
      path: [...c.path, "volumeMounts", mounts[0]!.index],
      fix: `set resources.requests.ephemeral-storage on ${describeContainer(c)} to what the pod may write there`,
      ...sizeLimitSuggestion(c, mounts[0]!.emptyDir, mounts[0]!.name),
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a log shipper that requests the disk its buffer uses",
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
          image: fluent/fluent-bit:3.0.7
          resources:
            requests: {cpu: 50m, memory: 64Mi}
            limits: {memory: 128Mi, ephemeral-storage: 2Gi}
          volumeMounts:
            - {name: buffer, mountPath: /buffer}
            - {name: varlog, mountPath: /var/log, readOnly: true}
      volumes:
        - name: buffer
          emptyDir: {sizeLimit: 2Gi}
        - name: varlog
          hostPath: {path: /var/log}
`,
        },
        {
          name: "a tmpfs scratch directory, a read-only mount and a critical agent",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-proxy, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-proxy}}
  template:
    metadata: {labels: {k8s-app: kube-proxy}}
    spec:
      priorityClassName: system-node-critical
      initContainers:
        - name: seed
          image: example/seed:1.0
          volumeMounts:
            - {name: state, mountPath: /state}
      containers:
        - name: kube-proxy
          image: registry.k8s.io/kube-proxy:v1.30.2
          volumeMounts:
            - {name: scratch, mountPath: /scratch}
            - {name: state, mountPath: /state, readOnly: true}
      volumes:
        - name: scratch
          emptyDir: {medium: Memory}
        - name: state
          emptyDir: {}
`,
        },
      ],
      invalid: [
        {
          name: "a log shipper buffering to disk with no ephemeral-storage request",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: vector, namespace: logging}
spec:
  selector: {matchLabels: {app: vector}}
  template:
    metadata: {labels: {app: vector}}
    spec:
      containers:
        - name: vector
          image: timberio/vector:0.39.0-distroless-libc
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 512Mi}
          volumeMounts:
            - {name: varlog, mountPath: /var/log, readOnly: true}
            - {name: data, mountPath: /vector-data-dir}
            - {name: tmp, mountPath: /tmp}
        - name: exporter
          image: example/exporter:1.0
          volumeMounts:
            - {name: data, mountPath: /data, readOnly: true}
      initContainers:
        - name: init-data
          image: example/init:1.0
          volumeMounts:
            - {name: data, mountPath: /data}
      volumes:
        - name: varlog
          hostPath: {path: /var/log}
        - name: data
          emptyDir: {sizeLimit: 1Gi}
        - name: tmp
          emptyDir: {medium: ""}
`,
          findings: [
            {
              line: 17,
              column: 15,
              endLine: 17,
              endColumn: 56,
              message:
                'container "vector" writes to emptyDirs "data" and "tmp" on the node\'s disk (as 1 other container does), but no container of the pod requests ephemeral-storage: when the node runs short of disk the kubelet evicts this pod before those within their requests, and the scheduler reserves no disk for it',
            },
          ],
        },
      ],
    };
  },
});
