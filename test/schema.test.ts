import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import type { Problem } from "../src/finding.js";
import { parseQuantity } from "../src/k8s/quantity.js";
import { DEFAULT_VERSION, KNOWN_VERSIONS, unknownVersionMessage } from "../src/k8s/versions.js";
import type { ManifestObject, ScalarInfo } from "../src/load/types.js";
import { formatPath, type Path } from "../src/path.js";
import { schemaFileName, schemasDir, versionDirName } from "../src/schema/files.js";
import { QUANTITY_PATTERN } from "../src/schema/openapi.js";
import { closestMatch } from "../src/schema/suggest.js";
import { loadSchemaValidator, type SchemaKind } from "../src/schema/validate.js";

/**
 * An object as the loader hands it over. `scalars` says how chosen scalars
 * were written, keyed by their `field.Path` string; other scalars are plain
 * and read as written.
 */
function manifest(value: unknown, scalars: Record<string, ScalarInfo> = {}): ManifestObject {
  return {
    file: "test.yaml",
    documentIndex: 0,
    basePath: [],
    value,
    locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
    scalar: (path: Path) => scalars[formatPath(path)],
    edits: () => undefined,
  };
}

/**
 * The node-exporter DaemonSet of prometheus-operator/kube-prometheus
 * (manifests/nodeExporter-daemonset.yaml, Apache-2.0), with fewer args.
 */
function nodeExporter(): any {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: {
      labels: {
        "app.kubernetes.io/component": "exporter",
        "app.kubernetes.io/name": "node-exporter",
        "app.kubernetes.io/part-of": "kube-prometheus",
        "app.kubernetes.io/version": "1.6.1",
      },
      name: "node-exporter",
      namespace: "monitoring",
    },
    spec: {
      selector: {
        matchLabels: {
          "app.kubernetes.io/component": "exporter",
          "app.kubernetes.io/name": "node-exporter",
          "app.kubernetes.io/part-of": "kube-prometheus",
        },
      },
      template: {
        metadata: {
          annotations: { "kubectl.kubernetes.io/default-container": "node-exporter" },
          labels: {
            "app.kubernetes.io/component": "exporter",
            "app.kubernetes.io/name": "node-exporter",
            "app.kubernetes.io/part-of": "kube-prometheus",
            "app.kubernetes.io/version": "1.6.1",
          },
        },
        spec: {
          automountServiceAccountToken: true,
          containers: [
            {
              args: ["--web.listen-address=127.0.0.1:9100", "--path.sysfs=/host/sys", "--path.rootfs=/host/root"],
              image: "quay.io/prometheus/node-exporter:v1.6.1",
              name: "node-exporter",
              resources: {
                limits: { cpu: "250m", memory: "180Mi" },
                requests: { cpu: "102m", memory: "180Mi" },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                capabilities: { add: ["SYS_TIME"], drop: ["ALL"] },
                readOnlyRootFilesystem: true,
              },
              volumeMounts: [
                { mountPath: "/host/sys", mountPropagation: "HostToContainer", name: "sys", readOnly: true },
                { mountPath: "/host/root", mountPropagation: "HostToContainer", name: "root", readOnly: true },
              ],
            },
            {
              args: ["--secure-listen-address=[$(IP)]:9100", "--upstream=http://127.0.0.1:9100/"],
              env: [{ name: "IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } }],
              image: "quay.io/brancz/kube-rbac-proxy:v0.14.2",
              name: "kube-rbac-proxy",
              ports: [{ containerPort: 9100, hostPort: 9100, name: "https" }],
              resources: {
                limits: { cpu: "20m", memory: "40Mi" },
                requests: { cpu: "10m", memory: "20Mi" },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                capabilities: { drop: ["ALL"] },
                readOnlyRootFilesystem: true,
                runAsGroup: 65532,
                runAsNonRoot: true,
                runAsUser: 65532,
              },
            },
          ],
          hostNetwork: true,
          hostPID: true,
          nodeSelector: { "kubernetes.io/os": "linux" },
          priorityClassName: "system-cluster-critical",
          securityContext: { runAsNonRoot: true, runAsUser: 65534 },
          serviceAccountName: "node-exporter",
          tolerations: [{ operator: "Exists" }],
          volumes: [
            { hostPath: { path: "/sys" }, name: "sys" },
            { hostPath: { path: "/" }, name: "root" },
          ],
        },
      },
      updateStrategy: { rollingUpdate: { maxUnavailable: "10%" }, type: "RollingUpdate" },
    },
  };
}

const node = (): any => ({
  apiVersion: "v1",
  kind: "Node",
  metadata: { name: "worker-1", labels: { "kubernetes.io/os": "linux" } },
  spec: { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] },
  status: { allocatable: { cpu: "4", memory: "16Gi", pods: 110 }, nodeInfo: { kubeletVersion: "v1.30.2" } },
});

