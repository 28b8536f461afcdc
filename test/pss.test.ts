import { describe, expect, it } from "vitest";
import { evaluatePodSecurity, policyVersionOf, PSS_CHECKS } from "../src/pss/index.js";
import type { PssFailure, PssPolicy } from "../src/pss/index.js";

const BASELINE: PssPolicy = { level: "baseline", version: "latest" };
const RESTRICTED: PssPolicy = { level: "restricted", version: "latest" };

/** A container that passes every restricted check when the pod sets runAsNonRoot and seccomp. */
function compliantContainer(name: string, securityContext: Record<string, unknown> = {}) {
  return {
    name,
    image: "img",
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, ...securityContext },
  };
}

function restrictedSpec(spec: Record<string, unknown> = {}) {
  return {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
    containers: [compliantContainer("app")],
    ...spec,
  };
}

function checkIds(failures: PssFailure[]): string[] {
  return [...new Set(failures.map((failure) => failure.check))].sort();
}

describe("evaluatePodSecurity: paths and messages", () => {
  it("reports a privileged container at its privileged field", () => {
    const failures = evaluatePodSecurity(
      { spec: { containers: [{ name: "ok" }, { name: "agent", securityContext: { privileged: true } }] } },
      BASELINE,
    );
    expect(failures).toEqual([
      {
        check: "privileged",
        level: "baseline",
        path: ["spec", "containers", 1, "securityContext", "privileged"],
        message: 'container "agent" must not set securityContext.privileged=true',
        fix: expect.any(String),
      },
    ]);
  });

  it("reports a hostPath volume as hostPathVolumes at baseline and restrictedVolumes at restricted", () => {
    const spec = restrictedSpec({
      volumes: [
        { name: "config", configMap: { name: "cm" } },
        { name: "proc", hostPath: { path: "/proc" } },
      ],
    });
    const baseline = evaluatePodSecurity({ spec }, BASELINE);
    expect(baseline).toMatchObject([
      {
        check: "hostPathVolumes",
        path: ["spec", "volumes", 1, "hostPath"],
        message: 'volume "proc" must not use hostPath',
      },
    ]);
    const restricted = evaluatePodSecurity({ spec }, RESTRICTED);
    expect(restricted).toMatchObject([
      {
        check: "restrictedVolumes",
        level: "restricted",
        path: ["spec", "volumes", 1, "hostPath"],
        message: 'volume "proc" must not use restricted volume type "hostPath"',
      },
    ]);
  });

  it("reports missing seccomp only on the container without a profile", () => {
    const spec = {
      securityContext: { runAsNonRoot: true },
      containers: [
        compliantContainer("with", { seccompProfile: { type: "Localhost", localhostProfile: "p.json" } }),
        compliantContainer("without"),
      ],
    };
    const failures = evaluatePodSecurity({ spec }, RESTRICTED);
    expect(failures).toEqual([
      {
        check: "seccompProfile_restricted",
        level: "restricted",
        path: ["spec", "containers", 1, "securityContext"],
        message: 'pod or container "without" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
        fix: expect.any(String),
      },
    ]);
  });

  it("points a missing setting at the container when it has no securityContext", () => {
    const failures = evaluatePodSecurity({ spec: restrictedSpec({ initContainers: [{ name: "init" }] }) }, RESTRICTED);
    expect(failures.map((failure) => [failure.check, failure.path])).toEqual([
      ["allowPrivilegeEscalation", ["spec", "initContainers", 0]],
      ["capabilities_restricted", ["spec", "initContainers", 0]],
    ]);
  });

  it("replaces capabilities_baseline by capabilities_restricted at the restricted level", () => {
    const spec = restrictedSpec({
      containers: [
        {
          name: "net",
          securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ["NET_BIND_SERVICE", "NET_RAW"] } },
        },
      ],
    });
    expect(evaluatePodSecurity({ spec }, BASELINE)).toMatchObject([
      {
        check: "capabilities_baseline",
        path: ["spec", "containers", 0, "securityContext", "capabilities", "add", 1],
        message: 'container "net" must not include "NET_RAW" in securityContext.capabilities.add',
      },
    ]);
    expect(evaluatePodSecurity({ spec }, RESTRICTED)).toEqual([
      {
        check: "capabilities_restricted",
        level: "restricted",
        path: ["spec", "containers", 0, "securityContext", "capabilities"],
        message: 'container "net" must set securityContext.capabilities.drop=["ALL"]',
        fix: expect.any(String),
      },
      {
        check: "capabilities_restricted",
        level: "restricted",
        path: ["spec", "containers", 0, "securityContext", "capabilities", "add", 1],
        message: 'container "net" must not include "NET_RAW" in securityContext.capabilities.add',
        fix: expect.any(String),
      },
    ]);
  });

  it("reports an AppArmor annotation at its metadata key", () => {
    const failures = evaluatePodSecurity(
      {
        metadata: { annotations: { "container.apparmor.security.beta.kubernetes.io/c1": "unconfined" } },
        spec: { containers: [{ name: "c1" }] },
      },
      BASELINE,
    );
    expect(failures).toMatchObject([
      {
        check: "appArmorProfile",
        path: ["metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/c1"],
      },
    ]);
  });

  it("names containers of every kind, and unnamed volumes, as every message does", () => {
    const spec = {
      initContainers: [{ name: "setup", securityContext: { privileged: true } }],
      containers: [{ securityContext: { privileged: true } }],
      volumes: [{ hostPath: { path: "/" } }],
    };
    expect(evaluatePodSecurity({ spec }, BASELINE).map((failure) => failure.message)).toEqual([
      'init container "setup" must not set securityContext.privileged=true',
      "container 0 must not set securityContext.privileged=true",
      "volume 0 must not use hostPath",
    ]);
  });

  it("gives one failure per offending field", () => {
    const spec = {
      hostNetwork: true,
      hostPID: true,
      containers: [{ name: "a", ports: [{ containerPort: 80, hostPort: 80 }, { containerPort: 81, hostPort: 81 }] }],
    };
    expect(evaluatePodSecurity({ spec }, BASELINE).map((failure) => failure.path)).toEqual([
      ["spec", "hostNetwork"],
      ["spec", "hostPID"],
      ["spec", "containers", 0, "ports", 0, "hostPort"],
      ["spec", "containers", 0, "ports", 1, "hostPort"],
    ]);
  });
});

