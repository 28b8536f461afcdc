/**
 * Generates a synthetic but realistic node inventory, shaped like
 * `kubectl get nodes -o json` output (`{"apiVersion":"v1","kind":"List","items":[...]}`):
 * zones, control-plane nodes with their taint, instance types with kubelet
 * reservations taken off allocatable, tainted GPU pools with `nvidia.com/gpu`,
 * spot and arm64 pools, Windows nodes, and a few cordoned, NotReady,
 * unreachable, memory-pressured and uninitialised nodes carrying the taints the
 * node lifecycle controller and the cloud provider put on them.
 *
 * Deterministic for a given seed.
 *
 *   node dist/scripts/generate-inventory.js --nodes 5000 [--seed 1] [--provider kubeadm|eks] [--output nodes.json] [--compact]
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface InventoryOptions {
  nodes: number;
  seed?: number;
  region?: string;
  /**
   * `kubeadm` (default): control-plane nodes, and workers with a `node-pool`
   * label of the cluster's own. `eks`: managed node groups, as EKS labels
   * them (`eks.amazonaws.com/nodegroup`, `eks.amazonaws.com/capacityType`),
   * and no control-plane node, which EKS does not show.
   */
  provider?: Provider;
}

export type Provider = "kubeadm" | "eks";
const PROVIDERS: readonly Provider[] = ["kubeadm", "eks"];

interface InstanceType {
  name: string;
  cpu: number;
  /** GiB as sold. */
  memoryGi: number;
  arch: "amd64" | "arm64";
  maxPods: number;
  gpus?: number;
  gpuProduct?: string;
}

interface Pool {
  name: string;
  /** Share of the worker nodes. */
  weight: number;
  instanceTypes: InstanceType[];
  os: "linux" | "windows";
  capacityType: "on-demand" | "spot";
  labels?: Record<string, string>;
  taints?: Taint[];
}

interface Taint {
  key: string;
  value?: string;
  effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
  timeAdded?: string;
}

const M6I_XLARGE: InstanceType = { name: "m6i.xlarge", cpu: 4, memoryGi: 16, arch: "amd64", maxPods: 58 };
const M6I_2XLARGE: InstanceType = { name: "m6i.2xlarge", cpu: 8, memoryGi: 32, arch: "amd64", maxPods: 58 };
const M6I_4XLARGE: InstanceType = { name: "m6i.4xlarge", cpu: 16, memoryGi: 64, arch: "amd64", maxPods: 110 };
const C6I_4XLARGE: InstanceType = { name: "c6i.4xlarge", cpu: 16, memoryGi: 32, arch: "amd64", maxPods: 110 };
const R6I_4XLARGE: InstanceType = { name: "r6i.4xlarge", cpu: 16, memoryGi: 128, arch: "amd64", maxPods: 110 };
const M7G_2XLARGE: InstanceType = { name: "m7g.2xlarge", cpu: 8, memoryGi: 32, arch: "arm64", maxPods: 58 };
const G5_2XLARGE: InstanceType = { name: "g5.2xlarge", cpu: 8, memoryGi: 32, arch: "amd64", maxPods: 58, gpus: 1, gpuProduct: "NVIDIA-A10G" };
const P4D_24XLARGE: InstanceType = { name: "p4d.24xlarge", cpu: 96, memoryGi: 1152, arch: "amd64", maxPods: 110, gpus: 8, gpuProduct: "NVIDIA-A100-SXM4-40GB" };
const M5_2XLARGE: InstanceType = { name: "m5.2xlarge", cpu: 8, memoryGi: 32, arch: "amd64", maxPods: 58 };

const CONTROL_PLANE_TYPE = M6I_2XLARGE;

