/**
 * Container environment: `ValidateEnv`, `validateEnvVarValueFrom`,
 * `validateObjectFieldSelector`, `validateContainerResourceFieldSelector` and
 * `ValidateEnvFrom` (pkg/apis/core/validation/validation.go). The downward-API
 * selectors are shared with downwardAPI volumes.
 */
import { parseQuantity } from "../k8s/quantity.js";
import { dns1123Subdomain } from "../k8s/syntax.js";
import { labelKeyProblems } from "../k8s/labelselector.js";
import type { Path } from "../path.js";
import { describeContainer } from "../k8s/pod-walk.js";
import type { PodContainer, PodContext } from "./pod-context.js";
import { oneOf, type FieldPath, type Report } from "./report.js";
import { asObject, isBlank, objectItems, stringOf, type Obj } from "./values.js";

const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** `IsEnvVarName` (strict, before `RelaxedEnvironmentVariableValidation`) or `IsRelaxedEnvVarName`. */
export function envVarNameProblems(name: string, relaxed: boolean): string[] {
  if (relaxed) {
    const printable = [...name].every((ch) => ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) <= 126 && ch !== "=");
    return printable ? [] : ["a valid environment variable name must consist only of printable ASCII characters other than '='"];
  }
  const errs: string[] = [];
  if (!ENV_VAR_NAME.test(name)) {
    errs.push(
      "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
    );
  }
  errs.push(...chdirPrefixProblems(name));
  return errs;
}

function chdirPrefixProblems(value: string): string[] {
  if (value === ".") return ["must not be '.'"];
  if (value === "..") return ["must not be '..'"];
  if (value.startsWith("..")) return ["must not start with '..'"];
  return [];
}

/** `IsConfigMapKey`. */
export function configMapKeyProblems(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push("must be no more than 253 characters");
  if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
    errs.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.'");
  }
  errs.push(...chdirPrefixProblems(key));
  return errs;
}

/** Fields `podshelper.ConvertDownwardAPIFieldLabel` recognises for apiVersion v1. */
const KNOWN_POD_FIELDS = new Set([
  "metadata.annotations",
  "metadata.labels",
  "metadata.name",
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.restartPolicy",
  "spec.serviceAccountName",
  "spec.schedulerName",
  "status.phase",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs",
]);

export const ENV_FIELD_PATHS: readonly string[] = [
  "metadata.name",
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs",
];

export const VOLUME_FIELD_PATHS: readonly string[] = [
  "metadata.name",
  "metadata.namespace",
  "metadata.labels",
  "metadata.annotations",
  "metadata.uid",
];

/** `fieldpath.SplitMaybeSubscriptedPath`: `metadata.labels['app']` → path and subscript. */
function splitSubscript(fieldPath: string): [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const trimmed = fieldPath.slice(0, -2);
  const open = trimmed.indexOf("['");
  if (open <= 0) return undefined;
  return [trimmed.slice(0, open), trimmed.slice(open + 2)];
}

/** `validateObjectFieldSelector` plus `validateDownwardAPIHostIPs`. */
export function validateObjectFieldSelector(
  report: Report,
  fieldRef: Obj,
  allowed: readonly string[],
  path: FieldPath,
  /** Where the selector is written, when the Go path leaves out the list index (downwardAPI volumes). */
  written: Path = path.segments,
): void {
  const apiVersion = fieldRef.apiVersion;
  const fieldPath = fieldRef.fieldPath;
  if (isBlank(apiVersion)) {
    report.required(path.child("apiVersion"), { message: "fieldRef.apiVersion is required", at: [...written, "apiVersion"] });
    return;
  }
  if (isBlank(fieldPath)) {
    report.required(path.child("fieldPath"), {
      message: "fieldRef.fieldPath is required, e.g. metadata.name or spec.nodeName",
      at: [...written, "fieldPath"],
    });
    return;
  }
  if (typeof apiVersion !== "string" || typeof fieldPath !== "string") return;
  const fieldPathField = path.child("fieldPath");
  const at: Path = [...written, "fieldPath"];
  if (apiVersion !== "v1") {
    report.invalid(fieldPathField, {
      message: `fieldRef.apiVersion "${apiVersion}" is not supported for pods; use v1`,
      fix: 'set apiVersion: "v1"',
      at: [...written, "apiVersion"],
    });
    return;
  }
  const subscripted = splitSubscript(fieldPath);
  if (subscripted) {
    const [base, key] = subscripted;
    if (base === "metadata.annotations" || base === "metadata.labels") {
      for (const msg of labelKeyProblems(base === "metadata.annotations" ? key.toLowerCase() : key)) {
        report.invalid(path, { message: `fieldRef "${fieldPath}" names an invalid key "${key}": ${msg}`, at });
      }
    } else {
      report.invalid(fieldPathField, {
        message: `fieldRef "${fieldPath}" is invalid: only metadata.labels and metadata.annotations take a ['key'] subscript`,
        at,
      });
    }
  } else if (!KNOWN_POD_FIELDS.has(fieldPath)) {
    report.invalid(fieldPathField, {
      message: `fieldRef "${fieldPath}" is not a pod field the downward API exposes`,
      fix: `use one of ${oneOf(allowed)}`,
      at,
    });
    return;
  } else if (!allowed.includes(fieldPath)) {
    report.notSupported(fieldPathField, {
      message: `fieldRef "${fieldPath}" cannot be used here; supported values are ${oneOf(allowed)}`,
      at,
    });
    return;
  }
  if (fieldPath === "status.hostIPs" && !report.profile.podHostIPs) {
    report.forbidden(path, { message: "status.hostIPs needs the PodHostIPs feature (on by default from Kubernetes 1.29)", at });
  }
}