describe("evaluatePodSecurity: levels and versions", () => {
  it("runs no checks at the privileged level", () => {
    const spec = { hostNetwork: true, containers: [{ name: "c", securityContext: { privileged: true } }] };
    expect(evaluatePodSecurity({ spec }, { level: "privileged", version: "latest" })).toEqual([]);
  });

  it("does not run a check before its first version", () => {
    const spec = { containers: [{ name: "c", livenessProbe: { httpGet: { host: "10.0.0.1", port: 80 } } }] };
    expect(evaluatePodSecurity({ spec }, { level: "baseline", version: "v1.33" })).toEqual([]);
    expect(evaluatePodSecurity({ spec }, { level: "baseline", version: "v1.34" })).toMatchObject([
      {
        check: "hostProbesAndHostLifecycle",
        path: ["spec", "containers", 0, "livenessProbe", "httpGet", "host"],
      },
    ]);
  });

  it("does not run runAsUser before 1.23", () => {
    const spec = restrictedSpec({ securityContext: { runAsNonRoot: true, runAsUser: 0, seccompProfile: { type: "RuntimeDefault" } } });
    expect(checkIds(evaluatePodSecurity({ spec }, { level: "restricted", version: "v1.22" }))).toEqual([]);
    expect(checkIds(evaluatePodSecurity({ spec }, { level: "restricted", version: "v1.23" }))).toEqual(["runAsUser"]);
  });

  it("runs the baseline capabilities check at restricted before capabilities_restricted exists (1.22)", () => {
    const spec = restrictedSpec({
      containers: [{ name: "c", securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ["SYS_ADMIN"] } } }],
    });
    expect(checkIds(evaluatePodSecurity({ spec }, { level: "restricted", version: "1.21" }))).toEqual(["capabilities_baseline"]);
    expect(checkIds(evaluatePodSecurity({ spec }, { level: "restricted", version: "1.22" }))).toEqual(["capabilities_restricted"]);
  });

  it("checks seccomp annotations before 1.19 and fields from 1.19", () => {
    const pod = {
      metadata: { annotations: { "seccomp.security.alpha.kubernetes.io/pod": "unconfined" } },
      spec: { securityContext: { seccompProfile: { type: "Unconfined" } }, containers: [{ name: "c" }] },
    };
    expect(evaluatePodSecurity(pod, { level: "baseline", version: "v1.18" })).toMatchObject([
      { check: "seccompProfile_baseline", path: ["metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"] },
    ]);
    expect(evaluatePodSecurity(pod, { level: "baseline", version: "v1.19" })).toMatchObject([
      { check: "seccompProfile_baseline", path: ["spec", "securityContext", "seccompProfile", "type"] },
    ]);
  });

  it("allows the 1.37 sysctls only from 1.37, on a cluster of 1.37", () => {
    const spec = { securityContext: { sysctls: [{ name: "net.ipv4.tcp_notsent_lowat", value: "16384" }] }, containers: [] };
    const rejected = [{ check: "sysctls", path: ["spec", "securityContext", "sysctls", 0, "name"] }];
    expect(evaluatePodSecurity({ spec }, { level: "baseline", version: "v1.36" }, "1.37")).toMatchObject(rejected);
    expect(evaluatePodSecurity({ spec }, { level: "baseline", version: "v1.37" }, "1.37")).toEqual([]);
    expect(evaluatePodSecurity({ spec }, BASELINE, "1.37")).toEqual([]);
    // A 1.36 cluster's admission has no 1.37 checks.
    expect(evaluatePodSecurity({ spec }, { level: "baseline", version: "v1.37" }, "1.36")).toMatchObject(rejected);
    expect(evaluatePodSecurity({ spec }, BASELINE, "1.36")).toMatchObject(rejected);
  });

  it("exempts Windows pods from the restricted container checks from 1.25", () => {
    const spec = { os: { name: "windows" }, securityContext: { runAsNonRoot: true }, containers: [{ name: "c" }] };
    expect(checkIds(evaluatePodSecurity({ spec }, { level: "restricted", version: "v1.24" }))).toEqual([
      "allowPrivilegeEscalation",
      "capabilities_restricted",
      "seccompProfile_restricted",
    ]);
    expect(evaluatePodSecurity({ spec }, { level: "restricted", version: "v1.25" })).toEqual([]);
  });

  it("relaxes runAsNonRoot, runAsUser and baseline procMount for hostUsers: false from 1.35", () => {
    const spec = {
      hostUsers: false,
      securityContext: { runAsUser: 0, seccompProfile: { type: "RuntimeDefault" } },
      containers: [compliantContainer("c", { procMount: "Unmasked" })],
    };
    expect(checkIds(evaluatePodSecurity({ spec }, { level: "restricted", version: "v1.34" }))).toEqual([
      "procMount",
      "runAsNonRoot",
      "runAsUser",
    ]);
    expect(evaluatePodSecurity({ spec }, { level: "restricted", version: "v1.35" })).toMatchObject([
      {
        check: "procMount_restricted",
        path: ["spec", "containers", 0, "securityContext", "procMount"],
        message: 'container "c" must not set securityContext.procMount to "Unmasked"',
      },
    ]);
    expect(evaluatePodSecurity({ spec }, { level: "baseline", version: "v1.35" })).toEqual([]);
    expect(checkIds(evaluatePodSecurity({ spec }, { level: "baseline", version: "v1.34" }))).toEqual(["procMount"]);
  });

  it("evaluates latest, unreadable and too new versions as the cluster's version", () => {
    expect(policyVersionOf("latest", "1.33")).toBe(33);
    expect(policyVersionOf("v1.30", "1.33")).toBe(30);
    expect(policyVersionOf("1.0", "1.33")).toBe(0);
    expect(policyVersionOf("v1.35", "v1.33.2")).toBe(33);
    expect(policyVersionOf("v2.1", "1.33")).toBe(33);
    expect(policyVersionOf("v1.030", "1.33")).toBe(33);
  });
});

