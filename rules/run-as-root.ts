import { windowsOnly } from "../src/k8s/os.js";
import type { Path } from "../src/path.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asObj, describeContainer, POD_SPEC_PATH, type ContainerRef, type Obj } from "../src/rules/view.js";

function securityContextOf(c: ContainerRef): Obj {
  return asObj(c.container.securityContext) ?? {};
}

const FIX = "set securityContext.runAsNonRoot: true (and a non-zero runAsUser) on the pod; build the image with a non-root USER";

export default defineRule({
  meta: {
    id: "run-as-root",
    severity: "warning",
    category: "security",
    description: "A container may run as root: neither runAsNonRoot: true nor a non-zero runAsUser applies to it, or runAsUser is 0.",
    rationale:
      "A container without runAsNonRoot: true runs as the image's user, which is root for most images. Root in a container is root on the node's kernel: " +
      "a writable hostPath, a runtime socket or a kernel bug turns it into root on every node the DaemonSet runs on. " +
      "Most node agents (exporters, log shippers reading world-readable logs, device plugins) work as a non-root user; " +
      "runAsNonRoot: true makes the kubelet refuse to start the container as root. Pods in a user namespace (hostUsers: false) are not reported: " +
      "their root is an unprivileged user on the node. Privileged containers are not reported: privileged-container reports them once, " +
      "and running as root is a narrower privilege than the one they already have.",
    fix: FIX,
  },
  defaultOptions: {},
  check(ds, _options, report) {
    if (windowsOnly(ds.podSpec)) return;
    // KEP-127: in a user namespace, UID 0 maps to an unprivileged host UID (Pod Security exempts these pods from 1.35).
    if (ds.podSpec.hostUsers === false) return;
    const podSc = asObj(ds.podSpec.securityContext) ?? {};
    const podScPath: Path = [...POD_SPEC_PATH, "securityContext"];
    const podUser = typeof podSc.runAsUser === "number" ? podSc.runAsUser : undefined;
    const podNonRoot = typeof podSc.runAsNonRoot === "boolean" ? podSc.runAsNonRoot : undefined;

    const rootByPodUser: ContainerRef[] = [];
    const rootByPodFalse: ContainerRef[] = [];
    const unset: ContainerRef[] = [];
    const containers = ds.containers();
    for (const c of containers) {
      // Root in a privileged container is the least of its privileges; privileged-container reports it.
      if (ds.privileged(c)) continue;
      const sc = securityContextOf(c);
      const ownUser = typeof sc.runAsUser === "number" ? sc.runAsUser : undefined;
      const ownNonRoot = typeof sc.runAsNonRoot === "boolean" ? sc.runAsNonRoot : undefined;
      // The container's own setting wins over the pod's (securitycontext.DetermineEffectiveSecurityContext).
      const user = ownUser ?? podUser;
      const nonRoot = ownNonRoot ?? podNonRoot;
      if (user === 0) {
        if (ownUser === 0) {
          report({
            message: `${describeContainer(c)} sets runAsUser: 0: it runs as root, which is root on the node's kernel`,
            path: [...c.path, "securityContext", "runAsUser"],
            fix: "run as a non-zero user ID and set runAsNonRoot: true",
          });
        } else rootByPodUser.push(c);
        continue;
      }
      if (user !== undefined || nonRoot === true) continue;
      if (ownNonRoot === false) {
        report({
          message: `${describeContainer(c)} sets runAsNonRoot: false and no runAsUser: it runs as the image's user, root for most images`,
          path: [...c.path, "securityContext", "runAsNonRoot"],
          fix: FIX,
        });
      } else if (nonRoot === false) rootByPodFalse.push(c);
      else unset.push(c);
    }

    const run = (refs: ContainerRef[]): string => (refs.length === 1 ? `${describeContainer(refs[0]!)} runs` : `${refs.map(describeContainer).join(", ")} run`);
    if (rootByPodUser.length > 0) {
      report({
        message: `the pod sets runAsUser: 0, so ${rootByPodUser.length === containers.length ? "every container runs" : run(rootByPodUser)} as root, which is root on the node's kernel`,
        path: [...podScPath, "runAsUser"],
        fix: "run as a non-zero user ID and set runAsNonRoot: true",
      });
    }
    if (rootByPodFalse.length > 0) {
      report({
        message: `the pod sets runAsNonRoot: false and no runAsUser: ${rootByPodFalse.length === containers.length ? "every container runs" : run(rootByPodFalse)} as the image's user, root for most images`,
        path: [...podScPath, "runAsNonRoot"],
        fix: FIX,
      });
    }
    if (unset.length === 0) return;
    if (unset.length === containers.length && podNonRoot === undefined) {
      // One finding for the pod rather than one per container: the fix is one line in the pod's securityContext.
      report({
        message: `neither the pod nor its containers set runAsNonRoot: true or a non-zero runAsUser: ${unset.length === 1 ? `${describeContainer(unset[0]!)} runs` : "the containers run"} as the image's user, root for most images`,
        path: [...podScPath, "runAsNonRoot"],
        fix: FIX,
      });
      return;
    }
    for (const c of unset) {
      report({
        message: `${describeContainer(c)} sets neither runAsNonRoot: true nor a non-zero runAsUser, and the pod does not either: it runs as the image's user, root for most images`,
        path: [...c.path, "securityContext", "runAsNonRoot"],
        fix: FIX,
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a node exporter running as nobody",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      securityContext: {runAsNonRoot: true, runAsUser: 65534}
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
`,
        },
        {
          name: "each container with its own non-root user",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: shipper, namespace: logging}
spec:
  selector: {matchLabels: {app: shipper}}
  template:
    metadata: {labels: {app: shipper}}
    spec:
      initContainers:
        - name: config
          image: example/config:1.0
          securityContext: {runAsUser: 1000}
      containers:
        - name: shipper
          image: example/shipper:1.0
          securityContext: {runAsNonRoot: true}
`,
        },
        {
          name: "a Windows node agent (runAsUser does not exist there)",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: win-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: win-exporter}}
  template:
    metadata: {labels: {app: win-exporter}}
    spec:
      nodeSelector: {kubernetes.io/os: windows}
      containers:
        - name: exporter
          image: example/windows-exporter:1.0
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
          name: "a log shipper with no user settings at all",
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
`,
          findings: [
            {
              line: 8,
              column: 5,
              endLine: 8,
              endColumn: 9,
              message: 'neither the pod nor its containers set runAsNonRoot: true or a non-zero runAsUser: container "shipper" runs as the image\'s user, root for most images',
            },
          ],
        },
        {
          name: "an explicit root user on a CNI installer, and a sidecar left unset",
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
            runAsUser: 0
      containers:
        - name: agent
          image: example/cni:1.0
          securityContext: {runAsNonRoot: true}
        - name: metrics
          image: example/metrics:1.0
`,
          findings: [
            {
              line: 13,
              column: 24,
              endLine: 13,
              endColumn: 25,
              message: 'init container "install-cni" sets runAsUser: 0: it runs as root, which is root on the node\'s kernel',
            },
            {
              line: 18,
              column: 11,
              endLine: 18,
              endColumn: 24,
              message: 'container "metrics" sets neither runAsNonRoot: true nor a non-zero runAsUser, and the pod does not either: it runs as the image\'s user, root for most images',
            },
          ],
        },
        {
          name: "root set for the whole pod",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      securityContext:
        runAsUser: 0
      containers:
        - name: agent
          image: example/agent:1.0
`,
          findings: [
            {
              line: 10,
              column: 20,
              endLine: 10,
              endColumn: 21,
              message: "the pod sets runAsUser: 0, so every container runs as root, which is root on the node's kernel",
            },
          ],
        },
      ],
    };
  },
});
