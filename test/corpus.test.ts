import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { emptyConfig } from "../src/config/config.js";
import { loadRules } from "../src/rules/registry.js";
import { corpusDaemonSets, corpusDir } from "./data.js";

// Real DaemonSets from public projects (attribution in test/corpus/SOURCES.md).
const corpus = corpusDir;
const daemonsets = corpusDaemonSets;

// What the API server would reject: only the rules of category "api" stay on here.
const apiOnly = emptyConfig(corpus);
for (const rule of await loadRules()) if (rule.meta.category !== "api") apiOnly.rules[rule.meta.id] = { severity: "off" };

async function findingsOf(...files: string[]) {
  const result = await check(files, { cwd: corpus, config: apiOnly });
  return result.findings.map((f) => `${f.file.split("/").pop()}:${f.line}:${f.column} ${f.ruleId} ${f.object?.name ?? ""}`.trim());
}

describe("the corpus of real DaemonSets", () => {
  it("checks every file without crashing and without internal errors", async () => {
    const files = readdirSync(daemonsets).map((f) => join("daemonsets", f));
    const result = await check(files, { cwd: corpus });
    expect(result.summary.files).toBe(files.length);
    expect(result.summary.daemonSets).toBe(135);
    expect(result.findings.filter((f) => f.apiError?.type === "InternalError" || /internal error/i.test(f.message))).toEqual([]);
    expect(result.findings.every((f) => f.line >= 1 && f.column >= 1 && (f.endLine > f.line || f.endColumn >= f.column))).toBe(true);
  });

  // Each expectation below was verified by reading the manifest.
  it.each([
    // apps/v1 manifests without spec.selector: the API server rejects them.
    ["calico__pod2daemon-nodeagent.yaml", ["calico__pod2daemon-nodeagent.yaml:5:1 selector-mismatch nodeagent"]],
    ["fluentd-kubernetes-daemonset__gcs.yaml", ["fluentd-kubernetes-daemonset__gcs.yaml:9:1 selector-mismatch fluentd-gcs"]],
    ["fluentd-kubernetes-daemonset__logentries.yaml", ["fluentd-kubernetes-daemonset__logentries.yaml:21:1 selector-mismatch fluentd"]],
    ["fluentd-kubernetes-daemonset__loggly-rbac.yaml", ["fluentd-kubernetes-daemonset__loggly-rbac.yaml:50:1 selector-mismatch fluentd"]],
    // Removed API versions, one finding per DaemonSet at its apiVersion value.
    [
      "flannel__kube-flannel-v0.11.0-extensions-v1beta1.yaml",
      [82, 160, 238, 316, 394].map((line, i) => `flannel__kube-flannel-v0.11.0-extensions-v1beta1.yaml:${line}:13 removed-api-version kube-flannel-ds-${["amd64", "arm64", "arm", "ppc64le", "s390x"][i]}`),
    ],
    ["kube-prometheus__node-exporter-2019-apps-v1beta2.yaml", ["kube-prometheus__node-exporter-2019-apps-v1beta2.yaml:1:13 removed-api-version node-exporter"]],
    ["metallb__metallb-v0.7.3-apps-v1beta2.yaml", ["metallb__metallb-v0.7.3-apps-v1beta2.yaml:118:13 removed-api-version speaker"]],
    ["openebs__vendored-weave-daemonset-k8s-1.6.yaml", ["openebs__vendored-weave-daemonset-k8s-1.6.yaml:80:17 removed-api-version weave-net"]],
    // Valid apps/v1 DaemonSets (with their RBAC, ConfigMaps and CRDs around them): nothing the API server would reject.
    ["antrea__antrea.yaml", []],
    ["calico__calico.yaml", []],
    // With deprecated-critical-pod-annotation off, the API server's own warning on that annotation is reported.
    ["cilium__examples-kubernetes-1.10-cilium.yaml", ["cilium__examples-kubernetes-1.10-cilium.yaml:24:9 api-server-warning cilium"]],
    ["kube-prometheus__node-exporter.yaml", []],
    ["falco__falco-daemonset.yaml", []],
    ["aws-ebs-csi-driver__node.yaml", []],
  ])("%s", async (file, expected) => {
    expect(await findingsOf(join("daemonsets", file))).toEqual(expected);
  });

  it("catches what the peer tools' own fixtures test for", async () => {
    expect(
      await findingsOf(
        "peer-fixtures/kubeconform/fixtures/extra_property.yaml",
        "peer-fixtures/kubeconform/fixtures/duplicate_property.yaml",
        "peer-fixtures/kube-linter/pkg/templates/kubeconform/testdata/demonset.yaml",
        "peer-fixtures/kubeconform/fixtures/missing_apiversion.yaml",
      ),
    ).toEqual([
      // spec.replicas is not a DaemonSet field; the template has no labels.
      "extra_property.yaml:7:3 schema nginx-ds",
      "extra_property.yaml:11:3 selector-mismatch nginx-ds",
      "duplicate_property.yaml:7:3 schema nginx-ds",
      "duplicate_property.yaml:11:3 selector-mismatch nginx-ds",
      "duplicate_property.yaml:16:7 duplicate-key nginx-ds",
      // `k8s-app: true` is a boolean label value.
      "demonset.yaml:6:3 schema nginx-ds",
      "demonset.yaml:9:16 yaml-implicit-type nginx-ds",
      "missing_apiversion.yaml:1:1 missing-api-version bob",
    ]);
  });
});