const priorityClass = (): any => ({
  apiVersion: "scheduling.k8s.io/v1",
  kind: "PriorityClass",
  metadata: { name: "node-critical" },
  value: 1000000,
  preemptionPolicy: "Never",
});

async function check(value: unknown, options: { kind?: SchemaKind; version?: string; scalars?: Record<string, ScalarInfo> } = {}): Promise<Problem[]> {
  return (await loadSchemaValidator(options.version ?? DEFAULT_VERSION)).validate(manifest(value, options.scalars), options.kind ?? "DaemonSet");
}

const CONTAINER = ["spec", "template", "spec", "containers", 0];

describe("valid objects", () => {
  it.each(KNOWN_VERSIONS)("Kubernetes %s accepts a real DaemonSet, a Node and a PriorityClass", async (version) => {
    const validator = await loadSchemaValidator(version);
    expect(validator.version).toBe(version);
    expect(validator.validate(manifest(nodeExporter()), "DaemonSet")).toEqual([]);
    expect(validator.validate(manifest(node()), "Node")).toEqual([]);
    expect(validator.validate(manifest(priorityClass()), "PriorityClass")).toEqual([]);
  });

  it("accepts null for any field, as the API server does", async () => {
    const ds = nodeExporter();
    ds.metadata.creationTimestamp = null;
    ds.spec.template.spec.containers[0].env = null;
    ds.status = {};
    expect(await check(ds)).toEqual([]);
  });

  it("accepts the empty string where an enum field means 'unset'", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.tolerations = [{ key: "a", operator: "", value: "b", effect: "" }];
    ds.spec.template.spec.volumes[0].hostPath.type = "";
    expect(await check(ds)).toEqual([]);
  });
});

describe("unknown fields", () => {
  it("points at a mis-indented field's parent", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[0].nodeSelector = { disk: "ssd" };
    expect(await check(ds)).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message: 'unknown field "nodeSelector" in spec.template.spec.containers[0]',
        path: [...CONTAINER, "nodeSelector"],
        onKey: true,
        fix: "`nodeSelector` belongs under `spec.template.spec`: check the indentation",
      },
    ]);
  });

  it("reports a required field indented too far once, where it is", async () => {
    const ds = nodeExporter();
    const container = ds.spec.template.spec.containers[1];
    container.ports[0].image = container.image;
    delete container.image;
    expect((await check(ds)).map((p) => [formatPath(p.path), p.fix])).toEqual([
      [
        "spec.template.spec.containers[1].ports[0].image",
        "`image` belongs under `spec.template.spec.containers[1]`: check the indentation",
      ],
    ]);
  });

  it("finds where a field indented too little belongs", async () => {
    const ds = nodeExporter();
    ds.spec.hostNetwork = true;
    const [problem] = await check(ds);
    expect(problem?.message).toBe('unknown field "hostNetwork" in spec');
    expect(problem?.fix).toBe("`hostNetwork` belongs under `spec.template.spec`: check the indentation");
  });

  it("says when a field belongs at the top level", async () => {
    const ds = nodeExporter();
    ds.spec.apiVersion = "apps/v1";
    expect((await check(ds))[0]?.fix).toBe("`apiVersion` belongs at the top level: check the indentation");
  });

  it("suggests a near name", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[1].imagePulPolicy = "Always";
    ds.spec.template.spec.containers[1].ImagePullPolicy = "Always";
    const problems = await check(ds);
    expect(problems.map((p) => [p.message, p.fix])).toEqual([
      ['unknown field "imagePulPolicy" in spec.template.spec.containers[1]', "did you mean `imagePullPolicy`?"],
      ['unknown field "ImagePullPolicy" in spec.template.spec.containers[1]', "did you mean `imagePullPolicy`?"],
    ]);
    // Both cannot become imagePullPolicy: neither is renamed.
    expect(problems.map((p) => p.autofix)).toEqual([undefined, undefined]);
  });

  it("renames a misspelling with one candidate, unless the field it means is there too", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[1].imagePulPolicy = "Always";
    const path = ["spec", "template", "spec", "containers", 1, "imagePulPolicy"];
    expect((await check(ds))[0]?.autofix).toEqual({ title: "Rename imagePulPolicy to imagePullPolicy", edits: [{ op: "rename", path, key: "imagePullPolicy" }] });
    ds.spec.template.spec.containers[1].imagePullPolicy = "Never";
    expect((await check(ds))[0]?.autofix).toBeUndefined();
  });

  it("reports a misspelt required field once, as the misspelling", async () => {
    const ds = nodeExporter();
    const container = ds.spec.template.spec.containers[0];
    container.nmae = container.name;
    delete container.name;
    expect((await check(ds)).map((p) => [p.message, p.fix])).toEqual([
      ['unknown field "nmae" in spec.template.spec.containers[0]', "did you mean `name`?"],
    ]);
  });

  it("reports a field with no likely intent plainly", async () => {
    const ds = nodeExporter();
    ds.metadata.frobnicate = 1;
    expect(await check(ds)).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message: 'unknown field "frobnicate" in metadata',
        path: ["metadata", "frobnicate"],
        onKey: true,
      },
    ]);
  });

  it("names the root by kind", async () => {
    const pc = { ...priorityClass(), priority: 5 };
    expect((await check(pc, { kind: "PriorityClass" }))[0]?.message).toBe('unknown field "priority" in the PriorityClass');
  });
});

