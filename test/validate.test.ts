import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { defaultDaemonSet, imagePullPolicyFor } from "../src/k8s/defaults.js";
import {
  labelSelectorAsSelector,
  matches,
  selectorToString,
  type Selector,
} from "../src/k8s/labelselector.js";
import { validateDaemonSet, type FieldIssue } from "../src/validate/index.js";
import { daemonSet } from "./helpers.js";

type Json = Record<string, unknown>;

function issues(manifest: unknown, kubernetesVersion?: string): FieldIssue[] {
  return validateDaemonSet(manifest, kubernetesVersion ? { kubernetesVersion } : {}).issues;
}

function only(manifest: unknown, kubernetesVersion?: string): FieldIssue {
  const found = issues(manifest, kubernetesVersion);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("messages name the value and explain the rule", () => {
  it("container name", () => {
    const issue = only(daemonSet({ containers: [{ name: "Web", image: "nginx:1.27" }] }));
    expect(issue.message).toMatch(/^container name "Web" is invalid: a lowercase RFC 1123 label must consist of/);
    expect(issue.fix).toBe('use "web"');
    expect(issue.ruleId).toBe("api-validation");
  });

  it("selector mismatch names the required and the present labels", () => {
    const manifest = daemonSet({}, { spec: { selector: { matchLabels: { app: "nginx" } } } });
    (manifest.spec as Json).template = { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx" }] } };
    const issue = only(manifest);
    expect(issue).toMatchObject({ ruleId: "selector-mismatch", type: "Invalid", field: "spec.template.metadata.labels" });
    expect(issue.message).toBe(
      "spec.selector does not match the template labels: the selector requires app=nginx, the template has app=web",
    );
    expect(issue.path).toEqual(["spec", "template", "metadata", "labels"]);
  });

  it("a missing selector suggests matchLabels from the template labels", () => {
    const manifest = daemonSet();
    delete (manifest.spec as Json).selector;
    const issue = only(manifest);
    expect(issue.ruleId).toBe("selector-mismatch");
    expect(issue.fix).toBe("set spec.selector.matchLabels to {app: agent}");
    expect(issue.path).toEqual(["spec"]);
  });

  it("an empty selector is a selector-mismatch finding on spec.selector", () => {
    const issue = only(daemonSet({}, { spec: { selector: {} } }));
    expect(issue).toMatchObject({ ruleId: "selector-mismatch", field: "spec.selector", path: ["spec", "selector"] });
  });

  it("maxSurge with the defaulted maxUnavailable explains the default", () => {
    const issue = only(daemonSet({}, { spec: { updateStrategy: { rollingUpdate: { maxSurge: 1 } } } }));
    expect(issue.message).toContain("the default");
    expect(issue.fix).toBe("set maxUnavailable: 0 to surge, or remove maxSurge");
  });

  it("malformed quantities are decode errors with a suggested spelling", () => {
    const result = validateDaemonSet(
      daemonSet({ containers: [{ name: "a", image: "a", resources: { requests: { memory: "200MB" } } }] }),
    );
    expect(result.issues).toEqual([]);
    expect(result.decodeErrors).toHaveLength(1);
    expect(result.decodeErrors[0]).toMatchObject({
      field: "spec.template.spec.containers[0].resources.requests[memory]",
      path: ["spec", "template", "spec", "containers", 0, "resources", "requests", "memory"],
    });
    expect(result.decodeErrors[0]!.fix).toBe('use "200M" or "200Mi"');
  });

  it("containers are named by their kind and name, or by their index in their list", () => {
    const manifest = daemonSet({
      initContainers: [{ name: "setup", image: "a", resources: { requests: { memory: "200MB" } } }],
      containers: [{ image: "a", resources: { limits: { cpu: "one" } } }],
    });
    expect(validateDaemonSet(manifest).decodeErrors.map((d) => d.message.split(" is not")[0])).toEqual([
      'container 0 limit cpu "one"',
      'init container "setup" request memory "200MB"',
    ]);
  });
});

describe("paths point at what the user wrote", () => {
  it("template label errors use the Go field spec.template.labels but point at the label key", () => {
    const manifest = daemonSet();
    ((manifest.spec as Json).template as Json).metadata = { labels: { app: "agent", "bad key": "x" } };
    const issue = only(manifest);
    expect(issue.field).toBe("spec.template.labels");
    expect(issue.path).toEqual(["spec", "template", "metadata", "labels", "bad key"]);
    expect(issue.onKey).toBe(true);
  });

  it("a request above its limit points at the request entry", () => {
    const issue = only(
      daemonSet({ containers: [{ name: "a", image: "a", resources: { requests: { cpu: "2" }, limits: { cpu: "1" } } }] }),
    );
    expect(issue.field).toBe("spec.template.spec.containers[0].resources.requests");
    expect(issue.path).toEqual(["spec", "template", "spec", "containers", 0, "resources", "requests", "cpu"]);
  });

  it("subPath errors keep the Go path without index but point at the mount", () => {
    const issue = only(
      daemonSet({
        containers: [{ name: "a", image: "a", volumeMounts: [{ name: "v", mountPath: "/v" }, { name: "v", mountPath: "/w", subPath: "../x" }] }],
        volumes: [{ name: "v", emptyDir: {} }],
      }),
    );
    expect(issue.field).toBe("spec.template.spec.containers[0].volumeMounts.subPath");
    expect(issue.path).toEqual(["spec", "template", "spec", "containers", 0, "volumeMounts", 1, "subPath"]);
  });

  it("errors on defaulted fields point at the nearest node the user wrote", () => {
    const issue = only(daemonSet({}, { spec: { updateStrategy: { rollingUpdate: { maxSurge: "20%" } } } }));
    expect(issue.field).toBe("spec.updateStrategy.rollingUpdate.maxSurge");
    expect(issue.path).toEqual(["spec", "updateStrategy", "rollingUpdate", "maxSurge"]);
    const required = only(daemonSet({ containers: [{ name: "a", image: "a", ports: [{ name: "http" }] }] }));
    expect(required.field).toBe("spec.template.spec.containers[0].ports[0].containerPort");
    expect(required.path).toEqual(["spec", "template", "spec", "containers", 0, "ports", 0]);
  });

  it("a duplicate host port of an init container is reported as index 0 but located at the real container", () => {
    const port = { containerPort: 80, hostPort: 80 };
    const found = issues(
      daemonSet({
        initContainers: [
          { name: "i0", image: "a" },
          { name: "i1", image: "a", ports: [port, { ...port, containerPort: 81 }] },
        ],
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe("spec.template.spec.initContainers[0].ports[1].hostPort");
    expect(found[0]!.path).toEqual(["spec", "template", "spec", "initContainers", 1, "ports", 1, "hostPort"]);
  });
});

describe("Kubernetes version differences", () => {
  const envName = daemonSet({ containers: [{ name: "a", image: "a", env: [{ name: "1_INVALID", value: "x" }] }] });

  it("env var names are relaxed from 1.32", () => {
    expect(issues(envName, "1.32")).toEqual([]);
    expect(issues(envName, "1.31").map((i) => i.field)).toEqual(["spec.template.spec.containers[0].env[0].name"]);
  });

  it("before 1.29 an init container's restartPolicy is dropped, so probes are forbidden", () => {
    const sidecar = daemonSet({
      initContainers: [{ name: "s", image: "a", restartPolicy: "Always", readinessProbe: { exec: { command: ["true"] } } }],
    });
    expect(issues(sidecar, "1.29")).toEqual([]);
    expect(issues(sidecar, "v1.28.4").map((i) => `${i.type} ${i.field}`)).toEqual([
      "Forbidden spec.template.spec.initContainers[0].readinessProbe",
    ]);
  });

  it("a restartPolicy: Always init container is named a sidecar only where the API server keeps its restartPolicy", () => {
    const sidecar = daemonSet({
      initContainers: [{ name: "proxy", image: "a", restartPolicy: "Always", env: [{ name: "A=B", value: "x" }] }],
    });
    expect(only(sidecar, "1.29").message).toMatch(/^environment variable name "A=B" in sidecar container "proxy" is invalid/);
    expect(only(sidecar, "1.28").message).toMatch(/^environment variable name "A=B" in init container "proxy" is invalid/);
  });

  it("hostNetwork ports are defaulted into hostPort in templates only up to 1.27", () => {
    const twoOnSamePort = daemonSet({
      hostNetwork: true,
      containers: [
        { name: "a", image: "a", ports: [{ containerPort: 9100 }] },
        { name: "b", image: "b", ports: [{ containerPort: 9100 }] },
      ],
    });
    expect(issues(twoOnSamePort, "1.27").map((i) => `${i.type} ${i.field}`)).toEqual([
      "Duplicate spec.template.spec.containers[1].ports[0].hostPort",
    ]);
    expect(issues(twoOnSamePort, "1.28")).toEqual([]);
  });
});

describe("defaultDaemonSet", () => {
  it("applies the apps/v1 and core/v1 defaults without touching the input", () => {
    const input = daemonSet({
      containers: [
        { name: "a", image: "nginx", ports: [{ containerPort: 80 }], livenessProbe: { httpGet: { port: 80 } } },
        { name: "b", image: "nginx:1.27" },
      ],
      volumes: [{ name: "scratch" }, { name: "cfg", configMap: { name: "cfg" } }],
    });
    const snapshot = JSON.stringify(input);
    const out = defaultDaemonSet(input) as Json;
    expect(JSON.stringify(input)).toBe(snapshot);
    const spec = out.spec as Json;
    expect(spec.updateStrategy).toEqual({ type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(spec.revisionHistoryLimit).toBe(10);
    const pod = (spec.template as Json).spec as Json;
    expect(pod).toMatchObject({ restartPolicy: "Always", dnsPolicy: "ClusterFirst", terminationGracePeriodSeconds: 30, schedulerName: "default-scheduler", securityContext: {} });
    const [a, b] = pod.containers as Json[];
    expect(a).toMatchObject({ imagePullPolicy: "Always", terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File" });
    expect(a!.ports).toEqual([{ containerPort: 80, protocol: "TCP" }]);
    expect(a!.livenessProbe).toEqual({ httpGet: { port: 80, path: "/", scheme: "HTTP" }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
    expect(b!.imagePullPolicy).toBe("IfNotPresent");
    expect(pod.volumes).toEqual([{ name: "scratch", emptyDir: {} }, { name: "cfg", configMap: { name: "cfg", defaultMode: 0o644 } }]);
  });

  it("leaves OnDelete without a rollingUpdate block", () => {
    const out = defaultDaemonSet(daemonSet({}, { spec: { updateStrategy: { type: "OnDelete" } } })) as Json;
    expect((out.spec as Json).updateStrategy).toEqual({ type: "OnDelete" });
  });

  it("derives imagePullPolicy from the tag", () => {
    expect(imagePullPolicyFor("nginx")).toBe("Always");
    expect(imagePullPolicyFor("nginx:latest")).toBe("Always");
    expect(imagePullPolicyFor("localhost:5000/nginx")).toBe("Always");
    expect(imagePullPolicyFor("localhost:5000/nginx:1.2")).toBe("IfNotPresent");
    expect(imagePullPolicyFor("nginx@sha256:" + "a".repeat(64))).toBe("IfNotPresent");
    expect(imagePullPolicyFor("")).toBe("IfNotPresent");
  });

  it("treats wrongly-typed defaulted fields as absent and never throws", () => {
    const out = defaultDaemonSet({ spec: { updateStrategy: "fast", template: { spec: { restartPolicy: 7, containers: "x" } } } }) as Json;
    const spec = out.spec as Json;
    expect(spec.updateStrategy).toEqual({ type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(((spec.template as Json).spec as Json).restartPolicy).toBe("Always");
    expect(((spec.template as Json).spec as Json).containers).toBe("x");
    expect(defaultDaemonSet(null)).toBeNull();
    expect(defaultDaemonSet("text")).toBe("text");
  });
});

describe("label selectors", () => {
  const convert = (s: unknown): Selector => {
    const r = labelSelectorAsSelector(s);
    if (!r.ok) throw new Error("selector should convert");
    return r.selector;
  };

  it("nil selects nothing, empty selects everything", () => {
    expect(matches(convert(undefined), { a: "b" })).toBe(false);
    expect(matches(convert({}), {})).toBe(true);
  });

  it("evaluates set-based requirements", () => {
    const s = convert({
      matchLabels: { app: "web" },
      matchExpressions: [
        { key: "tier", operator: "In", values: ["fe", "be"] },
        { key: "debug", operator: "DoesNotExist" },
        { key: "zone", operator: "NotIn", values: ["z1"] },
      ],
    });
    expect(matches(s, { app: "web", tier: "fe" })).toBe(true);
    expect(matches(s, { app: "web", tier: "fe", zone: "z1" })).toBe(false);
    expect(matches(s, { app: "web", tier: "fe", debug: "" })).toBe(false);
    expect(selectorToString(s)).toBe("app=web,tier in (fe,be),!debug,zone notin (z1)");
  });

  it("fails to convert with the validation problems", () => {
    const r = labelSelectorAsSelector({ matchExpressions: [{ key: "a", operator: "In" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.type)).toEqual(["Required"]);
  });
});

describe("validation issues as findings", () => {
  it("are errors with the API error", async () => {
    const { findings } = await checkText(JSON.stringify(daemonSet({ hostname: "Not_Valid" })), "ds.json");
    expect(findings.filter((f) => f.ruleId === "api-validation")).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "spec.template.spec.hostname",
        apiError: { field: "spec.template.spec.hostname", type: "Invalid" },
      }),
    ]);
  });
});

describe("robustness", () => {
  it("accepts anything at the top level", () => {
    for (const input of [undefined, null, 0, "x", [], [1, 2], {}, { spec: 5 }, { metadata: [] }]) {
      expect(() => validateDaemonSet(input)).not.toThrow();
    }
  });

  it("does not pile errors onto wrongly-typed fields", () => {
    const found = issues(daemonSet({ containers: [{ name: 5, image: ["x"], ports: "80", env: [{ name: true }] }] }));
    expect(found).toEqual([]);
  });

  /** A small deterministic generator (mulberry32). */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const junk: unknown[] = [null, 0, -1, 1.5, "", "x", "-5%", true, [], ["a", "b"], [1, null], {}, { a: 1 }, [{}], [[]]];

  function paths(node: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (node === null || typeof node !== "object") return [prefix];
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }

  const rich = daemonSet(
    {
      hostNetwork: true,
      initContainers: [{ name: "init", image: "busybox", restartPolicy: "Always", startupProbe: { tcpSocket: { port: 80 } } }],
      containers: [
        {
          name: "agent",
          image: "agent:1",
          ports: [{ name: "metrics", containerPort: 9100, hostPort: 9100 }],
          env: [{ name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }],
          envFrom: [{ configMapRef: { name: "cfg" } }],
          resources: { requests: { cpu: "100m", memory: "64Mi" }, limits: { memory: "128Mi" } },
          volumeMounts: [{ name: "proc", mountPath: "/host/proc", readOnly: true }],
          securityContext: { privileged: true, capabilities: { add: ["SYS_ADMIN"] } },
          livenessProbe: { httpGet: { path: "/healthz", port: "metrics" } },
          lifecycle: { preStop: { exec: { command: ["sleep", "5"] } } },
        },
      ],
      volumes: [
        { name: "proc", hostPath: { path: "/proc", type: "Directory" } },
        { name: "token", projected: { sources: [{ serviceAccountToken: { path: "token" } }] } },
      ],
      tolerations: [{ operator: "Exists" }],
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/os", operator: "In", values: ["linux"] }] }],
          },
        },
        podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { a: "b" } }, topologyKey: "kubernetes.io/hostname" }] },
      },
      topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: "ScheduleAnyway", labelSelector: {} }],
      securityContext: { sysctls: [{ name: "kernel.shm_rmid_forced", value: "1" }], seccompProfile: { type: "RuntimeDefault" } },
      dnsConfig: { nameservers: ["1.1.1.1"], searches: ["svc.cluster.local"] },
      os: { name: "linux" },
    },
    { spec: { updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "10%" } }, minReadySeconds: 5 } },
  );

  it("the rich manifest used for fuzzing is valid", () => {
    expect(issues(rich)).toEqual([]);
  });

  it("never throws or fails internally when any node is replaced by junk", () => {
    const next = random(20240611);
    const all = paths(rich);
    for (let round = 0; round < 1000; round++) {
      const copy = JSON.parse(JSON.stringify(rich)) as Json;
      for (let n = 0; n < 1 + Math.floor(next() * 3); n++) {
        const path = all[Math.floor(next() * all.length)]!;
        if (path.length === 0) continue;
        let parent: any = copy;
        for (const seg of path.slice(0, -1)) parent = parent?.[seg];
        if (parent !== null && typeof parent === "object") parent[path[path.length - 1]!] = junk[Math.floor(next() * junk.length)];
      }
      for (const version of [undefined, "1.27", "1.31"]) {
        const result = validateDaemonSet(copy, version ? { kubernetesVersion: version } : {});
        expect(result.issues.filter((i) => i.type === "InternalError")).toEqual([]);
        expect(() => defaultDaemonSet(copy)).not.toThrow();
      }
    }
  });
});
