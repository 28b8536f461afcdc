import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { daemonSetYaml } from "./helpers.js";

// Field and map-key names that are also members of Object.prototype: every
// lookup keyed by input text must read them as the input's own entries.
const NAMES = Object.getOwnPropertyNames(Object.prototype);

/** `name` as a field of the pod spec and of its container, and as a key of every map of strings. */
function daemonSetNaming(name: string): string {
  const key = JSON.stringify(name);
  return daemonSetYaml(
    `${name}: 1
nodeSelector: {${key}: x}
containers:
  - name: c
    image: nginx:1.27
    ${name}: 1
    resources: {requests: {${key}: 1}}`,
    { metadata: `labels: {${key}: x}\nannotations: {${key}: x}` },
  );
}

describe("fields named like Object.prototype members", () => {
  it.each(NAMES)("%s is an unknown field wherever it stands, and no check fails internally", async (name) => {
    const { findings } = await checkText(daemonSetNaming(name), "agent.yaml");
    expect(findings.filter((f) => /internal error/i.test(f.message) || f.apiError?.type === "InternalError")).toEqual([]);
    const unknown = findings.filter((f) => f.ruleId === "schema" && f.message.startsWith(`unknown field ${JSON.stringify(name)}`)).map((f) => f.path);
    expect(unknown).toEqual([`spec.template.spec.${name}`, `spec.template.spec.containers[0].${name}`]);
  });
});