describe("fields of other Kubernetes versions", () => {
  const withSidecar = (): any => {
    const ds = nodeExporter();
    ds.spec.template.spec.initContainers = [{ name: "proxy", image: "envoy", restartPolicy: "Always" }];
    return ds;
  };

  it("explains a field that needs a newer version", async () => {
    expect(await check(withSidecar(), { version: "1.27" })).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message:
          'unknown field "restartPolicy" in spec.template.spec.initContainers[0]: ' +
          "`restartPolicy` on a container needs Kubernetes 1.28 or later; the target is 1.27",
        path: ["spec", "template", "spec", "initContainers", 0, "restartPolicy"],
        onKey: true,
        fix: "target Kubernetes 1.28 or later, or remove the field",
      },
    ]);
    expect(await check(withSidecar(), { version: "1.28" })).toEqual([]);
  });

  it("explains a 1.36 field on 1.27", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.schedulingGroup = { podGroupName: "workers" };
    expect(await check(ds, { version: "1.36" })).toEqual([]);
    expect((await check(ds, { version: "1.27" }))[0]?.message).toBe(
      'unknown field "schedulingGroup" in spec.template.spec: `schedulingGroup` on a pod spec needs Kubernetes 1.36 or later; the target is 1.27',
    );
  });

  it("explains a field that was removed", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.workloadRef = { name: "w", podGroup: "g" };
    expect(await check(ds, { version: "1.35" })).toEqual([]);
    const [removed] = await check(ds, { version: "1.36" });
    expect(removed?.message).toBe(
      'unknown field "workloadRef" in spec.template.spec: `workloadRef` on a pod spec was removed in Kubernetes 1.36; the target is 1.36',
    );
    expect(removed?.fix).toBe("remove the field");
    expect((await check(ds, { version: "1.34" }))[0]?.message).toContain("exists only in Kubernetes 1.35; the target is 1.34");
  });

  it("follows changes to required fields", async () => {
    const { value: _, ...unvalued } = priorityClass();
    expect(await check(unvalued, { kind: "PriorityClass", version: "1.36" })).toEqual([]);
    expect((await check(unvalued, { kind: "PriorityClass", version: "1.35" }))[0]?.message).toBe(
      "missing required field `value` in the PriorityClass",
    );
  });

  it("follows enums that grow", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.tolerations = [{ key: "gpu-count", operator: "Lt", value: "4" }];
    expect(await check(ds, { version: "1.35" })).toEqual([]);
    expect((await check(ds, { version: "1.34" }))[0]?.message).toBe('"Lt" is not a valid operator; use one of Exists, Equal');
  });
});

