import { setField } from "../src/fix/edits.js";
import { SECCOMP_CONTAINER_ANNOTATION_PREFIX, SECCOMP_POD_ANNOTATION, seccompAnnotationType } from "../src/k8s/annotations.js";
import { windowsOnly } from "../src/k8s/os.js";
import { defineRule } from "../src/rules/types.js";
import { asObj, asString, describeContainer, POD_SPEC_PATH } from "../src/rules/view.js";
/** The seccomp profile a security context sets, or the deprecated annotation standing in for it. */
function profileOf(securityContext, scPath, annotation, annotationsPath) {
    const profile = asObj(securityContext?.seccompProfile);
    if (profile) {
        const type = asString(profile.type);
        if (type === "RuntimeDefault" || type === "Localhost")
            return { kind: "confined" };
        if (type === "Unconfined")
            return { kind: "unconfined", path: [...scPath, "seccompProfile", "type"], written: "seccompProfile.type: Unconfined" };
        // An unknown or missing type is an API error reported by validation; it confines nothing.
        return { kind: "unset" };
    }
    // Pods created from a template still carry these annotations, and the API server copies them into the
    // fields when the fields are unset (applySeccompVersionSkew in pkg/api/pod/util.go).
    const type = annotation.value === undefined ? undefined : seccompAnnotationType(annotation.value);
    if (type === "RuntimeDefault" || type === "Localhost")
        return { kind: "confined" };
    if (type === "Unconfined")
        return { kind: "unconfined", path: [...annotationsPath, annotation.key], written: `annotation ${annotation.key}: unconfined` };
    return { kind: "unset" };
}
export default defineRule({
    meta: {
        id: "missing-seccomp-profile",
        severity: "warning",
        category: "security",
        description: "A container runs without a seccomp profile: none is set for the pod or the container, or Unconfined is set.",
        rationale: "Unless the kubelet runs with --seccomp-default, a container without a seccomp profile may make every system call, including the rarely used ones " +
            "behind most container escapes and kernel exploits. The runtime's default profile (RuntimeDefault) blocks those and almost never breaks an agent; " +
            "a Localhost profile can be tighter. Setting it once in the pod's securityContext covers every container. Privileged containers are not reported: " +
            "the runtime does not apply seccomp to them at all, and privileged-container reports them: seccomp is a narrower hardening of the same container.",
        fix: "set spec.template.spec.securityContext.seccompProfile.type: RuntimeDefault",
    },
    defaultOptions: {},
    check(ds, _options, report) {
        // Seccomp is Linux-only; the API forbids seccompProfile on Windows pods.
        if (windowsOnly(ds.podSpec))
            return;
        const annotationsPath = ["spec", "template", "metadata", "annotations"];
        const annotations = ds.templateAnnotations;
        const podScPath = [...POD_SPEC_PATH, "securityContext"];
        const pod = profileOf(asObj(ds.podSpec.securityContext), podScPath, { key: SECCOMP_POD_ANNOTATION, value: annotations[SECCOMP_POD_ANNOTATION] }, annotationsPath);
        // A privileged container runs unconfined whatever the profile (containerd and CRI-O skip seccomp for it).
        const confinable = ds.containers().filter((c) => !ds.privileged(c));
        const inheriting = [];
        const unset = [];
        for (const c of confinable) {
            const key = SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name;
            const own = profileOf(asObj(c.container.securityContext), [...c.path, "securityContext"], { key, value: annotations[key] }, annotationsPath);
            if (own.kind === "unconfined") {
                report({
                    message: `${describeContainer(c)} sets ${own.written}: it may make any system call, including those behind most container escapes`,
                    path: own.path,
                    fix: "use RuntimeDefault, or a Localhost profile that allows what the agent needs",
                });
            }
            else if (own.kind === "unset") {
                if (pod.kind === "unset")
                    unset.push(c);
                else if (pod.kind === "unconfined")
                    inheriting.push(c);
            }
        }
        if (pod.kind === "unconfined" && inheriting.length > 0) {
            report({
                message: `the pod sets ${pod.written}: ${inheriting.length === confinable.length ? "its containers" : inheriting.map(describeContainer).join(", ")} may make any system call, including those behind most container escapes`,
                path: pod.path,
                fix: "use RuntimeDefault, or a Localhost profile that allows what the agent needs",
            });
        }
        if (unset.length === 0)
            return;
        if (unset.length === confinable.length) {
            // One finding for the pod rather than one per container: one line in the pod's securityContext fixes it.
            report({
                message: `no seccomp profile is set for the pod or its containers: ${unset.length === 1 ? `${describeContainer(unset[0])} runs` : "the containers run"} unconfined unless the kubelet uses --seccomp-default`,
                path: [...podScPath, "seccompProfile"],
                fix: "set spec.template.spec.securityContext.seccompProfile.type: RuntimeDefault",
                suggestions: [setField("Set the pod's seccompProfile to RuntimeDefault", [...podScPath, "seccompProfile"], { type: "RuntimeDefault" })],
            });
            return;
        }
        for (const c of unset) {
            report({
                message: `${describeContainer(c)} has no seccomp profile and the pod sets none: it runs unconfined unless the kubelet uses --seccomp-default`,
                path: [...c.path, "securityContext", "seccompProfile"],
                fix: "set seccompProfile.type: RuntimeDefault in the pod's securityContext (it covers every container)",
            });
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "RuntimeDefault for the whole pod",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      securityContext:
        seccompProfile: {type: RuntimeDefault}
      initContainers:
        - name: setup
          image: example/setup:1.0
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
`,
                },
                {
                    name: "a security monitor with its own Localhost profile next to a RuntimeDefault container",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: monitor, namespace: security}
spec:
  selector: {matchLabels: {app: monitor}}
  template:
    metadata: {labels: {app: monitor}}
    spec:
      containers:
        - name: monitor
          image: example/monitor:1.0
          securityContext:
            seccompProfile: {type: Localhost, localhostProfile: profiles/monitor.json}
        - name: exporter
          image: example/exporter:1.0
          securityContext:
            seccompProfile: {type: RuntimeDefault}
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
                    name: "a log shipper with no profile at all",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: shipper, namespace: logging}
spec:
  selector: {matchLabels: {app: shipper}}
  template:
    metadata: {labels: {app: shipper}}
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: shipper
          image: fluent/fluent-bit:3.0
`,
                    findings: [
                        {
                            line: 9,
                            column: 7,
                            endLine: 9,
                            endColumn: 22,
                            message: 'no seccomp profile is set for the pod or its containers: container "shipper" runs unconfined unless the kubelet uses --seccomp-default',
                        },
                    ],
                },
                {
                    name: "Unconfined on one container, nothing on another",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      containers:
        - name: agent
          image: example/cni:1.0
          securityContext:
            seccompProfile:
              type: Unconfined
        - name: metrics
          image: example/metrics:1.0
`,
                    findings: [
                        {
                            line: 14,
                            column: 21,
                            endLine: 14,
                            endColumn: 31,
                            message: 'container "agent" sets seccompProfile.type: Unconfined: it may make any system call, including those behind most container escapes',
                        },
                        {
                            line: 15,
                            column: 11,
                            endLine: 15,
                            endColumn: 24,
                            message: 'container "metrics" has no seccomp profile and the pod sets none: it runs unconfined unless the kubelet uses --seccomp-default',
                        },
                    ],
                },
                {
                    name: "Unconfined for the pod",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      securityContext:
        seccompProfile: {type: Unconfined}
      containers:
        - name: agent
          image: example/agent:1.0
`,
                    findings: [
                        {
                            line: 10,
                            column: 32,
                            endLine: 10,
                            endColumn: 42,
                            message: "the pod sets seccompProfile.type: Unconfined: its containers may make any system call, including those behind most container escapes",
                        },
                    ],
                },
            ],
        };
    },
});