describe("evaluatePodSecurity: robustness", () => {
  const wronglyTyped: unknown[] = [
    null,
    "spec",
    42,
    [],
    { containers: "c" },
    { containers: [null, 5, "x", []] },
    { containers: [{ name: 7, securityContext: [], ports: {} }] },
    {
      containers: [
        {
          name: "c",
          securityContext: {
            privileged: "true",
            capabilities: { add: "NET_RAW", drop: "ALL" },
            seLinuxOptions: "x",
            seccompProfile: 1,
            appArmorProfile: [],
            windowsOptions: { hostProcess: "true" },
            runAsUser: "0",
            procMount: 3,
          },
          ports: [null, { hostPort: "80" }],
          livenessProbe: { httpGet: { host: 1 } },
          lifecycle: "x",
        },
      ],
      volumes: { a: 1 },
      securityContext: { sysctls: [null, 3, { name: 5 }], runAsNonRoot: "yes" },
      hostNetwork: "true",
      os: "windows",
    },
    { volumes: [null, { name: "v", hostPath: null }, { name: "w", unknownSource: {} }] },
  ];

  it.each(wronglyTyped.map((spec) => [JSON.stringify(spec), spec] as const))("does not throw on %s", (_label, spec) => {
    for (const level of ["baseline", "restricted"] as const) {
      for (const version of ["latest", "v1.0", "v1.18", "nonsense"]) {
        expect(() => evaluatePodSecurity({ metadata: { annotations: [1] }, spec }, { level, version })).not.toThrow();
      }
    }
  });

  it("treats wrongly typed values as unset", () => {
    const spec = wronglyTyped[7];
    expect(checkIds(evaluatePodSecurity({ spec }, BASELINE))).toEqual(["sysctls"]);
    expect(evaluatePodSecurity({ spec: null }, RESTRICTED)).toEqual([]);
    expect(evaluatePodSecurity({ spec: wronglyTyped[8] }, RESTRICTED)).toEqual([]);
  });

  it("does not throw on a pod that is not an object", () => {
    expect(evaluatePodSecurity(null as unknown as { spec: unknown }, RESTRICTED)).toEqual([]);
  });
});

describe("PSS_CHECKS", () => {
  it("lists every upstream check once with its level", () => {
    const ids = PSS_CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PSS_CHECKS.filter((check) => check.level === "baseline")).toHaveLength(12);
    expect(PSS_CHECKS.filter((check) => check.level === "restricted")).toHaveLength(7);
    expect(PSS_CHECKS.find((check) => check.id === "procMount_restricted")).toMatchObject({
      since: "v1.35",
      overrides: ["procMount"],
    });
    for (const check of PSS_CHECKS) expect(check.description).not.toBe("");
  });
});