const WORKER_POOLS: Pool[] = [
  { name: "general", weight: 55, instanceTypes: [M6I_XLARGE, M6I_2XLARGE, M6I_4XLARGE], os: "linux", capacityType: "on-demand" },
  { name: "compute", weight: 10, instanceTypes: [C6I_4XLARGE], os: "linux", capacityType: "on-demand" },
  { name: "memory", weight: 6, instanceTypes: [R6I_4XLARGE], os: "linux", capacityType: "on-demand" },
  {
    name: "spot",
    weight: 14,
    instanceTypes: [M6I_2XLARGE, C6I_4XLARGE, M6I_4XLARGE],
    os: "linux",
    capacityType: "spot",
    taints: [{ key: "example.com/spot", value: "true", effect: "PreferNoSchedule" }],
  },
  { name: "arm", weight: 6, instanceTypes: [M7G_2XLARGE], os: "linux", capacityType: "on-demand" },
  {
    name: "gpu",
    weight: 5,
    instanceTypes: [G5_2XLARGE, G5_2XLARGE, G5_2XLARGE, P4D_24XLARGE],
    os: "linux",
    capacityType: "on-demand",
    labels: { "nvidia.com/gpu.present": "true" },
    taints: [{ key: "nvidia.com/gpu", value: "present", effect: "NoSchedule" }],
  },
  {
    name: "windows",
    weight: 4,
    instanceTypes: [M5_2XLARGE],
    os: "windows",
    capacityType: "on-demand",
    taints: [{ key: "os", value: "windows", effect: "NoSchedule" }],
  },
];

type Health = "ready" | "cordoned" | "not-ready" | "unreachable" | "memory-pressure" | "uninitialized";

// Rough shares of unhealthy nodes in a large fleet at any moment.
const HEALTH_SHARES: [Health, number][] = [
  ["cordoned", 0.01],
  ["not-ready", 0.005],
  ["unreachable", 0.005],
  ["memory-pressure", 0.003],
  ["uninitialized", 0.002],
];

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function pickWeighted(next: () => number, pools: readonly Pool[]): Pool {
  const total = pools.reduce((sum, pool) => sum + pool.weight, 0);
  let at = next() * total;
  for (const pool of pools) {
    at -= pool.weight;
    if (at < 0) return pool;
  }
  return pools[pools.length - 1]!;
}

function hex(next: () => number, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += Math.floor(next() * 16).toString(16);
  return out;
}

/**
 * Capacity and allocatable as the kubelet reports them: memory capacity a bit
 * under the nominal size, and allocatable minus kube-reserved (the EKS
 * formulas: cpu by core count, memory 255Mi + 11Mi per pod) and the 100Mi
 * hard eviction threshold.
 */
function resources(type: InstanceType): { capacity: Record<string, string>; allocatable: Record<string, string> } {
  const memoryKi = Math.floor(type.memoryGi * 1024 * 1024 * 0.985);
  let reservedCpuMilli = 60;
  if (type.cpu > 1) reservedCpuMilli += 10;
  if (type.cpu > 2) reservedCpuMilli += 5 * Math.min(type.cpu - 2, 2);
  if (type.cpu > 4) reservedCpuMilli += Math.round(2.5 * (type.cpu - 4));
  const reservedMemoryKi = (255 + 11 * type.maxPods + 100) * 1024;
  const diskKi = 104_845_292;
  const capacity: Record<string, string> = {
    cpu: String(type.cpu),
    "ephemeral-storage": `${diskKi}Ki`,
    "hugepages-1Gi": "0",
    "hugepages-2Mi": "0",
    memory: `${memoryKi}Ki`,
    pods: String(type.maxPods),
  };
  const allocatable: Record<string, string> = {
    cpu: `${type.cpu * 1000 - reservedCpuMilli}m`,
    "ephemeral-storage": String(Math.floor(diskKi * 1024 * 0.9)),
    "hugepages-1Gi": "0",
    "hugepages-2Mi": "0",
    memory: `${memoryKi - reservedMemoryKi}Ki`,
    pods: String(type.maxPods),
  };
  if (type.gpus) {
    capacity["nvidia.com/gpu"] = String(type.gpus);
    allocatable["nvidia.com/gpu"] = String(type.gpus);
  }
  return { capacity, allocatable };
}

function condition(type: string, status: string, reason: string, message: string, time: string): Record<string, string> {
  return { lastHeartbeatTime: time, lastTransitionTime: time, message, reason, status, type };
}

function conditions(health: Health, time: string): Record<string, string>[] {
  const memoryPressure = health === "memory-pressure";
  const readyStatus = health === "not-ready" ? "False" : health === "unreachable" ? "Unknown" : "True";
  const readyReason = readyStatus === "True" ? "KubeletReady" : readyStatus === "False" ? "KubeletNotReady" : "NodeStatusUnknown";
  const readyMessage =
    readyStatus === "True"
      ? "kubelet is posting ready status"
      : readyStatus === "False"
        ? "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady"
        : "Kubelet stopped posting node status.";
  return [
    condition("MemoryPressure", memoryPressure ? "True" : "False", memoryPressure ? "KubeletHasInsufficientMemory" : "KubeletHasSufficientMemory", memoryPressure ? "kubelet has insufficient memory available" : "kubelet has sufficient memory available", time),
    condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", time),
    condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", time),
    condition("Ready", readyStatus, readyReason, readyMessage, time),
  ];
}

