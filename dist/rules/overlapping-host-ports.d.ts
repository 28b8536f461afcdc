import type { Anchor } from "../src/finding.js";
import { type HostPort } from "../src/k8s/podresources.js";
interface Fact {
    name: string;
    namespace?: string;
    /** The fields of the pod spec that choose its nodes, as written (facts are plain data): nodeSelector, affinity.nodeAffinity, nodeName. */
    selection: Record<string, unknown>;
    ports: Array<{
        hostPort: HostPort;
        at: Anchor;
    }>;
}
declare const _default: import("../src/rules/types.js").Rule<{
    acrossFiles: boolean;
}, Fact>;
export default _default;