describe("wrong types", () => {
  it("says what was expected and what was found", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[1].ports[0].containerPort = "https";
    expect(await check(ds, { scalars: { "spec.template.spec.containers[1].ports[0].containerPort": { source: "https", plain: true } } })).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message: 'expected an integer, got the string "https"',
        path: ["spec", "template", "spec", "containers", 1, "ports", 0, "containerPort"],
      },
    ]);
  });

  it("offers to drop quotes around a number", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[1].ports[0].containerPort = "9100";
    const [problem] = await check(ds, {
      scalars: { "spec.template.spec.containers[1].ports[0].containerPort": { source: "9100", plain: false } },
    });
    expect(problem?.message).toBe('expected an integer, got the string "9100"');
    expect(problem?.fix).toBe("remove the quotes: 9100");
  });

  it("reports an int-or-string once", async () => {
    const ds = nodeExporter();
    ds.spec.updateStrategy.rollingUpdate.maxUnavailable = [1];
    expect(await check(ds)).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message: "expected an integer or a string, got a list",
        path: ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"],
      },
    ]);
  });

  it("reports an object where a list belongs", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.tolerations = { operator: "Exists" };
    expect((await check(ds)).map((p) => p.message)).toEqual(["expected a list, got an object"]);
  });

  it("reports a value that is the wrong type for its enum once", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[0].imagePullPolicy = 5;
    expect((await check(ds)).map((p) => p.message)).toEqual(["expected a string, got the number 5"]);
  });
});

describe("YAML implicit types", () => {
  it("explains a YAML 1.1 boolean where a string belongs", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[1].env = [{ name: "DEBUG", value: true }];
    const path = "spec.template.spec.containers[1].env[0].value";
    expect(await check(ds, { scalars: { [path]: { source: "yes", plain: true, yaml12Value: "yes" } } })).toEqual([
      {
        ruleId: "yaml-implicit-type",
        severity: "error",
        message: '`yes` is read as the boolean true by Kubernetes (YAML 1.1), but `env[0].value` must be a string; quote it: "yes"',
        path: ["spec", "template", "spec", "containers", 1, "env", 0, "value"],
        fix: 'quote the value: "yes"',
        autofix: { title: 'Quote yes as the string "yes"', edits: [{ op: "quote", path: ["spec", "template", "spec", "containers", 1, "env", 0, "value"] }] },
      },
    ]);
  });

  it("explains a number where a label value belongs, without blaming YAML 1.1", async () => {
    const ds = nodeExporter();
    ds.metadata.labels["app.kubernetes.io/version"] = 1.1;
    const [problem] = await check(ds, {
      scalars: { "metadata.labels[app.kubernetes.io/version]": { source: "1.10", plain: true } },
    });
    expect(problem).toEqual({
      ruleId: "yaml-implicit-type",
      severity: "error",
      message: '`1.10` is read as the number 1.1 by Kubernetes, but `labels[app.kubernetes.io/version]` must be a string; quote it: "1.10"',
      path: ["metadata", "labels", "app.kubernetes.io/version"],
      fix: 'quote the value: "1.10"',
      autofix: { title: 'Quote 1.10 as the string "1.10"', edits: [{ op: "quote", path: ["metadata", "labels", "app.kubernetes.io/version"] }] },
    });
  });
});

describe("required fields", () => {
  it("reports the missing field at its parent", async () => {
    const ds = nodeExporter();
    delete ds.spec.template.spec.containers[0].name;
    expect(await check(ds)).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message: "missing required field `name` in spec.template.spec.containers[0]",
        path: CONTAINER,
        apiError: { field: "spec.template.spec.containers[0].name", type: "Required" },
      },
    ]);
  });

  it("requires a container's image, as the API server does for pod templates", async () => {
    const ds = nodeExporter();
    delete ds.spec.template.spec.containers[1].image;
    expect((await check(ds)).map((p) => [p.message, formatPath(p.path)])).toEqual([
      ["missing required field `image` in spec.template.spec.containers[1]", "spec.template.spec.containers[1]"],
    ]);
  });

  it("does not require server-written status fields", async () => {
    const n = node();
    n.status.conditions = [{ type: "Ready" }];
    expect(await check(n, { kind: "Node" })).toEqual([]);
  });
});

