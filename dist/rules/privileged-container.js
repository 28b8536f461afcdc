import { defineRule } from "../src/rules/types.js";
import { asArray, asObj, asString, describeContainer } from "../src/rules/view.js";
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
            "Where an agent truly needs it, say so with a suppression and its reason.",
        fix: "remove securityContext.privileged and add only the capabilities the agent needs (securityContext.capabilities.add)",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        for (const c of ds.containers()) {
            const securityContext = c.container.securityContext;
            if (securityContext?.privileged !== true)
                continue;
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
    },
    examples: {
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
        ],
    },
});
