/**
 * Whether the pod only runs on Windows nodes, where the Linux security fields
 * (runAsUser, capabilities, seccomp, readOnlyRootFilesystem,
 * allowPrivilegeEscalation) do not exist: the API forbids them with
 * `os.name: windows` (validateWindows in pkg/apis/core/validation/validation.go)
 * and Windows nodes ignore them otherwise. True for:
 * - `os.name: windows`, which the kubelet admits only on a Windows node
 *   (pkg/kubelet/lifecycle/predicate.go rejects a pod whose OS differs from the node's);
 * - a `windowsOptions.hostProcess: true` pod security context: host process
 *   containers exist only on Windows (HostProcess containers, KEP-1981);
 * - a nodeSelector or required node affinity that keeps the pod off Linux
 *   nodes by their OS label (`kubernetes.io/os`, set by the kubelet).
 *   Terms that match no node at all say nothing about the OS and do not count.
 */
export declare function windowsOnly(podSpec: Record<string, unknown>): boolean;
