import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { describeContainer, describeVolume, podContainers, podVolumes } from "../src/k8s/pod-walk.js";
import { onlyRule } from "./helpers.js";

const spec = {
  containers: [{ name: "app" }, "not a container", { name: 7 }],
  initContainers: [{ name: "setup" }, { name: "proxy", restartPolicy: "Always" }],
  ephemeralContainers: [{ name: "debug", restartPolicy: "Always" }],
  volumes: [{ name: "data" }, null, {}],
};

describe("podContainers", () => {
  it("visits init, regular and ephemeral containers in that order, skipping entries that are not objects", () => {
    const refs = podContainers(spec, ["spec", "template", "spec"]);
    expect(refs.map((c) => [c.kind, c.index, c.name, c.sidecar])).toEqual([
      ["initContainers", 0, "setup", false],
      ["initContainers", 1, "proxy", true],
      ["containers", 0, "app", false],
      ["containers", 2, "", false],
      ["ephemeralContainers", 0, "debug", false],
    ]);
    expect(refs[3]!.path).toEqual(["spec", "template", "spec", "containers", 2]);
    expect(refs[3]!.container).toBe(spec.containers[2]);
  });

  it("visits only the lists asked for, in the order asked", () => {
    const refs = podContainers(spec, [], { kinds: ["containers", "initContainers"] });
    expect(refs.map((c) => c.path)).toEqual([
      ["containers", 0],
      ["containers", 2],
      ["initContainers", 0],
      ["initContainers", 1],
    ]);
  });

  it("makes no sidecars where the API server drops restartPolicy", () => {
    expect(podContainers(spec, [], { sidecars: false }).some((c) => c.sidecar)).toBe(false);
  });

  it("reads a spec of the wrong type as empty", () => {
    expect(podContainers(undefined, [])).toEqual([]);
    expect(podContainers({ containers: { name: "x" } }, [])).toEqual([]);
  });
});

describe("podVolumes", () => {
  it("visits the volumes that are objects with their index and path", () => {
    expect(podVolumes(spec, ["spec"]).map((v) => [v.index, v.name, v.path])).toEqual([
      [0, "data", ["spec", "volumes", 0]],
      [2, "", ["spec", "volumes", 2]],
    ]);
  });
});

describe("describeContainer and describeVolume", () => {
  it("name a container by its kind and name, or by its index in its list when it has none", () => {
    expect(podContainers(spec, []).map(describeContainer)).toEqual([
      'init container "setup"',
      'sidecar container "proxy"',
      'container "app"',
      "container 2",
      'ephemeral container "debug"',
    ]);
    expect(podContainers(spec, [], { sidecars: false }).map(describeContainer)[1]).toBe('init container "proxy"');
  });

  it("name a volume by its name, or by its index", () => {
    expect(podVolumes(spec, []).map(describeVolume)).toEqual(['volume "data"', "volume 2"]);
  });

  it("are the names API validation, the rules and the Pod Security checks use", async () => {
    const config = await onlyRule("privileged-container");
    config.rules["pod-security"] = { severity: "warning" };
    const manifest = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      initContainers:
        - name: proxy
          image: example/proxy:1.0
          restartPolicy: Always
          env: [{name: A=B, value: x}]
          securityContext: {privileged: true}
      containers:
        - image: example/agent:1.0
          securityContext: {privileged: true}
`;
    const result = await checkText(manifest, "agent.yaml", { config });
    const messages = result.findings.map((f) => `${f.ruleId}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^api-validation: environment variable name "A=B" in sidecar container "proxy" is invalid/),
        expect.stringMatching(/^privileged-container: sidecar container "proxy" is privileged/),
        expect.stringMatching(/^pod-security: baseline: privileged — sidecar container "proxy" must not set/),
        expect.stringMatching(/^privileged-container: container 0 is privileged/),
        expect.stringMatching(/^pod-security: baseline: privileged — container 0 must not set/),
      ]),
    );
  });
});
