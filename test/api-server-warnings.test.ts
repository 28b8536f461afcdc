/** The pod template warnings of pkg/api/pod/warnings.go, one case per warning, and what changes with the version. */
import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { podTemplateWarnings } from "../src/k8s/pod-warnings.js";
import type { Obj } from "../src/values.js";
import { onlyRule } from "./helpers.js";

const warn = (spec: Obj, annotations: Obj = {}, version = "1.36") =>
  podTemplateWarnings({ metadata: { annotations }, spec }, version).map((w) => w.message);

const C = (extra: Obj = {}) => ({ name: "c", image: "busybox", ...extra });

describe("pod template warnings", () => {
  it.each([
    ["deprecated node label", { nodeSelector: { "beta.kubernetes.io/arch": "amd64" }, containers: [C()] }, {}, ['spec.template.spec.nodeSelector[beta.kubernetes.io/arch]: deprecated since v1.14; use "kubernetes.io/arch" instead']],
    [
      "deprecated label in preferred affinity",
      { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: "failure-domain.beta.kubernetes.io/region", operator: "Exists" }] } }] } }, containers: [C()] },
      {},
      ['spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].key: failure-domain.beta.kubernetes.io/region is deprecated since v1.17; use "topology.kubernetes.io/region" instead'],
    ],
    [
      "topology key and null selector",
      { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "failure-domain.beta.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule" }], containers: [C()] },
      {},
      [
        'spec.template.spec.topologySpreadConstraints[0].topologyKey: failure-domain.beta.kubernetes.io/zone is deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
        "spec.template.spec.topologySpreadConstraints[0].labelSelector: a null labelSelector results in matching no pod",
      ],
    ],
    ["sysctl annotation", { containers: [C()] }, { "security.alpha.kubernetes.io/sysctls": "x=1" }, ['spec.template.metadata.annotations[security.alpha.kubernetes.io/sysctls]: non-functional in v1.11+; use the "sysctls" field instead']],
    ["container seccomp annotation", { containers: [C()] }, { "container.seccomp.security.alpha.kubernetes.io/c": "runtime/default" }, ['spec.template.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/c]: non-functional in v1.27+; use the "seccompProfile" field instead']],
    ["glusterfs", { volumes: [{ name: "v", glusterfs: { endpoints: "e", path: "p" } }], containers: [C()] }, {}, ["spec.template.spec.volumes[0].glusterfs: deprecated in v1.25, non-functional in v1.26+"]],
    ["duplicate host alias", { hostAliases: [{ ip: "10.0.0.1" }, { ip: "10.0.0.1" }], containers: [C()] }, {}, ['spec.template.spec.hostAliases[1].ip: duplicate ip "10.0.0.1"']],
    ["empty pull secret", { imagePullSecrets: [{}], containers: [C()] }, {}, ['spec.template.spec.imagePullSecrets[0].name: invalid empty name ""']],
    ["fractional overhead", { overhead: { memory: "0.5" }, containers: [C()] }, {}, ['spec.template.spec.overhead[memory]: fractional byte value "500m" is invalid, must be an integer']],
    ["ephemeral claim", { volumes: [{ name: "v", ephemeral: { volumeClaimTemplate: { spec: { resources: { requests: { storage: "1.5" } } } } } }], containers: [C()] }, {}, ['spec.template.spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources.requests[storage]: fractional byte value "1500m" is invalid, must be an integer']],
    ["env with valueFrom hides", { containers: [C({ env: [{ name: "A", value: "1" }, { name: "A", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }] })] }, {}, ['spec.template.spec.containers[0].env[1]: hides previous definition of "A", which may be dropped when using apply']],
    ["duplicate port", { containers: [C({ ports: [{ containerPort: 80 }] }), { ...C(), name: "d", ports: [{ containerPort: 80 }] }] }, {}, ["spec.template.spec.containers[1].ports[0]: duplicate port definition with spec.template.spec.containers[0].ports[0]"]],
    ["ambiguous host port", { containers: [C({ ports: [{ containerPort: 53, hostPort: 53 }, { containerPort: 53, hostPort: 53, hostIP: "10.0.0.1" }] })] }, {}, ["spec.template.spec.containers[0].ports[1]: dangerously ambiguous port definition with spec.template.spec.containers[0].ports[0]"]],
    ["null pod affinity selector", { affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, podAffinityTerm: { topologyKey: "kubernetes.io/hostname" } }] } }, containers: [C()] }, {}, ["spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector: a null labelSelector results in matching no pod"]],
    [
      "projected token and configMap on the same path",
      { volumes: [{ name: "api", projected: { sources: [{ serviceAccountToken: { path: "token" } }, { configMap: { name: "ca", items: [{ key: "k", path: "token" }] } }] } }], containers: [C()] },
      {},
      ['volume "api" (Projected ConfigMap "ca"): overlapping paths: "token" with "token"'],
    ],
    [
      "port name given twice, an init container's included",
      { initContainers: [C({ ports: [{ containerPort: 8081, name: "web" }] })], containers: [C({ name: "d", ports: [{ containerPort: 8080, name: "web" }, { containerPort: 9090, name: "metrics" }] }), C({ name: "e", ports: [{ containerPort: 9091, name: "metrics" }] })] },
      {},
      [
        'spec.template.spec.containers[0].ports[0]: duplicate port name "web" with spec.template.spec.initContainers[0].ports[0], services and probes that select ports by name will use spec.template.spec.initContainers[0].ports[0]',
        'spec.template.spec.containers[1].ports[0]: duplicate port name "metrics" with spec.template.spec.containers[0].ports[1], services and probes that select ports by name will use spec.template.spec.containers[0].ports[1]',
      ],
    ],
    [
      "preferred node affinity values that are not label values, and a deprecated key",
      {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "pool", operator: "In", values: ["-bad"] }] }] },
            preferredDuringSchedulingIgnoredDuringExecution: [
              { weight: 1, preference: { matchExpressions: [{ key: "beta.kubernetes.io/instance-type", operator: "In", values: ["m5.large", "-1", "x".repeat(64)] }] } },
            ],
          },
        },
        containers: [C()],
      },
      {},
      [
        'spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].key: beta.kubernetes.io/instance-type is deprecated since v1.17; use "node.kubernetes.io/instance-type" instead',
        "spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].values[1]: -1 is invalid, a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        `spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].values[2]: ${"x".repeat(64)} is invalid, must be no more than 63 characters`,
      ],
    ],
  ])("%s", (_name, spec, annotations, expected) => {
    expect(warn(spec as Obj, annotations as Obj)).toEqual(expected);
  });

  it("follows the target version", () => {
    const spec = {
      volumes: [{ name: "v", cephfs: { monitors: ["m"] } }, { name: "s", secret: { secretName: "s", items: [{ key: "a", path: "x" }, { key: "b", path: "x" }] } }],
      topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "DoNotSchedule" }],
      containers: [C({ ports: [{ containerPort: 80 }, { containerPort: 80 }] })],
    };
    const annotations = { "container.apparmor.security.beta.kubernetes.io/c": "runtime/default" };
    expect(warn(spec, annotations, "1.27")).toEqual([]);
    expect(warn(spec, annotations, "1.28")).toEqual([
      "spec.template.spec.topologySpreadConstraints[0].labelSelector: a null labelSelector results in matching no pod",
      "spec.template.spec.volumes[0].cephfs: deprecated in v1.28, non-functional in v1.31+",
      "spec.template.spec.containers[0].ports[1]: duplicate port definition with spec.template.spec.containers[0].ports[0]",
    ]);
    expect(warn(spec, annotations, "1.30")).toContain('spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/c]: deprecated since v1.30; use the "appArmorProfile" field instead');
    expect(warn(spec, annotations, "1.32")).toContain('volume "s" (Secret "s"): overlapping paths: "x" with "x"');
    expect(warn(spec, annotations, "1.31")).not.toContain('volume "s" (Secret "s"): overlapping paths: "x" with "x"');
  });

  it("warns on port names given twice and preferred affinity values from 1.33", () => {
    const spec = {
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: "pool", operator: "In", values: ["-1"] }] } }] } },
      containers: [C({ ports: [{ containerPort: 80, name: "http" }] }), C({ name: "d", ports: [{ containerPort: 81, name: "http" }] })],
    };
    expect(warn(spec, {}, "1.32")).toEqual([]);
    expect(warn(spec, {}, "1.33").map((w) => w.split(":")[0])).toEqual([
      "spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].values[0]",
      "spec.template.spec.containers[1].ports[0]",
    ]);
  });
});