const RESOURCE_FIELD_PATHS = [
  "limits.cpu",
  "limits.memory",
  "limits.ephemeral-storage",
  "requests.cpu",
  "requests.memory",
  "requests.ephemeral-storage",
];

const MEMORY_DIVISORS = [1, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18, 2 ** 10, 2 ** 20, 2 ** 30, 2 ** 40, 2 ** 50, 2 ** 60];

/** `validateContainerResourceFieldSelector` and `validateContainerResourceDivisor`. */
export function validateResourceFieldSelector(
  report: Report,
  ref: Obj,
  path: FieldPath,
  inVolume: boolean,
  written: Path = path.segments,
): void {
  const resource = stringOf(ref.resource);
  if (inVolume && isBlank(ref.containerName)) {
    report.required(path.child("containerName"), {
      message: "resourceFieldRef.containerName is required in a downwardAPI volume",
      at: [...written, "containerName"],
    });
  } else if (isBlank(ref.resource)) {
    report.required(path.child("resource"), {
      message: "resourceFieldRef.resource is required, e.g. limits.memory",
      at: [...written, "resource"],
    });
  } else if (
    typeof ref.resource === "string" &&
    !RESOURCE_FIELD_PATHS.includes(resource) &&
    !resource.startsWith("requests.hugepages-") &&
    !resource.startsWith("limits.hugepages-")
  ) {
    report.notSupported(path.child("resource"), {
      message: `resourceFieldRef.resource "${resource}" is not supported; use one of ${oneOf(RESOURCE_FIELD_PATHS)}`,
      at: [...written, "resource"],
    });
  }
  const divisor = parseQuantity(ref.divisor);
  if (divisor === undefined || divisor === 0) return;
  const base = resource.replace(/^(limits|requests)\./, "");
  const allowed =
    base === "cpu" ? [1e-3, 1] : base === "memory" || base === "ephemeral-storage" || base.startsWith("hugepages-") ? MEMORY_DIVISORS : undefined;
  if (allowed && !allowed.some((v) => Math.abs(v - divisor) <= v * 1e-9)) {
    report.invalid(path.child("divisor"), {
      at: [...written, "divisor"],
      message:
        base === "cpu"
          ? `divisor ${String(ref.divisor)} is not supported for ${resource}: only 1m and 1 are`
          : `divisor ${String(ref.divisor)} is not supported for ${resource}: use 1 or a power-of-ten or power-of-two unit (1Ki, 1Mi, 1M, ...)`,
    });
  }
}

/** `ValidateEnv`. */
export function validateEnv(ctx: PodContext, c: PodContainer): void {
  const { report } = ctx;
  const { container, field: path } = c;
  const who = describeContainer(c);
  const relaxed = report.profile.relaxedEnvVarNames;
  for (const [i, env] of objectItems(container.env)) {
    const envPath = path.child("env").index(i);
    if (isBlank(env.name)) {
      report.required(envPath.child("name"), { message: `environment variable ${i} of ${who} has no name` });
    } else if (typeof env.name === "string") {
      for (const msg of envVarNameProblems(env.name, relaxed)) {
        report.invalid(envPath.child("name"), {
          message: `environment variable name "${env.name}" in ${who} is invalid: ${msg}`,
          ...(env.name.includes("=") ? { fix: "put the value in `value`, not in the name" } : {}),
        });
      }
    }
    validateEnvValueFrom(ctx, env, envPath.child("valueFrom"), who);
  }
}

