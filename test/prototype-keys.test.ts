import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";

// Field and map-key names that are also members of Object.prototype: every
// lookup keyed by input text must read them as the input's own entries.
const NAMES = Object.getOwnPropertyNames(Object.prototype);

function daemonSet(podSpecExtra: string, containerExtra: string, labelKey: string): string {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: ops
  labels: {"${labelKey}": x}
  annotations: {"${labelKey}": x}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      ${podSpecExtra}: 1
      nodeSelector: {"${labelKey}": x}
      containers:
        - name: c
          image: nginx:1.27
          ${containerExtra}: 1
          resources: {requests: {"${labelKey}": 1}}
`;
}

describe("fields named like Object.prototype members", () => {
  it.each(NAMES)("%s is an unknown field wherever it stands, and no check fails internally", async (name) => {
    const { findings } = await checkText(daemonSet(name, name, name), "agent.yaml");
    expect(findings.filter((f) => /internal error/i.test(f.message) || f.apiError?.type === "InternalError")).toEqual([]);
    const unknown = findings.filter((f) => f.ruleId === "schema" && f.message.startsWith(`unknown field ${JSON.stringify(name)}`)).map((f) => f.path);
    expect(unknown).toEqual([`spec.template.spec.${name}`, `spec.template.spec.containers[0].${name}`]);
  });
});