/**
 * The taints that come with a health state: the node lifecycle controller's
 * NoSchedule (by condition) and NoExecute taints for NotReady and unreachable
 * nodes, `unschedulable` for cordoned ones, the cloud provider's
 * `uninitialized` taint on nodes it has not initialised yet.
 */
function healthTaints(health: Health, time: string): Taint[] {
  switch (health) {
    case "cordoned":
      return [{ key: "node.kubernetes.io/unschedulable", effect: "NoSchedule", timeAdded: time }];
    case "not-ready":
      return [
        { key: "node.kubernetes.io/not-ready", effect: "NoSchedule", timeAdded: time },
        { key: "node.kubernetes.io/not-ready", effect: "NoExecute", timeAdded: time },
      ];
    case "unreachable":
      return [
        { key: "node.kubernetes.io/unreachable", effect: "NoSchedule", timeAdded: time },
        { key: "node.kubernetes.io/unreachable", effect: "NoExecute", timeAdded: time },
      ];
    case "memory-pressure":
      return [{ key: "node.kubernetes.io/memory-pressure", effect: "NoSchedule", timeAdded: time }];
    case "uninitialized":
      return [{ key: "node.cloudprovider.kubernetes.io/uninitialized", value: "true", effect: "NoSchedule" }];
    default:
      return [];
  }
}

function healthOf(next: () => number): Health {
  let at = next();
  for (const [health, share] of HEALTH_SHARES) {
    at -= share;
    if (at < 0) return health;
  }
  return "ready";
}

function node(index: number, controlPlane: boolean, next: () => number, region: string, zones: readonly string[], provider: Provider): Record<string, unknown> {
  const pool = controlPlane ? undefined : pickWeighted(next, WORKER_POOLS);
  const type = controlPlane ? CONTROL_PLANE_TYPE : pick(next, pool!.instanceTypes);
  const zone = controlPlane ? zones[index % zones.length]! : pick(next, zones);
  const ip = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  const name = `ip-${ip.replaceAll(".", "-")}.${region}.compute.internal`;
  const os = pool?.os ?? "linux";
  const created = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 300 * 86_400_000)).toISOString().replace(/\.\d{3}Z$/, "Z");
  const health = controlPlane ? "ready" : healthOf(next);
  const labels: Record<string, string> = {
    "beta.kubernetes.io/arch": type.arch,
    "beta.kubernetes.io/instance-type": type.name,
    "beta.kubernetes.io/os": os,
    "failure-domain.beta.kubernetes.io/region": region,
    "failure-domain.beta.kubernetes.io/zone": zone,
    "kubernetes.io/arch": type.arch,
    "kubernetes.io/hostname": name,
    "kubernetes.io/os": os,
    "node.kubernetes.io/instance-type": type.name,
    "topology.kubernetes.io/region": region,
    "topology.kubernetes.io/zone": zone,
  };
  if (controlPlane) {
    labels["node-role.kubernetes.io/control-plane"] = "";
    labels["node.kubernetes.io/exclude-from-external-load-balancers"] = "";
  } else if (provider === "eks") {
    // docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html
    labels["eks.amazonaws.com/nodegroup"] = pool!.name;
    labels["eks.amazonaws.com/capacityType"] = pool!.capacityType === "spot" ? "SPOT" : "ON_DEMAND";
    Object.assign(labels, pool!.labels);
  } else {
    labels["node-pool"] = pool!.name;
    labels["node.kubernetes.io/capacity-type"] = pool!.capacityType;
    labels["node-role.kubernetes.io/worker"] = "";
    Object.assign(labels, pool!.labels);
    if (type.gpuProduct) {
      labels["nvidia.com/gpu.product"] = type.gpuProduct;
      labels["nvidia.com/gpu.count"] = String(type.gpus);
    }
  }
  const taints: Taint[] = controlPlane ? [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] : [...(pool!.taints ?? [])];
  taints.push(...healthTaints(health, created));
  const spec: Record<string, unknown> = {
    podCIDR: `100.${64 + ((index >> 8) & 63)}.${index & 255}.0/24`,
    podCIDRs: [`100.${64 + ((index >> 8) & 63)}.${index & 255}.0/24`],
    providerID: `aws:///${zone}/i-0${hex(next, 16)}`,
  };
  if (taints.length > 0) spec.taints = taints;
  if (health === "cordoned") spec.unschedulable = true;
  const { capacity, allocatable } = resources(type);
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      annotations: {
        "alpha.kubernetes.io/provided-node-ip": ip,
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true",
      },
      creationTimestamp: created,
      // Go serialises maps with sorted keys.
      labels: Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      name,
      resourceVersion: String(1_000_000 + Math.floor(next() * 9_000_000)),
      uid: `${hex(next, 8)}-${hex(next, 4)}-4${hex(next, 3)}-a${hex(next, 3)}-${hex(next, 12)}`,
    },
    spec,
    status: {
      addresses: [
        { address: ip, type: "InternalIP" },
        { address: name, type: "InternalDNS" },
        { address: name, type: "Hostname" },
      ],
      allocatable,
      capacity,
      conditions: conditions(health, created),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: type.arch,
        bootID: `${hex(next, 8)}-${hex(next, 4)}-${hex(next, 4)}-${hex(next, 4)}-${hex(next, 12)}`,
        containerRuntimeVersion: os === "windows" ? "containerd://1.7.20" : "containerd://1.7.22",
        kernelVersion: os === "windows" ? "10.0.20348.2849" : `6.1.112-124.190.amzn2023.${type.arch === "arm64" ? "aarch64" : "x86_64"}`,
        kubeProxyVersion: "",
        kubeletVersion: "v1.31.2",
        machineID: hex(next, 32),
        operatingSystem: os,
        osImage: os === "windows" ? "Windows Server 2022 Datacenter" : "Amazon Linux 2023.6.20241111",
        systemUUID: `ec2${hex(next, 5)}-${hex(next, 4)}-${hex(next, 4)}-${hex(next, 4)}-${hex(next, 12)}`,
      },
    },
  };
}

