import { defineRule } from "../src/rules/types.js";
import { describeContainer } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "privileged-container",
    severity: "error",
    category: "security",
    description: "A container runs privileged: root on the node, with every device and capability.",
    rationale:
      "A privileged container can load kernel modules, read every device and escape to the node at will; in a DaemonSet that is every node of the cluster. " +
      "Most node agents need one or two capabilities (NET_ADMIN for a CNI plugin, SYS_ADMIN for mount propagation in a CSI driver), not all of them. " +
      "Where an agent truly needs it, say so with a suppression and its reason.",
    fix: "remove securityContext.privileged and add only the capabilities the agent needs (securityContext.capabilities.add)",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    for (const c of ds.containers()) {
      const securityContext = c.container.securityContext as { privileged?: unknown } | undefined;
      if (securityContext?.privileged !== true) continue;
      report({
        message: `${describeContainer(c)} is privileged: it has full root access to every node the DaemonSet runs on`,
        path: [...c.path, "securityContext", "privileged"],
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
    ],
  },
});
