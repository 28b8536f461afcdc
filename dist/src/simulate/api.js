import { nodesFromObjects, podsFromObjects } from "./inventory.js";
import { simulate as simulateOnInventory } from "./simulate.js";
/**
 * The programmatic simulation: a DaemonSet and plain Node objects (as
 * `kubectl get nodes -o json` items, or whole `List`/`NodeList` objects), and
 * optionally the pods already bound to them. Returns the per-node placement
 * with reasons, exactly as `dslint simulate --format json` prints it per
 * DaemonSet. Objects that are not usable Nodes are left out; use
 * `nodesFromObjects` to see why.
 */
export function simulate(daemonSet, nodes, options = {}) {
    const inventory = nodesFromObjects(nodes);
    const pods = options.pods ? podsFromObjects(options.pods).pods : undefined;
    return simulateOnInventory(daemonSet, inventory.nodes, pods ? { pods } : {});
}
