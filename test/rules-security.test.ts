import { describe, expect, it } from "vitest";
import { looksLikeCredentialName, looksLikeLiteralSecret } from "../rules/hardcoded-credentials.js";
import { windowsOnly } from "../src/k8s/os.js";
import { normalizeHostPath } from "../src/k8s/hostpath.js";
import { daemonSetYaml, ruleFindings } from "./helpers.js";

describe("normalizeHostPath", () => {
  it.each([
    ["/", "/"],
    ["/var/lib/kubelet/", "/var/lib/kubelet"],
    ["//run//containerd/./", "/run/containerd"],
    ["C:\\var\\lib\\kubelet\\", "/var/lib/kubelet"],
    ["c:/K", "/k"],
    ["\\\\.\\pipe\\docker_engine", "//./pipe/docker_engine"],
  ])("%s → %s", (raw, normalized) => expect(normalizeHostPath(raw)).toBe(normalized));
});

describe("windowsOnly", () => {
  it.each([
    [{ os: { name: "windows" } }, true],
    [{ nodeSelector: { "kubernetes.io/os": "windows" } }, true],
    [{ nodeSelector: { "beta.kubernetes.io/os": "windows" } }, true],
    [{ securityContext: { windowsOptions: { hostProcess: true } } }, true],
    [
      {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/os", operator: "In", values: ["windows"] }] }],
            },
          },
        },
      },
      true,
    ],
    [{ nodeSelector: { "kubernetes.io/os": "linux" } }, false],
    [{ nodeSelector: { "kubernetes.io/arch": "arm64" } }, false],
    [{}, false],
  ])("%j → %s", (podSpec, expected) => expect(windowsOnly(podSpec)).toBe(expected));
});

describe("hardcoded-credentials heuristics", () => {
  const keywords = ["PASSWORD", "TOKEN", "SECRET", "API_KEY", "ACCESS_KEY", "PWD"];
  it.each([
    ["FLUENT_ELASTICSEARCH_PASSWORD", true],
    ["db-password", true],
    ["githubToken", true],
    ["DD_APIKEY", true],
    ["AWS_SECRET_ACCESS_KEY", true],
    ["FLUENT_ELASTICSEARCH_PASSWORD_FILE", false],
    ["SERVICE_ACCOUNT_TOKEN_PATH", false],
    ["AWS_ACCESS_KEY_ID", false],
    ["SECRET_NAME", false],
    ["TOKENIZER", false],
    ["PASSWORDLESS", false],
  ])("name %s → %s", (name, expected) => expect(looksLikeCredentialName(name, keywords)).toBe(expected));

  it.each([
    ["changeme", true],
    ["s3cr3t value", true],
    ["123456", true],
    ["", false],
    ["   ", false],
    ["$(DB_PASSWORD)", false],
    ["user:$(DB_PASSWORD)", false],
    ["${PASSWORD}", false],
    ["{{ .Values.password }}", false],
    ["/var/run/secrets/token", false],
    ["true", false],
    ["https://vault.example.com/v1/token", false],
    ["https://user:pw@example.com", true],
  ])("value %j → %s", (value, expected) => expect(looksLikeLiteralSecret(value)).toBe(expected));

  it("masks the value and honours ignoredNames", async () => {
    const manifest = daemonSetYaml(`containers:
  - name: a
    image: example/a:1.0
    env:
      - {name: API_TOKEN, value: supersecretvalue}
      - {name: DEMO_PASSWORD, value: demo}`);
    const all = await ruleFindings("hardcoded-credentials", manifest);
    expect(all).toHaveLength(2);
    expect(all.join("\n")).not.toContain("supersecretvalue");
    expect(all.join("\n")).not.toContain("demo\"");
    expect(await ruleFindings("hardcoded-credentials", manifest, { options: { ignoredNames: ["demo_password"] } })).toHaveLength(1);
  });
});

