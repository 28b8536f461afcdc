import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "host-ipc",
    severity: "warning",
    category: "security",
    description: "The pod shares the node's IPC namespace (hostIPC: true).",
    rationale:
      "With hostIPC a container can read and write the System V shared memory segments, semaphores and message queues of every process on the node, " +
      "other pods' included, and see what is in the node's /dev/shm. Very few node agents need it (some GPU and MPI tooling does). " +
      "Where it is needed, record why with a suppression.",
    fix: "remove hostIPC: true, or suppress with a reason (annotation ignore-check.dslint.io/host-ipc)",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    if (ds.podSpec.hostIPC !== true) return;
    report({
      message:
        "the pod shares the node's IPC namespace: it can read and write the shared memory and message queues of every process on the node" +
        '; if the agent needs it, suppress with a reason: ignore-check.dslint.io/host-ipc: "<reason>"',
      path: [...POD_SPEC_PATH, "hostIPC"],
      fix: "remove hostIPC: true; or suppress with a reason",
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "hostIPC explicitly off",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostIPC: false
      containers:
        - name: agent
          image: example/agent:1.0
`,
        },
        {
          name: "a device plugin that does not share IPC",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: gpu-plugin, namespace: kube-system}
spec:
  selector: {matchLabels: {app: gpu-plugin}}
  template:
    metadata: {labels: {app: gpu-plugin}}
    spec:
      containers:
        - name: plugin
          image: example/gpu-plugin:1.0
          volumeMounts:
            - {name: device-plugins, mountPath: /var/lib/kubelet/device-plugins}
      volumes:
        - name: device-plugins
          hostPath: {path: /var/lib/kubelet/device-plugins}
`,
        },
      ],
      invalid: [
        {
          name: "a monitoring agent sharing the node's IPC namespace",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostPID: true
      hostIPC: true
      containers:
        - name: agent
          image: example/agent:1.0
`,
          findings: [
            {
              line: 10,
              column: 16,
              endLine: 10,
              endColumn: 20,
              message: 'the pod shares the node\'s IPC namespace: it can read and write the shared memory and message queues of every process on the node; if the agent needs it, suppress with a reason: ignore-check.dslint.io/host-ipc: "<reason>"',
            },
          ],
        },
      ],
    };
  },
});
