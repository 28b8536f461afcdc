import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { daemonSetYaml, ruleFindings } from "./helpers.js";

// What the examples of unknown-service-account, unknown-configmap-or-secret
// and unknown-image-pull-secret cannot show: several files, namespaces left
// to the deployer, objects in Lists and JSON, worker threads.

async function checkFiles(files: Record<string, string>, id: string, threads = 0, acrossFiles = true) {
  const dir = mkdtempSync(join(tmpdir(), "dslint-refs-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const { onlyRule } = await import("./helpers.js");
  const result = await check(Object.keys(files), { cwd: dir, config: await onlyRule(id, { severity: "warning", options: { acrossFiles } }, dir), threads });
  return result.findings.filter((f) => f.ruleId === id).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
}

const serviceAccount = (name: string, namespace?: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ""}`;
const withAccount = (name: string, namespace: string | null = "kube-system") =>
  daemonSetYaml(`serviceAccountName: ${name}\ncontainers: [{name: agent, image: example/agent:1.0}]`, { namespace });

describe("unknown-service-account", () => {
  it("sees ServiceAccounts of other files, and judges only the namespaces the input defines them in", async () => {
    const files = { "sa.yaml": serviceAccount("agent", "kube-system"), "ds.yaml": withAccount("agent"), "other.yaml": withAccount("agnet").replace(/name: agent\n/, "name: other\n") };
    expect(await checkFiles(files, "unknown-service-account")).toEqual([
      'other.yaml:12:27 ServiceAccount "agnet" is not defined in namespace "kube-system", where the input defines ServiceAccounts "agent"; did you mean "agent"? Admission rejects every pod that names a missing ServiceAccount, so the DaemonSet runs on no node',
    ]);
    expect(await checkFiles({ "sa.yaml": serviceAccount("agent", "monitoring"), "ds.yaml": withAccount("agnet") }, "unknown-service-account")).toEqual([]);
  });

  it("by default judges a namespace only by the DaemonSet's own file, and finds a name in any file", async () => {
    const apart = { "sa.yaml": serviceAccount("agent", "kube-system"), "ds.yaml": withAccount("agnet") };
    expect(await checkFiles(apart, "unknown-service-account", 0, false)).toEqual([]);
    expect(await checkFiles(apart, "unknown-service-account", 0, true)).toHaveLength(1);
    const together = { "ds.yaml": `${serviceAccount("agent", "kube-system")}---\n${withAccount("agnet")}` };
    expect(await checkFiles(together, "unknown-service-account", 0, false)).toHaveLength(1);
    const elsewhere = { "sa.yaml": serviceAccount("agnet", "kube-system"), "ds.yaml": `${serviceAccount("agent", "kube-system")}---\n${withAccount("agnet")}` };
    expect(await checkFiles(elsewhere, "unknown-service-account", 0, false)).toEqual([]);
  });

  it("counts a ServiceAccount without a namespace as present in every namespace", async () => {
    expect(await checkFiles({ "a.yaml": serviceAccount("other", "kube-system"), "b.yaml": serviceAccount("agent"), "ds.yaml": withAccount("agent") }, "unknown-service-account")).toEqual([]);
  });

  it("compares a DaemonSet without a namespace with the ServiceAccounts without one in its file", async () => {
    const ds = withAccount("agent", null);
    expect(await checkFiles({ "ds.yaml": `${serviceAccount("other")}---\n${ds}` }, "unknown-service-account")).toHaveLength(1);
    // Another file's ServiceAccounts may land elsewhere; one of that name anywhere may land with it.
    expect(await checkFiles({ "sa.yaml": serviceAccount("other"), "ds.yaml": ds }, "unknown-service-account")).toEqual([]);
    expect(await checkFiles({ "sa.yaml": serviceAccount("agent", "monitoring"), "ds.yaml": `${serviceAccount("other")}---\n${ds}` }, "unknown-service-account")).toEqual([]);
  });

  it("reads ServiceAccounts in a List and in JSON, and with worker threads", async () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ServiceAccount\n  metadata: {name: agent, namespace: kube-system}\n`;
    const json = JSON.stringify({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "agent", namespace: "kube-system" } });
    const other = serviceAccount("other", "kube-system");
    expect(await checkFiles({ "list.yaml": list, "other.yaml": other, "ds.yaml": withAccount("agent") }, "unknown-service-account")).toEqual([]);
    expect(await checkFiles({ "sa.json": json, "other.yaml": other, "ds.yaml": withAccount("agent") }, "unknown-service-account")).toEqual([]);
    expect(await checkFiles({ "sa.json": json, "other.yaml": other, "ds.yaml": withAccount("agent"), "ds2.yaml": withAccount("agnet") }, "unknown-service-account", 2)).toHaveLength(1);
  });

  it("reads serviceAccount only when serviceAccountName is empty, and never judges default", async () => {
    const both = daemonSetYaml("serviceAccountName: agent\nserviceAccount: agnet\ncontainers: [{name: agent, image: example/agent:1.0}]");
    const sa = serviceAccount("agent", "kube-system");
    expect(await ruleFindings("unknown-service-account", `${sa}---\n${both}`)).toEqual([]);
    expect(await ruleFindings("unknown-service-account", `${sa}---\n${withAccount("default")}`)).toEqual([]);
  });
});