// The rules that say more about a field than the API server's warning: with them on the field gets their
// finding only; with them off, api-server-warning still reports the warning there.
describe("api-server-warning next to obsolete-node-label and deprecated-critical-pod-annotation", () => {
  const manifest = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata:
      labels: {app: agent}
      annotations:
        scheduler.alpha.kubernetes.io/critical-pod: ""
    spec:
      priorityClassName: system-node-critical
      nodeSelector:
        beta.kubernetes.io/os: linux
        failure-domain.beta.kubernetes.io/zone: us-east-1a
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: node-role.kubernetes.io/master, operator: Exists}
      containers:
        - name: agent
          image: example/agent:1.0
`;
  const findings = async (others: "warning" | "off") => {
    const config = await onlyRule("api-server-warning");
    config.rules["obsolete-node-label"] = { severity: others };
    config.rules["deprecated-critical-pod-annotation"] = { severity: others };
    const result = await checkText(manifest, "test.yaml", { config });
    return result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
  };

  it("gives each field one finding while both rules are on", async () => {
    expect(await findings("warning")).toEqual([
      "10:9 deprecated-critical-pod-annotation",
      "14:9 obsolete-node-label",
      // Not an obsolete label: the API server's warning is the only finding.
      "15:9 api-server-warning",
      "21:27 obsolete-node-label",
    ]);
  });

  it("reports the API server's warning on those fields when the rules are off", async () => {
    expect(await findings("off")).toEqual(["10:9 api-server-warning", "14:9 api-server-warning", "15:9 api-server-warning", "21:27 api-server-warning"]);
  });
});
