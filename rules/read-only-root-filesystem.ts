import { setField } from "../src/fix/edits.js";
import { windowsOnly } from "../src/k8s/os.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asObj, describeContainer } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "read-only-root-filesystem",
    severity: "warning",
    category: "security",
    description: "A container's root filesystem is writable (readOnlyRootFilesystem is not true).",
    rationale:
      "A writable root filesystem lets an intruder drop tools and binaries into the container and change its configuration, and lets the agent itself " +
      "fill the node's disk through the container's writable layer. A node agent's state belongs in volumes (an emptyDir for scratch files, " +
      "a hostPath for what must survive the pod), so its image can stay read-only. Init containers that install files onto the node write to " +
      "their hostPath mounts, not to their own root filesystem. Privileged containers are not reported: they can remount the root filesystem " +
      "read-write, and privileged-container reports them once; a read-only root is a narrower hardening of the same container.",
    fix: "set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the process writes (/tmp, caches)",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    // Windows containers cannot have a read-only root filesystem; the API forbids the field on Windows pods.
    if (windowsOnly(ds.podSpec)) return;
    for (const c of ds.containers()) {
      // A privileged container can remount its root filesystem read-write (it has CAP_SYS_ADMIN); privileged-container reports it.
      if (ds.privileged(c)) continue;
      const value = asObj(c.container.securityContext)?.readOnlyRootFilesystem;
      if (value === true) continue;
      report({
        message:
          value === false
            ? `${describeContainer(c)} sets readOnlyRootFilesystem: false: anything running in it can change its files`
            : `${describeContainer(c)} does not set readOnlyRootFilesystem: true: anything running in it can change its files`,
        path: [...c.path, "securityContext", "readOnlyRootFilesystem"],
        fix: "set securityContext.readOnlyRootFilesystem: true; mount an emptyDir where the process needs to write",
        suggestions: [setField("Set readOnlyRootFilesystem: true", [...c.path, "securityContext", "readOnlyRootFilesystem"], true)],
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a log shipper writing its buffer to an emptyDir",
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
          securityContext: {readOnlyRootFilesystem: true}
          volumeMounts:
            - {name: buffer, mountPath: /buffers}
      volumes:
        - name: buffer
          emptyDir: {}
`,
        },
        {
          name: "a CNI installer writing only to its hostPath",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      initContainers:
        - name: install-cni
          image: example/cni:1.0
          securityContext:
            readOnlyRootFilesystem: true
          volumeMounts:
            - {name: cni-bin, mountPath: /host/opt/cni/bin}
      containers:
        - name: agent
          image: example/cni:1.0
          securityContext:
            readOnlyRootFilesystem: true
      volumes:
        - name: cni-bin
          hostPath: {path: /opt/cni/bin}
`,
        },
        {
          name: "a privileged CSI node plugin (reported by privileged-container instead)",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi}}
  template:
    metadata: {labels: {app: csi}}
    spec:
      containers:
        - name: node
          image: example/csi:1.0
          securityContext:
            privileged: true
            capabilities: {add: [SYS_ADMIN]}
`,
        },
      ],
      invalid: [
        {
          name: "unset on the agent, false on its sidecar",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: shipper, namespace: logging}
spec:
  selector: {matchLabels: {app: shipper}}
  template:
    metadata: {labels: {app: shipper}}
    spec:
      initContainers:
        - name: reloader
          image: example/reloader:1.0
          restartPolicy: Always
          securityContext:
            readOnlyRootFilesystem: false
      containers:
        - name: shipper
          image: fluent/fluent-bit:3.0
`,
          findings: [
            {
              line: 14,
              column: 37,
              endLine: 14,
              endColumn: 42,
              message: 'sidecar container "reloader" sets readOnlyRootFilesystem: false: anything running in it can change its files',
            },
            {
              line: 16,
              column: 11,
              endLine: 16,
              endColumn: 24,
              message: 'container "shipper" does not set readOnlyRootFilesystem: true: anything running in it can change its files',
            },
          ],
        },
      ],
    };
  },
});
