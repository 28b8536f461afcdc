import { describe, expect, it } from "vitest";
import { daemonSetYaml, ruleFindings } from "./helpers.js";

// Cases of the hygiene rules that do not fit their examples: the top-level
// podSecurity setting, pod-level resources, templating placeholders.

describe("pod-security", () => {
  const rootAgent = daemonSetYaml(`containers:
  - name: agent
    image: example/agent:1.0
    securityContext: {runAsUser: 0}
`);

  it("takes its level from the top-level podSecurity setting", async () => {
    expect(await ruleFindings("pod-security", rootAgent)).toEqual([]);
    const messages = await ruleFindings("pod-security", rootAgent, { podSecurity: { level: "restricted", version: "v1.30" } });
    expect(messages.some((m) => m.includes("restricted: runAsUser — "))).toBe(true);
    expect(messages.every((m) => m.endsWith("rejected where restricted is enforced"))).toBe(true);
  });

  it("reports nothing at the privileged level", async () => {
    expect(await ruleFindings("pod-security", daemonSetYaml("hostNetwork: true\ncontainers: [{name: agent, image: example/agent:1.0}]"), { podSecurity: { level: "privileged" } })).toEqual([]);
  });

  it("evaluates latest as the target Kubernetes version", async () => {
    // User namespaces exempt root from runAsNonRoot and runAsUser from policy version 1.35 on.
    const userNamespaced = daemonSetYaml(`hostUsers: false
securityContext: {runAsUser: 0, seccompProfile: {type: RuntimeDefault}}
containers:
  - name: agent
    image: example/agent:1.0
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}`);
    const at = (kubernetesVersion: string) => ({ kubernetesVersion, podSecurity: { level: "restricted" } });
    expect(await ruleFindings("pod-security", userNamespaced, at("1.35"))).toEqual([]);
    expect(await ruleFindings("pod-security", userNamespaced, at("1.34"))).toEqual([
      expect.stringContaining("restricted: runAsUser — "),
      expect.stringContaining("restricted: runAsNonRoot — "),
    ]);
  });

  it("evaluates the template's annotations", async () => {
    const manifest = daemonSetYaml(undefined, { templateMetadata: "annotations: {container.apparmor.security.beta.kubernetes.io/agent: unconfined}" });
    expect(await ruleFindings("pod-security", manifest)).toEqual([expect.stringContaining("baseline: appArmorProfile — ")]);
  });
});

describe("missing-resources", () => {
  it("counts pod-level resources for every container", async () => {
    const manifest = daemonSetYaml(`resources:
  requests: {cpu: 100m, memory: 128Mi}
  limits: {memory: 256Mi}
containers:
  - name: agent
    image: example/agent:1.0
  - name: exporter
    image: example/exporter:1.0
`);
    expect(await ruleFindings("missing-resources", manifest)).toEqual([]);
  });

  it("reports only what the pod level does not cover", async () => {
    const manifest = daemonSetYaml(`resources:
  limits: {memory: 256Mi}
containers:
  - name: agent
    image: example/agent:1.0
`);
    expect(await ruleFindings("missing-resources", manifest)).toEqual([expect.stringContaining('container "agent" sets no cpu request: the scheduler reserves no CPU')]);
  });

  it("reports nothing when every requirement is turned off", async () => {
    const options = { requireCpuRequest: false, requireMemoryRequest: false, requireMemoryLimit: false };
    expect(await ruleFindings("missing-resources", daemonSetYaml(), { options })).toEqual([]);
  });
});

describe("image-tag", () => {
  it("leaves templating placeholders alone", async () => {
    const manifest = daemonSetYaml(`containers:
  - name: agent
    image: \${AGENT_IMAGE}
`);
    expect(await ruleFindings("image-tag", manifest)).toEqual([]);
  });

  it("does not claim a pull policy it cannot know", async () => {
    const manifest = daemonSetYaml(`containers:
  - name: agent
    image: example/agent
    imagePullPolicy: Never
`);
    const [message] = await ruleFindings("image-tag", manifest);
    expect(message).toContain("without a tag");
    expect(message).not.toContain("imagePullPolicy");
  });
});

describe("missing-probes", () => {
  it("checks regular containers only", async () => {
    const manifest = daemonSetYaml(`initContainers:
  - {name: reloader, image: example/reloader:1.0, restartPolicy: Always}
containers:
  - name: agent
    image: example/agent:1.0
    readinessProbe: {tcpSocket: {port: 8080}}
    livenessProbe: {tcpSocket: {port: 8080}}
`);
    expect(await ruleFindings("missing-probes", manifest)).toEqual([]);
  });
});
