import { defineRule } from "../src/rules/types.js";
import { asArray, asObj, asString, describeContainer, hostProcessSource, POD_SPEC_PATH } from "../src/rules/view.js";
/**
 * The first volumeMount with Bidirectional propagation: the API server allows
 * it only in a privileged container (validateMountPropagation in
 * pkg/apis/core/validation/validation.go), so dropping privileged is not an option.
 */
function bidirectionalMount(c) {
    const mounts = asArray(c.container.volumeMounts);
    for (let index = 0; index < mounts.length; index++) {
        const mount = asObj(mounts[index]);
        if (asString(mount?.mountPropagation) === "Bidirectional")
            return { index, name: asString(mount?.name) ?? "" };
    }
    return undefined;
}
/** The account a HostProcess container runs as: its own runAsUserName, else the pod's. */
function windowsUser(podSecurityContext, c) {
    const user = (sc) => asString(asObj(asObj(sc)?.windowsOptions)?.runAsUserName);
    return user(c.container.securityContext) ?? user(podSecurityContext);
}
/** The account in messages: SYSTEM, as HostProcess agents run, unless runAsUserName names another. */
function account(user) {
    return user === undefined || /^(nt authority\\)?system$/i.test(user) ? "SYSTEM" : `"${user}"`;
}
const HOST_ACCESS = "on the node with the host's network, filesystem and devices, without isolation";
const HOST_PROCESS_FIX = "run the agent as a normal Windows container if it can; otherwise set windowsOptions.runAsUserName to a narrower account (NT AUTHORITY\\LOCAL SERVICE) and suppress with a reason";
export default defineRule({
    meta: {
        id: "privileged-container",
        severity: "error",
        category: "security",
        description: "A container runs privileged: root on the node, with every device and capability.",
        rationale: "A privileged container can load kernel modules, read every device and escape to the node at will; in a DaemonSet that is every node of the cluster. " +
            "Most node agents need one or two capabilities (NET_ADMIN for a CNI plugin, SYS_ADMIN to mount filesystems), not all of them. " +
            "A container with a mountPropagation: Bidirectional volumeMount (typical of CSI node plugins, which publish volumes to the kubelet) is still reported, " +
            "but not told to drop privileged: the API server accepts Bidirectional propagation only in privileged containers. " +
            "If the agent only needs to see mounts the node makes, not create them, HostToContainer propagation works without privileged. " +
            "Windows HostProcess containers (windowsOptions.hostProcess: true, on the container or inherited from the pod) are the Windows equivalent and are reported too: " +
            "they run as processes on the node, usually as SYSTEM, with the host's network, filesystem and devices. " +
            "Rules about a narrower privilege of the same container (run-as-root, read-only-root-filesystem, dangerous-capabilities, net-raw-capability, " +
            "privilege-escalation, missing-seccomp-profile) skip privileged and HostProcess containers, so each is reported once, here. " +
            "Where an agent truly needs it, say so with a suppression and its reason.",
        fix: "remove securityContext.privileged and add only the capabilities the agent needs (securityContext.capabilities.add)",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        const podSecurityContext = ds.podSpec.securityContext;
        const inheritingHostProcess = [];
        for (const c of ds.containers()) {
            const securityContext = c.container.securityContext;
            if (securityContext?.privileged !== true) {
                const hostProcess = hostProcessSource(ds.podSpec, c.container);
                if (hostProcess === "container") {
                    report({
                        message: `${describeContainer(c)} is a Windows HostProcess container: it runs as ${account(windowsUser(podSecurityContext, c))} ${HOST_ACCESS}`,
                        path: [...c.path, "securityContext", "windowsOptions", "hostProcess"],
                        fix: HOST_PROCESS_FIX,
                    });
                }
                else if (hostProcess === "pod")
                    inheritingHostProcess.push(c);
                continue;
            }
            const message = `${describeContainer(c)} is privileged: it has full root access to every node the DaemonSet runs on`;
            const path = [...c.path, "securityContext", "privileged"];
            const bidirectional = bidirectionalMount(c);
            if (bidirectional) {
                report({
                    message: `${message}; it needs privileged for the Bidirectional mount propagation of volumeMounts[${bidirectional.index}] (volume "${bidirectional.name}"), ` +
                        "as CSI node plugins do: if it only needs to see the node's mounts, not create them, use mountPropagation: HostToContainer and drop privileged, otherwise suppress with a reason",
                    path,
                    fix: "keep privileged (Bidirectional mount propagation requires it) and suppress with a reason; or, if the agent only needs to see the node's mounts, switch to mountPropagation: HostToContainer and drop privileged",
                });
                continue;
            }
            report({
                message,
                path,
                fix: "set privileged: false and add only the needed capabilities; if the agent really needs it, suppress with a reason",
            });
        }
        if (inheritingHostProcess.length === 0)
            return;
        // One finding at the pod's field rather than one per container: they all inherit it from there.
        const podPath = [...POD_SPEC_PATH, "securityContext", "windowsOptions", "hostProcess"];
        const accounts = [...new Set(inheritingHostProcess.map((c) => account(windowsUser(podSecurityContext, c))))];
        const one = inheritingHostProcess.length === 1;
        const who = !one && inheritingHostProcess.length === ds.containers().length
            ? "every container is a Windows HostProcess container"
            : `${inheritingHostProcess.map(describeContainer).join(", ")} ${one ? "is a Windows HostProcess container" : "are Windows HostProcess containers"}`;
        report({
            message: `the pod sets windowsOptions.hostProcess: true, so ${who}: ${one ? "it runs" : "they run"} as ${accounts.join(" or ")} ${HOST_ACCESS}`,
            path: podPath,
            fix: HOST_PROCESS_FIX,
        });
    },
    get examples() {
        return {
            valid: [
                {
                    name: "capabilities instead of privileged",
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
          securityContext:
            privileged: false
            capabilities: {add: [NET_ADMIN]}
`,
                },
                {
                    name: "HostToContainer propagation without privileged",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: mount-watcher, namespace: kube-system}
spec:
  selector: {matchLabels: {app: mount-watcher}}
  template:
    metadata: {labels: {app: mount-watcher}}
    spec:
      containers:
        - name: watcher
          image: example/watcher:1.0
          volumeMounts:
            - {name: kubelet, mountPath: /var/lib/kubelet, mountPropagation: HostToContainer, readOnly: true}
      volumes:
        - name: kubelet
          hostPath: {path: /var/lib/kubelet, type: Directory}
`,
                },
                {
                    name: "a Windows agent as a normal container",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: win-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: win-exporter}}
  template:
    metadata: {labels: {app: win-exporter}}
    spec:
      nodeSelector: {kubernetes.io/os: windows}
      securityContext:
        windowsOptions: {hostProcess: false, runAsUserName: ContainerUser}
      containers:
        - name: exporter
          image: example/windows-exporter:1.0
`,
                },
            ],
            invalid: [
                {
                    name: "a privileged init container and a privileged agent",
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
          securityContext: {privileged: true}
      containers:
        - name: driver
          image: example/csi:1.0
          securityContext:
            privileged: true
`,
                    findings: [
                        {
                            line: 12,
                            column: 41,
                            endLine: 12,
                            endColumn: 45,
                            message: 'init container "setup" is privileged: it has full root access to every node the DaemonSet runs on',
                        },
                        {
                            line: 17,
                            column: 25,
                            endLine: 17,
                            endColumn: 29,
                            message: 'container "driver" is privileged: it has full root access to every node the DaemonSet runs on',
                        },
                    ],
                },
                {
                    name: "a CSI node plugin that needs privileged for Bidirectional mount propagation",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ebs-csi-node, namespace: kube-system}
spec:
  selector: {matchLabels: {app: ebs-csi-node}}
  template:
    metadata: {labels: {app: ebs-csi-node}}
    spec:
      containers:
        - name: ebs-plugin
          image: public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.32.0
          securityContext:
            privileged: true
          volumeMounts:
            - {name: plugin-dir, mountPath: /csi}
            - {name: kubelet-dir, mountPath: /var/lib/kubelet, mountPropagation: Bidirectional}
      volumes:
        - name: plugin-dir
          hostPath: {path: /var/lib/kubelet/plugins/ebs.csi.aws.com/, type: DirectoryOrCreate}
        - name: kubelet-dir
          hostPath: {path: /var/lib/kubelet, type: Directory}
`,
                    findings: [
                        {
                            line: 13,
                            column: 25,
                            endLine: 13,
                            endColumn: 29,
                            message: 'container "ebs-plugin" is privileged: it has full root access to every node the DaemonSet runs on; it needs privileged for the Bidirectional mount propagation of volumeMounts[1] (volume "kubelet-dir"), ' +
                                "as CSI node plugins do: if it only needs to see the node's mounts, not create them, use mountPropagation: HostToContainer and drop privileged, otherwise suppress with a reason",
                        },
                    ],
                },
                {
                    name: "a Windows CNI agent whose containers inherit hostProcess from the pod",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: antrea-agent-windows, namespace: kube-system}
spec:
  selector: {matchLabels: {app: antrea}}
  template:
    metadata: {labels: {app: antrea}}
    spec:
      hostNetwork: true
      nodeSelector: {kubernetes.io/os: windows}
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: NT AUTHORITY\\SYSTEM
      initContainers:
        - name: install
          image: example/antrea-windows:1.0
      containers:
        - name: agent
          image: example/antrea-windows:1.0
        - name: ovs
          image: example/antrea-windows:1.0
`,
                    findings: [
                        {
                            line: 13,
                            column: 24,
                            endLine: 13,
                            endColumn: 28,
                            message: "the pod sets windowsOptions.hostProcess: true, so every container is a Windows HostProcess container: they run as SYSTEM on the node with the host's network, filesystem and devices, without isolation",
                        },
                    ],
                },
                {
                    name: "a HostProcess container set on the container, as a local service account",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: win-agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: win-agent}}
  template:
    metadata: {labels: {app: win-agent}}
    spec:
      hostNetwork: true
      nodeSelector: {kubernetes.io/os: windows}
      containers:
        - name: agent
          image: example/windows-agent:1.0
          securityContext:
            windowsOptions: {hostProcess: true, runAsUserName: NT AUTHORITY\\LOCAL SERVICE}
`,
                    findings: [
                        {
                            line: 15,
                            column: 43,
                            endLine: 15,
                            endColumn: 47,
                            message: 'container "agent" is a Windows HostProcess container: it runs as "NT AUTHORITY\\LOCAL SERVICE" on the node with the host\'s network, filesystem and devices, without isolation',
                        },
                    ],
                },
            ],
        };
    },
});
