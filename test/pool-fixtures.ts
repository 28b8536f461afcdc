/**
 * A small cluster in two pools where a critical daemon pod has to preempt:
 * in pool `batch`, three nodes full of priority-0 pods (the pod runs by
 * evicting one of them on each) and one free node; in pool `system`, one
 * node full of pods as important as the daemon pod (it stays pending:
 * preemption does not help) and one node tainted for GPUs (excluded).
 */
import { nodesFromObjects, podsFromObjects, type InventoryNode, type PodInventory } from "../src/simulate/inventory.js";
import { daemonSet } from "./helpers.js";

type Obj = Record<string, unknown>;

function node(name: string, role: string, taints: Obj[] = []): Obj {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: { "kubernetes.io/os": "linux", [`node-role.kubernetes.io/${role}`]: "" } },
    spec: taints.length > 0 ? { taints } : {},
    status: { allocatable: { cpu: "1", memory: "4Gi", pods: "110" } },
  };
}

function pod(name: string, nodeName: string, priority: number): Obj {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "batch" },
    spec: { nodeName, priority, containers: [{ name: "c", image: "x", resources: { requests: { cpu: "800m" } } }] },
    status: { phase: "Running" },
  };
}

export interface PreemptionCluster {
  nodes: readonly InventoryNode[];
  pods: PodInventory;
  daemonSet: Record<string, unknown>;
}

export function preemptionCluster(): PreemptionCluster {
  const nodes = nodesFromObjects([
    node("busy-1", "batch"),
    node("busy-2", "batch"),
    node("busy-3", "batch"),
    node("idle-1", "batch"),
    node("important-1", "system"),
    node("gpu-1", "system", [{ key: "nvidia.com/gpu", value: "present", effect: "NoSchedule" }]),
  ]).nodes;
  const pods = podsFromObjects([pod("job-1", "busy-1", 0), pod("job-2", "busy-2", 0), pod("job-3", "busy-3", 0), pod("etcd", "important-1", 2000001000)]);
  const agent = daemonSet(
    { priorityClassName: "system-node-critical", containers: [{ name: "agent", image: "example.com/agent:1.0", resources: { requests: { cpu: "500m" } } }] },
    { name: "critical-agent" },
  );
  return { nodes, pods, daemonSet: agent };
}
