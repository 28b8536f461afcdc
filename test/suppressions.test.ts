import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { daemonSetYaml } from "./helpers.js";

/** A DaemonSet with a privileged container, and `metadata` (annotations) added. */
const privileged = (metadata?: string) =>
  daemonSetYaml(
    `containers:
  - name: agent
    image: example/agent:1.0
    securityContext:
      privileged: true`,
    { metadata },
  );

async function run(text: string, inlineConfig = true) {
  const r = await checkText(text, "ds.yaml", { inlineConfig });
  return r.findings
    .filter((f) => ["privileged-container", "invalid-suppression", "unused-suppression"].includes(f.ruleId))
    .map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity}`);
}

describe("suppressions", () => {
  it("an annotation with a reason suppresses the rule for its object", async () => {
    expect(await run(privileged(`annotations:\n  ignore-check.dslint.io/privileged-container: "CSI driver mounts devices"`))).toEqual([]);
  });

  it("a next-line comment suppresses the rule on the next line with content", async () => {
    const text = privileged().replace("            privileged: true", "            # dslint-disable-next-line privileged-container -- loads kernel modules\n\n            privileged: true");
    expect(await run(text)).toEqual([]);
  });

  it("a document comment suppresses the rule anywhere in its document only", async () => {
    const text = `# dslint-disable privileged-container -- node bootstrapper\n${privileged()}---\n${privileged().replace("name: agent", "name: other")}`;
    expect(await run(text)).toEqual(["34:25 privileged-container error"]);
  });

  it("reports a suppression without a reason, and one that suppresses nothing", async () => {
    const text = privileged().replace("            privileged: true", "            # dslint-disable-next-line privileged-container\n            privileged: true");
    expect(await run(text)).toEqual(["16:13 invalid-suppression warning"]);
    const unused = `# dslint-disable-next-line privileged-container -- not here\n${privileged()}`;
    expect(await run(unused)).toEqual(["1:1 unused-suppression warning", "17:25 privileged-container error"]);
    const unknown = privileged(`annotations:\n  ignore-check.dslint.io/privileged-containr: "typo"`);
    expect(await run(unknown)).toEqual(["7:5 invalid-suppression warning", "18:25 privileged-container error"]);
  });

  it("--no-inline-config ignores them all", async () => {
    const text = privileged(`annotations:\n  ignore-check.dslint.io/privileged-container: "CSI"`);
    expect(await run(text, false)).toEqual(["18:25 privileged-container error"]);
  });
});
