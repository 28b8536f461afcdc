import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { corpusDaemonSets } from "./data.js";

// Real DaemonSets (test/corpus, attribution in its SOURCES.md). Each
// expectation was checked by reading the manifest.
const corpus = corpusDaemonSets;

async function corpusFindings(file: string, ids: readonly string[]) {
  const result = await check([join(corpus, file)], { cwd: corpus });
  return result.findings.filter((f) => ids.includes(f.ruleId)).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.object?.name ?? ""}`);
}

describe("policy rules on real DaemonSets", () => {
  it("the Kubernetes docs' example tolerates only the removed master taint", async () => {
    expect(await corpusFindings("kubernetes-website__daemonset-example.yaml", ["legacy-master-toleration", "control-plane-toleration"])).toEqual([
      "18:9 legacy-master-toleration fluentd-elasticsearch",
    ]);
  });

  it("SR-IOV: the ppc64le and arm64 copies lost the control-plane toleration, and all three select the same pods", async () => {
    expect(
      await corpusFindings("sriov-network-device-plugin__sriovdp-daemonset.yaml", ["legacy-master-toleration", "control-plane-toleration", "overlapping-selectors"]),
    ).toEqual([
      "18:3 overlapping-selectors kube-sriov-device-plugin-amd64",
      "93:3 overlapping-selectors kube-sriov-device-plugin-ppc64le",
      "107:9 legacy-master-toleration kube-sriov-device-plugin-ppc64le",
      "164:3 overlapping-selectors kube-sriov-device-plugin-arm64",
      "178:9 legacy-master-toleration kube-sriov-device-plugin-arm64",
    ]);
  });

  it("filebeat: no control-plane toleration, no priority class, the default password in the manifest", async () => {
    expect(
      await corpusFindings("elastic-beats__filebeat-kubernetes.yaml", ["control-plane-toleration", "missing-priority-class", "hardcoded-credentials"]),
    ).toEqual(["213:5 control-plane-toleration filebeat", "213:5 missing-priority-class filebeat", "233:18 hardcoded-credentials filebeat"]);
  });

  it("falco: privileged containers, each reported once", async () => {
    expect(await corpusFindings("falco__falco-daemonset.yaml", ["privileged-container"])).toEqual(["46:25 privileged-container falco", "150:25 privileged-container falco"]);
  });

  it("falco: the hardening rules report only the unprivileged falcoctl containers, not the privileged ones", async () => {
    expect(
      await corpusFindings("falco__falco-daemonset.yaml", ["read-only-root-filesystem", "run-as-root", "dangerous-capabilities", "net-raw-capability", "privilege-escalation", "missing-seccomp-profile"]),
    ).toEqual([
      "27:5 missing-seccomp-profile falco",
      "133:27 privilege-escalation falco",
      "133:27 read-only-root-filesystem falco",
      "133:27 run-as-root falco",
      "133:27 net-raw-capability falco",
      "186:27 privilege-escalation falco",
      "186:27 read-only-root-filesystem falco",
      "186:27 run-as-root falco",
      "186:27 net-raw-capability falco",
    ]);
  });

  it("antrea on Windows: the HostProcess pod is privileged-container's finding", async () => {
    expect(await corpusFindings("antrea__antrea-windows.yaml", ["privileged-container"])).toEqual(["254:24 privileged-container antrea-agent-windows"]);
  });

  it("node-exporter: system-cluster-critical outside kube-system", async () => {
    expect(await corpusFindings("kube-prometheus__node-exporter.yaml", ["critical-priority-namespace", "missing-priority-class"])).toEqual([
      "101:26 critical-priority-namespace node-exporter",
    ]);
  });

  it("cilium 1.10: the removed critical-pod annotation instead of a priority class", async () => {
    expect(await corpusFindings("cilium__examples-kubernetes-1.10-cilium.yaml", ["deprecated-critical-pod-annotation", "missing-priority-class"])).toEqual([
      "24:9 deprecated-critical-pod-annotation cilium",
      "29:5 missing-priority-class cilium",
    ]);
  });
});
