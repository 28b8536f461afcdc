import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { applyCorrections } from "../src/fix/apply.js";
import { daemonSetYaml, onlyRule, ruleFindings } from "./helpers.js";

// Cases of undeclared-probe-port and ignored-toleration-seconds that their examples do not show.

describe("undeclared-probe-port", () => {
  it("reports an undeclared name with hostNetwork too, and leaves numbers and grpc alone", async () => {
    const manifest = daemonSetYaml(`hostNetwork: true
containers:
  - name: agent
    image: example/agent:1.0
    livenessProbe: {grpc: {port: 9090}}
    readinessProbe: {tcpSocket: {port: 8080}}
    startupProbe: {httpGet: {path: /, port: health}}
`);
    expect(await ruleFindings("undeclared-probe-port", manifest)).toEqual([
      expect.stringMatching(/^18:51 the startupProbe of container "agent" uses the port "health", .*: the container never counts as started/),
    ]);
  });

  it("leaves a name that is not a valid port name to API validation", async () => {
    const manifest = daemonSetYaml(`containers:
  - name: agent
    image: example/agent:1.0
    livenessProbe: {httpGet: {path: /, port: "8080"}}
`);
    const found = await ruleFindings("undeclared-probe-port", manifest);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^api-validation: .*not a valid port name/);
  });
});

describe("ignored-toleration-seconds", () => {
  const manifest = daemonSetYaml(`tolerations:
  - key: node.kubernetes.io/unreachable
    operator: Exists
    effect: NoExecute
    tolerationSeconds: 0 # evict at once
containers:
  - name: agent
    image: example/agent:1.0
`);

  it("reports tolerationSeconds: 0 as well", async () => {
    expect(await ruleFindings("ignored-toleration-seconds", manifest)).toEqual([
      expect.stringMatching(/^16:30 the toleration node.kubernetes.io\/unreachable:NoExecute \(Exists\) sets tolerationSeconds: 0, /),
    ]);
  });

  it("suggests removing tolerationSeconds, which leaves a clean run", async () => {
    const config = await onlyRule("ignored-toleration-seconds");
    const [finding] = (await checkText(manifest, "ds.yaml", { config, suggestions: true })).findings;
    expect(finding?.suggestions?.map((s) => s.title)).toEqual(["Remove tolerationSeconds"]);
    const fixed = applyCorrections(manifest, [finding!.suggestions![0]!]).text;
    expect(fixed).toContain("          effect: NoExecute\n      containers:");
    expect((await checkText(fixed, "ds.yaml", { config })).findings).toEqual([]);
  });
});
