/** The pod template warnings of pkg/api/pod/warnings.go, one case per warning, and what changes with the version. */
import { describe, expect, it } from "vitest";
import { podTemplateWarnings } from "../src/k8s/pod-warnings.js";
import type { Obj } from "../src/values.js";

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
});