describe("enums", () => {
  it("lists the valid values and suggests the near one", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[0].imagePullPolicy = "Alwayz";
    expect(await check(ds)).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message: '"Alwayz" is not a valid imagePullPolicy; use one of Always, IfNotPresent, Never',
        path: [...CONTAINER, "imagePullPolicy"],
        fix: "did you mean `Always`?",
        apiError: { field: "spec.template.spec.containers[0].imagePullPolicy", type: "NotSupported" },
      },
    ]);
  });

  it("checks the hand-coded enums of DaemonSet, pod and Node fields", async () => {
    const ds = nodeExporter();
    ds.spec.updateStrategy.type = "Rolling";
    ds.spec.template.spec.dnsPolicy = "clusterfirst";
    ds.spec.template.spec.tolerations = [{ operator: "Exist", effect: "NoSchedul" }];
    ds.spec.template.spec.containers[1].ports[0].protocol = "HTTP";
    expect((await check(ds)).map((p) => [formatPath(p.path), p.fix])).toEqual([
      ["spec.template.spec.containers[1].ports[0].protocol", undefined],
      ["spec.template.spec.dnsPolicy", "did you mean `ClusterFirst`?"],
      ["spec.template.spec.tolerations[0].effect", "did you mean `NoSchedule`?"],
      ["spec.template.spec.tolerations[0].operator", "did you mean `Exists`?"],
      ["spec.updateStrategy.type", undefined],
    ]);
    const n = node();
    n.spec.taints[0].effect = "NoExecut";
    expect((await check(n, { kind: "Node" }))[0]?.message).toBe(
      '"NoExecut" is not a valid effect; use one of NoSchedule, PreferNoSchedule, NoExecute',
    );
  });
});

describe("quantities", () => {
  it("explains a malformed quantity with a fix", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[0].resources.limits.memory = "200MB";
    expect(await check(ds)).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message: "`200MB` is not a valid Kubernetes quantity",
        path: [...CONTAINER, "resources", "limits", "memory"],
        fix: 'use "200M" or "200Mi"',
        // Megabytes are decimal: M, not Mi.
        autofix: { title: "Write 200M", edits: [{ op: "set", path: [...CONTAINER, "resources", "limits", "memory"], value: "200M" }] },
      },
    ]);
  });

  it("accepts numbers and every suffix", async () => {
    const ds = nodeExporter();
    ds.spec.template.spec.containers[0].resources.limits = { cpu: 1, memory: "1e9", "example.com/gpu": "2", "hugepages-2Mi": "1Gi" };
    ds.spec.template.spec.containers[0].resources.requests = { cpu: 0.5, memory: "128974848", "ephemeral-storage": "1E" };
    expect(await check(ds)).toEqual([]);
  });

  it("uses the same syntax as parseQuantity", () => {
    const pattern = new RegExp(QUANTITY_PATTERN, "u");
    const samples = [
      "1", "0", "+1", "-1", "1.", ".5", "1.5", "100m", "1k", "1K", "1Ki", "1M", "1Mi", "1Gi", "1G", "1Ti", "1T",
      "1Pi", "1P", "1Ei", "1E", "1e3", "1E3", "1e+3", "1e-3", "2n", "2u", " 1Gi ", "1 Gi", "1GB", "1gi", "1mi",
      "Gi", "", ".", "1e", "1.5.5", "1KiB", "0x10", "1_000", "--1", "1m1",
    ];
    for (const sample of samples) expect([sample, pattern.test(sample)]).toEqual([sample, parseQuantity(sample) !== undefined]);
  });
});

describe("versions", () => {
  it("accepts any spelling of a known version and rejects unknown ones", async () => {
    expect((await loadSchemaValidator("v1.30.4")).version).toBe("1.30");
    await expect(loadSchemaValidator("1.26")).rejects.toThrow(unknownVersionMessage("1.26"));
  });
});

describe("generated files", () => {
  it("include self-contained draft-07 schemas that judge like the compiled validators", () => {
    const file = join(schemasDir(), versionDirName("1.27"), schemaFileName("DaemonSet"));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(file, "utf8")));
    const bad = nodeExporter();
    bad.spec.template.spec.containers[0].imagePullPolicy = "Sometimes";
    bad.spec.template.spec.containers[0].restartPolicy = "Always";
    expect(validate(nodeExporter())).toBe(true);
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([
      "/spec/template/spec/containers/0 additionalProperties",
      "/spec/template/spec/containers/0/imagePullPolicy enum",
    ]);
  });
});

describe("suggestions", () => {
  it("prefers a case-only difference and refuses ties", () => {
    expect(closestMatch("hostpid", ["hostPID", "hostIPC"])).toBe("hostPID");
    expect(closestMatch("hostPIC", ["hostPID", "hostIPC"])).toBeUndefined();
    expect(closestMatch("volumeMount", ["volumeMounts", "volumeDevices"])).toBe("volumeMounts");
    expect(closestMatch("foo", ["for"])).toBeUndefined();
  });
});