function validateEnvValueFrom(ctx: PodContext, env: Obj, path: FieldPath, who: string): void {
  const valueFrom = asObject(env.valueFrom);
  if (!valueFrom) return;
  const { report } = ctx;
  const name = stringOf(env.name);
  let sources = 0;
  const fieldRef = asObject(valueFrom.fieldRef);
  if (fieldRef) {
    sources++;
    validateObjectFieldSelector(report, fieldRef, ENV_FIELD_PATHS, path.child("fieldRef"));
  }
  const resourceRef = asObject(valueFrom.resourceFieldRef);
  if (resourceRef) {
    sources++;
    validateResourceFieldSelector(report, resourceRef, path.child("resourceFieldRef"), false);
  }
  for (const kind of ["configMapKeyRef", "secretKeyRef"] as const) {
    const ref = asObject(valueFrom[kind]);
    if (!ref) continue;
    sources++;
    validateKeySelector(report, ref, path.child(kind), kind === "configMapKeyRef" ? "ConfigMap" : "Secret");
  }
  const label = `environment variable "${name}" in ${who}`;
  if (sources === 0) {
    report.invalid(path, { message: `${label}: valueFrom must name one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef` });
  } else if (typeof env.value === "string" && env.value !== "") {
    report.invalid(path, {
      message: `${label} sets both value and valueFrom`,
      fix: "remove `value` or `valueFrom`",
      at: [...path.segments.slice(0, -1), "value"],
    });
  } else if (sources > 1) {
    report.invalid(path, { message: `${label}: valueFrom may name only one source` });
  }
}

/** `validateConfigMapKeySelector` / `validateSecretKeySelector`: the name is checked even when empty. */
function validateKeySelector(report: Report, ref: Obj, path: FieldPath, what: string): void {
  const name = ref.name;
  if (name === undefined || name === null || typeof name === "string") {
    const text = stringOf(name);
    for (const msg of dns1123Subdomain(text)) {
      report.invalid(path.child("name"), {
        message: text === "" ? `${what} reference has no name` : `${what} name "${text}" is invalid: ${msg}`,
      });
    }
  }
  if (isBlank(ref.key)) {
    report.required(path.child("key"), { message: `${what} reference has no key` });
  } else if (typeof ref.key === "string") {
    for (const msg of configMapKeyProblems(ref.key)) {
      report.invalid(path.child("key"), { message: `${what} key "${ref.key}" is invalid: ${msg}` });
    }
  }
}

/** `NameIsDNSSubdomain(name, prefix=true)`: a trailing dash is allowed. */
function prefixNameProblems(name: string): string[] {
  return dns1123Subdomain(name.endsWith("-") ? `${name.slice(0, -1)}a` : name);
}

/** `ValidateEnvFrom`: a missing or doubled source is reported on the list, not the entry. */
export function validateEnvFrom(ctx: PodContext, c: PodContainer): void {
  const { report } = ctx;
  const { container, field: path } = c;
  const who = describeContainer(c);
  const listPath = path.child("envFrom");
  for (const [i, entry] of objectItems(container.envFrom)) {
    const entryPath = listPath.index(i);
    const at: Path = entryPath.segments;
    if (typeof entry.prefix === "string" && entry.prefix !== "") {
      for (const msg of envVarNameProblems(entry.prefix, report.profile.relaxedEnvVarNames)) {
        report.invalid(entryPath.child("prefix"), { message: `envFrom prefix "${entry.prefix}" in ${who} is invalid: ${msg}` });
      }
    }
    let sources = 0;
    for (const [key, what] of [
      ["configMapRef", "ConfigMap"],
      ["secretRef", "Secret"],
    ] as const) {
      const ref = asObject(entry[key]);
      if (!ref) continue;
      sources++;
      if (isBlank(ref.name)) {
        report.required(entryPath.child(key, "name"), { message: `envFrom ${key} in ${who} has no name` });
      } else if (typeof ref.name === "string") {
        for (const msg of prefixNameProblems(ref.name)) {
          report.invalid(entryPath.child(key, "name"), { message: `${what} name "${ref.name}" is invalid: ${msg}` });
        }
      }
    }
    if (sources === 0) {
      report.invalid(listPath, { message: `envFrom entry ${i} of ${who} must set configMapRef or secretRef`, at });
    } else if (sources > 1) {
      report.invalid(listPath, {
        message: `envFrom entry ${i} of ${who} sets both configMapRef and secretRef; use one entry per source`,
        at,
      });
    }
  }
}