/** A `kubectl get nodes -o json` style List of `options.nodes` nodes. */
export function generateInventory(options: InventoryOptions): { apiVersion: "v1"; kind: "List"; items: Record<string, unknown>[]; metadata: { resourceVersion: string } } {
  const count = Math.max(0, Math.floor(options.nodes));
  const next = random(options.seed ?? 1);
  const region = options.region ?? "eu-west-1";
  const zones = ["a", "b", "c"].map((suffix) => `${region}${suffix}`);
  const provider = options.provider ?? "kubeadm";
  const controlPlanes = provider === "eks" ? 0 : count >= 1000 ? 5 : count >= 3 ? 3 : count;
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) items.push(node(i, i < controlPlanes, next, region, zones, provider));
  return { apiVersion: "v1", kind: "List", items, metadata: { resourceVersion: "" } };
}

function usage(): string {
  return "usage: generate-inventory [--nodes N | N] [--seed S] [--provider kubeadm|eks] [--output FILE] [--compact]";
}

function main(argv: readonly string[]): number {
  let nodes = 100;
  let seed = 1;
  let output: string | undefined;
  let compact = false;
  let provider: Provider = "kubeadm";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--nodes" || arg === "-n") nodes = Number(value());
    else if (arg === "--seed") seed = Number(value());
    else if (arg === "--output" || arg === "-o") output = value();
    else if (arg === "--compact") compact = true;
    else if (arg === "--provider") {
      const name = value();
      if (!PROVIDERS.includes(name as Provider)) throw new Error(`--provider takes ${PROVIDERS.join(" or ")}, got ${name}`);
      provider = name as Provider;
    }
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${usage()}\n`);
      return 0;
    } else if (/^[0-9]+$/.test(arg)) nodes = Number(arg);
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(nodes) || nodes < 0) throw new Error("the node count must be a non-negative integer");
  if (!Number.isFinite(seed)) throw new Error("the seed must be a number");
  // kubectl indents JSON output with four spaces.
  const json = `${JSON.stringify(generateInventory({ nodes, seed, provider }), null, compact ? undefined : 4)}\n`;
  if (output === undefined) process.stdout.write(json);
  else writeFileSync(output, json);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate-inventory: ${(error as Error).message}\n${usage()}\n`);
    process.exitCode = 2;
  }
}
