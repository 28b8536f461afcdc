import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import type { DslintConfig } from "../src/config/config.js";
import { onlyRule } from "./only-rule.js";

// Cases of the hygiene rules that do not fit their examples: the top-level
// podSecurity setting, pod-level resources, templating placeholders.
function only(ruleId: string, options: Record<string, unknown> = {}, tweak?: (c: DslintConfig) => void): DslintConfig {
  const config = onlyRule(ruleId, { severity: "warning", options });
  tweak?.(config);
  return config;
}

async function findings(ruleId: string, manifest: string, config = only(ruleId)): Promise<string[]> {
  const result = await checkText(manifest, "test.yaml", { config });
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.line}:${f.column} ${f.message}`);
}

const daemonSet = (podSpec: string, templateMeta = "") => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata:
      labels: {app: agent}${templateMeta}
    spec:
${podSpec}`;

describe("pod-security", () => {
  const rootAgent = daemonSet(`      containers:
        - name: agent
          image: example/agent:1.0
          securityContext: {runAsUser: 0}
`);

  it("takes its level from the top-level podSecurity setting", async () => {
    expect(await findings("pod-security", rootAgent)).toEqual([]);
    const restricted = only("pod-security", {}, (c) => (c.settings = { podSecurity: { level: "restricted", version: "v1.30" } }));
    const messages = await findings("pod-security", rootAgent, restricted);
    expect(messages.some((m) => m.includes("restricted: runAsUser — "))).toBe(true);
    expect(messages.every((m) => m.endsWith("rejected where restricted is enforced"))).toBe(true);
  });

  it("reports nothing at the privileged level", async () => {
    const privileged = only("pod-security", {}, (c) => (c.settings = { podSecurity: { level: "privileged" } }));
    expect(await findings("pod-security", daemonSet("      hostNetwork: true\n      containers: [{name: agent, image: example/agent:1.0}]\n"), privileged)).toEqual([]);
  });

  it("evaluates latest as the target Kubernetes version", async () => {
    // User namespaces exempt root from runAsNonRoot and runAsUser from policy version 1.35 on.
    const userNamespaced = daemonSet(`      hostUsers: false
      securityContext: {runAsUser: 0, seccompProfile: {type: RuntimeDefault}}
      containers:
        - name: agent
          image: example/agent:1.0
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`);
    const at = (kubernetesVersion: string) =>
      only("pod-security", { level: "restricted" }, (c) => (c.kubernetesVersion = kubernetesVersion));
    expect(await findings("pod-security", userNamespaced, at("1.35"))).toEqual([]);
    expect(await findings("pod-security", userNamespaced, at("1.34"))).toEqual([
      expect.stringContaining("restricted: runAsUser — "),
      expect.stringContaining("restricted: runAsNonRoot — "),
    ]);
  });

  it("evaluates the template's annotations", async () => {
    const manifest = daemonSet("      containers: [{name: agent, image: example/agent:1.0}]\n", "\n      annotations: {container.apparmor.security.beta.kubernetes.io/agent: unconfined}");
    expect(await findings("pod-security", manifest)).toEqual([expect.stringContaining("baseline: appArmorProfile — ")]);
  });
});

describe("missing-resources", () => {
  it("counts pod-level resources for every container", async () => {
    const manifest = daemonSet(`      resources:
        requests: {cpu: 100m, memory: 128Mi}
        limits: {memory: 256Mi}
      containers:
        - name: agent
          image: example/agent:1.0
        - name: exporter
          image: example/exporter:1.0
`);
    expect(await findings("missing-resources", manifest)).toEqual([]);
  });

  it("reports only what the pod level does not cover", async () => {
    const manifest = daemonSet(`      resources:
        limits: {memory: 256Mi}
      containers:
        - name: agent
          image: example/agent:1.0
`);
    expect(await findings("missing-resources", manifest)).toEqual([expect.stringContaining('container "agent" sets no cpu request: the scheduler reserves no CPU')]);
  });

  it("reports nothing when every requirement is turned off", async () => {
    const options = { requireCpuRequest: false, requireMemoryRequest: false, requireMemoryLimit: false };
    expect(await findings("missing-resources", daemonSet("      containers: [{name: agent, image: example/agent:1.0}]\n"), only("missing-resources", options))).toEqual([]);
  });
});

describe("image-tag", () => {
  it("leaves templating placeholders alone", async () => {
    const manifest = daemonSet(`      containers:
        - name: agent
          image: \${AGENT_IMAGE}
`);
    expect(await findings("image-tag", manifest)).toEqual([]);
  });

  it("does not claim a pull policy it cannot know", async () => {
    const manifest = daemonSet(`      containers:
        - name: agent
          image: example/agent
          imagePullPolicy: Never
`);
    const [message] = await findings("image-tag", manifest);
    expect(message).toContain("without a tag");
    expect(message).not.toContain("imagePullPolicy");
  });
});

describe("missing-probes", () => {
  it("checks regular containers only", async () => {
    const manifest = daemonSet(`      initContainers:
        - {name: reloader, image: example/reloader:1.0, restartPolicy: Always}
      containers:
        - name: agent
          image: example/agent:1.0
          readinessProbe: {tcpSocket: {port: 8080}}
          livenessProbe: {tcpSocket: {port: 8080}}
`);
    expect(await findings("missing-probes", manifest)).toEqual([]);
  });
});