describe("unknown-configmap-or-secret", () => {
  const configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config, namespace: kube-system}\ndata: {a.conf: x}\nbinaryData: {b.bin: QUJD}\n---\n";
  const volume = (items: string, optional = "") =>
    configMap +
    daemonSetYaml(`containers: [{name: agent, image: example/agent:1.0}]\nvolumes:\n- name: config\n  configMap: {name: config, items: [${items}]${optional}}`);
  const env = (key: string) =>
    configMap + daemonSetYaml(`containers:\n- name: agent\n  image: example/agent:1.0\n  env: [{name: B, valueFrom: {configMapKeyRef: {name: config, key: ${key}}}}]`);

  it("lets a volume map a binaryData key, but not an env var read one (the kubelet reads only data there)", async () => {
    expect(await ruleFindings("unknown-configmap-or-secret", volume("{key: b.bin, path: b}"))).toEqual([]);
    expect(await ruleFindings("unknown-configmap-or-secret", env("b.bin"))).toEqual([
      '21:74 container "agent" reads key "b.bin" of ConfigMap "config", which the input defines without that key (it has "a.conf"): the kubelet cannot make the container\'s environment, so every pod fails with CreateContainerConfigError',
    ]);
    expect(await ruleFindings("unknown-configmap-or-secret", env("a.conf"))).toEqual([]);
  });

  it("reports a key a volume maps and the ConfigMap lacks, unless the volume is optional", async () => {
    expect(await ruleFindings("unknown-configmap-or-secret", volume("{key: c.conf, path: c}"))).toEqual([
      '21:49 volume "config" maps key "c.conf" of ConfigMap "config", which the input defines without that key (it has "a.conf", "b.bin"); did you mean "a.conf"? The kubelet cannot mount the volume, so every pod stays in ContainerCreating',
    ]);
    expect(await ruleFindings("unknown-configmap-or-secret", volume("{key: c.conf, path: c}", ", optional: true"))).toEqual([]);
  });

  it("judges no key of an object whose data the input leaves empty", async () => {
    const empty = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config, namespace: kube-system}\n---\n";
    const manifest = empty + daemonSetYaml(`containers:\n- name: agent\n  image: example/agent:1.0\n  env: [{name: B, valueFrom: {configMapKeyRef: {name: config, key: b}}}]`);
    expect(await ruleFindings("unknown-configmap-or-secret", manifest)).toEqual([]);
  });

  it("knows the ConfigMaps the cluster makes itself", async () => {
    const manifest =
      configMap +
      daemonSetYaml(`containers: [{name: agent, image: example/agent:1.0}]\nvolumes:\n- name: ca\n  configMap: {name: kube-root-ca.crt}\n- name: auth\n  configMap: {name: extension-apiserver-authentication}`);
    expect(await ruleFindings("unknown-configmap-or-secret", manifest)).toEqual([]);
  });

  it("looks into projected volumes", async () => {
    const manifest =
      configMap +
      daemonSetYaml(`containers: [{name: agent, image: example/agent:1.0}]\nvolumes:\n- name: all\n  projected:\n    sources:\n    - configMap: {name: config}\n    - configMap: {name: missing}`);
    expect(await ruleFindings("unknown-configmap-or-secret", manifest)).toEqual([
      '24:31 volume "all" mounts ConfigMap "missing", which is not defined in namespace "kube-system", where the input defines ConfigMaps "config": the kubelet cannot mount the volume, so every pod stays in ContainerCreating',
    ]);
  });

  it("keeps a Secret's keys, never its values", async () => {
    const { parseManifests } = await import("../src/load/parse.js");
    const found: unknown[] = [];
    parseManifests("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: ns}\ndata: {password: c2VjcmV0}\nstringData: {token: hunter2}\n", "s.yaml", { referencedObject: (o) => found.push(o) });
    expect(found).toEqual([{ kind: "Secret", name: "s", namespace: "ns", keys: ["password", "token"] }]);
  });
});

describe("objects made outside the input", () => {
  const secretVolume = (name: string) =>
    daemonSetYaml(`containers: [{name: agent, image: example/agent:1.0}]\nvolumes:\n- name: s\n  secret: {secretName: ${name}}`, { namespace: "metallb-system" });
  const secret = (name: string, data: string) => `apiVersion: v1\nkind: Secret\nmetadata: {name: ${name}, namespace: metallb-system}\n${data}---\n`;

  it("judges no Secret of a namespace where the input leaves one empty for a controller to fill", async () => {
    expect(await ruleFindings("unknown-configmap-or-secret", `${secret("webhook-cert", "")}${secretVolume("memberlist")}`)).toEqual([]);
    expect(await ruleFindings("unknown-configmap-or-secret", `${secret("webhook-cert", "data: {tls.crt: eA==}\n")}${secretVolume("memberlist")}`)).toHaveLength(1);
  });

  it("takes kubeadm's ConfigMaps in kube-system as present", async () => {
    const cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: router-cfg, namespace: kube-system}\ndata: {a: b}\n---\n";
    const mount = (name: string) => daemonSetYaml(`containers: [{name: agent, image: example/agent:1.0}]\nvolumes:\n- name: c\n  configMap: {name: ${name}}`);
    expect(await ruleFindings("unknown-configmap-or-secret", `${cm}${mount("kube-proxy")}`)).toEqual([]);
    expect(await ruleFindings("unknown-configmap-or-secret", `${cm}${mount("kube-proxi")}`)).toHaveLength(1);
  });
});