describe("missing-seccomp-profile", () => {
  it("honours the deprecated annotations the API server copies into the fields", async () => {
    const templateMetadata = `annotations:
  seccomp.security.alpha.kubernetes.io/pod: runtime/default
  container.seccomp.security.alpha.kubernetes.io/b: unconfined`;
    const result = await ruleFindings(
      "missing-seccomp-profile",
      daemonSetYaml(
        `containers:
  - {name: a, image: example/a:1.0}
  - {name: b, image: example/b:1.0}`,
        { templateMetadata },
      ),
    );
    expect(result).toEqual([expect.stringMatching(/^13:\d+ container "b" sets annotation container\.seccomp\.security\.alpha\.kubernetes\.io\/b: unconfined/)]);
  });

  it("leaves privileged containers to privileged-container", async () => {
    expect(
      await ruleFindings(
        "missing-seccomp-profile",
        daemonSetYaml(`containers:
  - name: a
    image: example/a:1.0
    securityContext: {privileged: true}`),
      ),
    ).toEqual([]);
  });
});

describe("run-as-root", () => {
  it("leaves user-namespaced pods alone", async () => {
    expect(
      await ruleFindings(
        "run-as-root",
        daemonSetYaml(`hostUsers: false
containers:
  - {name: a, image: example/a:1.0}`),
      ),
    ).toEqual([]);
  });

  it("reports a pod-level runAsNonRoot: false once, naming the containers it applies to", async () => {
    const result = await ruleFindings(
      "run-as-root",
      daemonSetYaml(`securityContext: {runAsNonRoot: false}
containers:
  - {name: a, image: example/a:1.0}
  - {name: b, image: example/b:1.0, securityContext: {runAsUser: 1000}}`),
    );
    expect(result).toEqual([expect.stringContaining('the pod sets runAsNonRoot: false and no runAsUser: container "a" runs as')]);
  });

  it("names the containers a pod-level setting applies to as every message names them", async () => {
    const result = await ruleFindings(
      "run-as-root",
      daemonSetYaml(`securityContext: {runAsUser: 0}
initContainers:
  - {name: setup, image: example/setup:1.0}
containers:
  - {name: a, image: example/a:1.0}
  - {name: b, image: example/b:1.0, securityContext: {runAsUser: 1000}}`),
    );
    expect(result).toEqual([expect.stringContaining('the pod sets runAsUser: 0, so init container "setup", container "a" run as root')]);
  });
});

describe("writable-host-path", () => {
  const podSpec = `containers:
  - name: a
    image: example/a:1.0
    volumeMounts:
      - {name: plugins, mountPath: /plugins}
      - {name: sock, mountPath: /var/run/docker.sock}
volumes:
  - name: plugins
    hostPath: {path: /var/lib/kubelet/plugins/example.csi.io/}
  - name: sock
    hostPath: {path: /var/run/docker.sock}`;

  it("allows the kubelet's plugin directories by default and leaves sockets out", async () => {
    expect(await ruleFindings("writable-host-path", daemonSetYaml(podSpec))).toEqual([]);
  });

  it("reports them once allowedPaths is replaced", async () => {
    expect(await ruleFindings("writable-host-path", daemonSetYaml(podSpec), { options: { allowedPaths: [] } })).toEqual([
      expect.stringContaining('mounts hostPath "/var/lib/kubelet/plugins/example.csi.io/" (volume "plugins") writable'),
    ]);
  });
});

describe("sensitive-host-path", () => {
  const podSpec = (path: string, readOnly: boolean) => `containers:
  - name: a
    image: example/a:1.0
    volumeMounts:
      - {name: v, mountPath: /v, readOnly: ${readOnly}}
volumes:
  - name: v
    hostPath: {path: ${path}}`;

  // A parent of a write-only-sensitive directory counts only when it is mounted writable, as the directory itself does.
  it.each([
    ["/proc/sys", false, "it contains /proc/sys/kernel"],
    ["/proc/sys", true, undefined],
    ["/usr/share/containers", false, "it contains /usr/share/containers/oci/hooks.d"],
    ["/usr/share/containers", true, undefined],
    ["/etc/kubernetes/pki/ca.key", true, "it is inside /etc/kubernetes/pki"],
    ["/run/nri/nri.sock", true, "it is inside /run/nri"],
    ["/sys/kernel", true, "it contains /sys/kernel/debug"],
    ["/etc/kubernetes/secrets-store-csi-providers", false, undefined],
    ["/lib/modules", true, undefined],
  ])("%s (readOnly: %s)", async (path, readOnly, expected) => {
    const found = await ruleFindings("sensitive-host-path", daemonSetYaml(podSpec(path, readOnly)));
    expect(found).toEqual(expected === undefined ? [] : [expect.stringContaining(expected)]);
  });
});
