import { setField } from "../src/fix/edits.js";
import { windowsOnly } from "../src/k8s/os.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asObj, capabilityEntries, describeContainer } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "privilege-escalation",
    severity: "warning",
    category: "security",
    description: "A container does not set allowPrivilegeEscalation: false, so its processes can gain privileges (setuid binaries, file capabilities).",
    rationale:
      "Unless allowPrivilegeEscalation is false, the kubelet does not set no_new_privs: a process in the container can gain more privileges than its parent " +
      "through setuid binaries or file capabilities, which turns a foothold as an unprivileged user into root. Leaving it unset means true. " +
      "It is always true for a privileged container or one that adds CAP_SYS_ADMIN (the API server rejects false for those). " +
      "Privileged containers are left to privileged-container: escalation is a narrower privilege than the one they already have. " +
      "Node agents almost never rely on setuid; set it to false on every container, init containers included.",
    fix: "set securityContext.allowPrivilegeEscalation: false on every container",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    // Windows has no no_new_privs; the API forbids the field on Windows pods.
    if (windowsOnly(ds.podSpec)) return;
    for (const c of ds.containers()) {
      const sc = asObj(c.container.securityContext) ?? {};
      if (sc.allowPrivilegeEscalation === false) continue;
      const path = [...c.path, "securityContext", "allowPrivilegeEscalation"];
      // Escalation is always allowed when privileged or with CAP_SYS_ADMIN (SecurityContext.AllowPrivilegeEscalation
      // in core/v1 types.go); ValidateSecurityContext rejects false together with either.
      // privileged-container already reports a privileged container; its escalation is part of that one mistake.
      if (ds.privileged(c)) continue;
      if (capabilityEntries(c, "add").some((e) => e.name === "SYS_ADMIN")) {
        report({
          message: `${describeContainer(c)} can always escalate privileges because it adds SYS_ADMIN, which allowPrivilegeEscalation: false does not take away`,
          path,
          fix: "replace SYS_ADMIN with narrower capabilities, then set allowPrivilegeEscalation: false",
        });
        continue;
      }
      report({
        message:
          sc.allowPrivilegeEscalation === true
            ? `${describeContainer(c)} sets allowPrivilegeEscalation: true: its processes can gain privileges through setuid binaries`
            : `${describeContainer(c)} does not set allowPrivilegeEscalation: false (unset means true): its processes can gain privileges through setuid binaries`,
        path,
        fix: "set securityContext.allowPrivilegeEscalation: false",
        suggestions: [setField("Set allowPrivilegeEscalation: false", path, false)],
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a log shipper and its init container",
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
          securityContext: {allowPrivilegeEscalation: false}
      containers:
        - name: shipper
          image: fluent/fluent-bit:3.0
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
`,
        },
        {
          name: "a Windows pod, where the field does not exist",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: win-agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: win-agent}}
  template:
    metadata: {labels: {app: win-agent}}
    spec:
      os: {name: windows}
      containers:
        - name: agent
          image: example/windows-agent:1.0
`,
        },
        {
          name: "a Windows HostProcess container (reported by privileged-container instead)",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: win-agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: win-agent}}
  template:
    metadata: {labels: {app: win-agent}}
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: example/windows-agent:1.0
          securityContext:
            windowsOptions: {hostProcess: true}
`,
        },
      ],
      invalid: [
        {
          name: "unset on the agent, true on its init container",
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
          securityContext:
            allowPrivilegeEscalation: true
      containers:
        - name: shipper
          image: fluent/fluent-bit:3.0
          securityContext:
            readOnlyRootFilesystem: true
`,
          findings: [
            {
              line: 13,
              column: 39,
              endLine: 13,
              endColumn: 43,
              message: 'init container "config" sets allowPrivilegeEscalation: true: its processes can gain privileges through setuid binaries',
            },
            {
              line: 17,
              column: 11,
              endLine: 17,
              endColumn: 26,
              message: 'container "shipper" does not set allowPrivilegeEscalation: false (unset means true): its processes can gain privileges through setuid binaries',
            },
          ],
        },
        {
          name: "a CSI driver with SYS_ADMIN (its privileged node plugin is privileged-container's finding)",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi}}
  template:
    metadata: {labels: {app: csi}}
    spec:
      containers:
        - name: mounter
          image: example/csi:1.0
          securityContext:
            capabilities: {add: [CAP_SYS_ADMIN]}
        - name: node
          image: example/csi:1.0
          securityContext: {privileged: true}
`,
          findings: [
            {
              line: 12,
              column: 11,
              endLine: 12,
              endColumn: 26,
              message: 'container "mounter" can always escalate privileges because it adds SYS_ADMIN, which allowPrivilegeEscalation: false does not take away',
            },
          ],
        },
      ],
    };
  },
});
