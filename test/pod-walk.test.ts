import { describe, expect, it } from "vitest";
import { podContainers, podVolumes } from "../src/k8s/pod-walk.js";

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
