/**
 * Containers of every kind: `validateContainers`, `validateInitContainers`,
 * `validateEphemeralContainers`, `validateContainerCommon`,
 * `validateContainerPorts`, `checkHostPortConflicts` and `validatePullPolicy`
 * (pkg/apis/core/validation/validation.go).
 */
import { containerNoun, describeContainer } from "../k8s/pod-walk.js";
import { dns1123Label, portName, portNumber } from "../k8s/syntax.js";
import { validateEnv, validateEnvFrom } from "./env.js";
import { suggestDnsName } from "./names.js";
import { containersOf, type PodContainer, type PodContext } from "./pod-context.js";
import { validateLifecycle, validateProbe, type ProbeKind } from "./probes.js";
import { oneOf, type FieldPath } from "./report.js";
import { validateResourceRequirements } from "./resources.js";
import { validateContainerSecurityContext } from "./security.js";
import { asInt, asObject, asString, isBlank, isEmptyList, isSet, isZeroInt, listLength, objectItems, show, stringOf, type Obj } from "./values.js";
import { validateVolumeDevices, validateVolumeMounts } from "./volumes.js";

const PROBES: readonly ProbeKind[] = ["livenessProbe", "readinessProbe", "startupProbe"];

/** The lifecycle hooks and probes of a container that may have them (a regular container or a sidecar). */
function validateLifecycleAndProbes(ctx: PodContext, container: Obj, path: FieldPath, who: string): void {
  const lifecycle = asObject(container.lifecycle);
  if (lifecycle) validateLifecycle(ctx, lifecycle, path.child("lifecycle"), who);
  for (const kind of PROBES) {
    const probe = asObject(container[kind]);
    if (probe) validateProbe(ctx, probe, kind, path.child(kind), who);
  }
}
const PULL_POLICIES = ["Always", "IfNotPresent", "Never"];
const TERMINATION_MESSAGE_POLICIES = ["File", "FallbackToLogsOnError"];
const PROTOCOLS = ["TCP", "UDP", "SCTP"];

/** `validateContainers`: regular containers, their names, probes and host ports. */
export function validateContainers(ctx: PodContext): void {
  const { report, spec } = ctx;
  const listPath = ctx.path.child("containers");
  if (isEmptyList(spec.containers)) {
    report.required(listPath, {
      message: "the pod template has no containers",
      fix: "add at least one entry under spec.template.spec.containers",
    });
    return;
  }
  const names = new Set<string>();
  const containers = containersOf(ctx, ["containers"]);
  for (const c of containers) {
    const { container, field: path, name } = c;
    const who = describeContainer(c);
    validateContainerCommon(ctx, c);
    if (typeof container.name === "string" || isBlank(container.name)) {
      if (names.has(name)) {
        report.duplicate(path.child("name"), {
          message: name === "" ? `${who} has no name, like another container` : `container name "${name}" is used by more than one container`,
          fix: "give every container a unique name",
        });
      }
      names.add(name);
    }
    validateLifecycleAndProbes(ctx, container, path, who);
    if (isSet(container, "restartPolicy")) {
      report.forbidden(path.child("restartPolicy"), {
        message: `${who} sets restartPolicy, which only init containers may set (restartPolicy: Always makes a sidecar)`,
        fix: "remove restartPolicy from the container, or move it to initContainers as a sidecar",
      });
    }
  }
  checkHostPortConflicts(ctx, containers);
}

/** `validateInitContainers`: names must not repeat regular or earlier init names; sidecars may have probes. */
export function validateInitContainers(ctx: PodContext): void {
  const { report } = ctx;
  const names = new Set(containersOf(ctx, ["containers"]).map((c) => c.name));
  for (const c of containersOf(ctx, ["initContainers"])) {
    const { container, field: path, name, sidecar } = c;
    const who = describeContainer(c);
    validateContainerCommon(ctx, c);
    // The API server drops restartPolicy before `SidecarContainers`.
    const restartPolicy = ctx.report.profile.sidecarContainers ? container.restartPolicy : undefined;
    if (typeof restartPolicy === "string" && !sidecar) {
      report.notSupported(path.child("restartPolicy"), {
        message: `${who} has restartPolicy "${restartPolicy}"; init containers accept only Always (which makes a sidecar) or no restartPolicy`,
        fix: "remove restartPolicy, or set it to Always for a sidecar",
      });
    }
    if (names.has(name)) {
      report.duplicate(path.child("name"), {
        message: `${containerNoun(c)} name "${name}" is already used by another container of the pod`,
        fix: "give every container and init container a unique name",
      });
    } else if (name !== "") {
      names.add(name);
    }
    // Init containers run one at a time, so each is checked on its own; Kubernetes
    // reports a clash as initContainers[0] whatever the container's index.
    checkHostPortConflicts(ctx, [c], true);
    if (sidecar) {
      validateLifecycleAndProbes(ctx, container, path, who);
    } else {
      for (const key of ["lifecycle", ...PROBES]) {
        if (isSet(container, key)) {
          report.forbidden(path.child(key), {
            message: `${who} sets ${key}, which init containers may only set when they are sidecars (restartPolicy: Always)`,
            fix: ctx.report.profile.sidecarContainers
              ? `remove ${key}, or add restartPolicy: Always to make it a sidecar`
              : `remove ${key}`,
          });
        }
      }
    }
    if (listLength(container.resizePolicy) > 0 && !(sidecar && ctx.report.profile.sidecarResizePolicy)) {
      report.invalid(path.child("resizePolicy"), { message: `${who} sets resizePolicy, which init containers may not set` });
    }
  }
}

/** Container fields outside `allowedEphemeralContainerFields`: Forbidden when set on an ephemeral container. */
const EPHEMERAL_FORBIDDEN = [
  "ports",
  "resources",
  "livenessProbe",
  "readinessProbe",
  "startupProbe",
  "lifecycle",
  "resizePolicy",
  "restartPolicy",
];

/** Whether a written value differs from the Go zero value of its field. */
function isNonZero(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(isNonZero);
  return true;
}

/**
 * `validateEphemeralContainers`. Templates may not have ephemeral containers
 * at all (reported by the template check), but their fields are validated too.
 */
export function validateEphemeralContainers(ctx: PodContext): void {
  const { report } = ctx;
  const others = new Set(containersOf(ctx, ["containers", "initContainers"]).map((c) => c.name));
  const names = new Set(others);
  for (const c of containersOf(ctx, ["ephemeralContainers"])) {
    const { container, field: path, name } = c;
    const who = describeContainer(c);
    validateContainerCommon(ctx, c);
    const image = stringOf(container.image);
    if (image !== image.trim()) {
      report.invalid(path.child("image"), { message: `${who} image ${show(image)} has leading or trailing whitespace` });
    }
    if (names.has(name)) {
      report.duplicate(path.child("name"), { message: `ephemeral container name "${name}" is already used by another container` });
    } else {
      names.add(name);
    }
    const target = stringOf(container.targetContainerName);
    if (target !== "" && !others.has(target)) {
      report.notFound(path.child("targetContainerName"), { message: `${who} targets container "${target}", which the pod does not have` });
    }
    for (const key of EPHEMERAL_FORBIDDEN) {
      if (isNonZero(container[key])) {
        report.forbidden(path.child(key), { message: `${who} sets ${key}, which ephemeral containers cannot set` });
      }
    }
    for (const [k, mount] of objectItems(container.volumeMounts)) {
      for (const key of ["subPath", "subPathExpr"]) {
        if (stringOf(mount[key]) !== "") {
          report.forbidden(path.child("volumeMounts").index(k).child(key), {
            message: `${who}: volume mounts of ephemeral containers cannot set ${key}`,
          });
        }
      }
    }
  }
}

/** `validateContainerCommon`: what every container kind must satisfy. */
function validateContainerCommon(ctx: PodContext, c: PodContainer): void {
  const { report } = ctx;
  const { container, field: path } = c;
  const who = describeContainer(c);
  if (isBlank(container.name)) {
    report.required(path.child("name"), { message: `${who} has no name`, fix: "add a name (lowercase letters, digits and '-')" });
  } else if (typeof container.name === "string") {
    const name = container.name;
    const fix = suggestDnsName(name, 63);
    for (const msg of dns1123Label(name)) {
      report.invalid(path.child("name"), {
        message: `${containerNoun(c)} name "${name}" is invalid: ${msg}`,
        ...(fix ? { fix: `use "${fix}"` } : {}),
      });
    }
  }
  if (isBlank(container.image)) {
    report.required(path.child("image"), { message: `${who} has no image`, fix: "set image, e.g. registry.example.com/agent:1.2.3" });
  }
  const terminationPolicy = container.terminationMessagePolicy;
  if (isBlank(terminationPolicy)) {
    report.required(path.child("terminationMessagePolicy"), { message: `${who} has no terminationMessagePolicy` });
  } else if (typeof terminationPolicy === "string" && !TERMINATION_MESSAGE_POLICIES.includes(terminationPolicy)) {
    report.notSupported(path.child("terminationMessagePolicy"), {
      message: `${who} has terminationMessagePolicy "${terminationPolicy}"; use ${oneOf(TERMINATION_MESSAGE_POLICIES)}`,
    });
  }
  validateContainerPorts(ctx, container, who, path);
  validateEnv(ctx, c);
  validateEnvFrom(ctx, c);
  validateVolumeMounts(ctx, c);
  validateVolumeDevices(ctx, c);
  const pullPolicy = container.imagePullPolicy;
  if (isBlank(pullPolicy)) {
    report.required(path.child("imagePullPolicy"), { message: `${who} has no imagePullPolicy` });
  } else if (typeof pullPolicy === "string" && !PULL_POLICIES.includes(pullPolicy)) {
    const close = PULL_POLICIES.find((p) => p.toLowerCase() === pullPolicy.toLowerCase());
    report.notSupported(path.child("imagePullPolicy"), {
      message: `${who} has imagePullPolicy "${pullPolicy}"; use ${oneOf(PULL_POLICIES)}`,
      ...(close ? { fix: `use "${close}"` } : {}),
    });
  }
  const resources = asObject(container.resources);
  if (resources) {
    validateResourceRequirements(report, resources, { path: path.child("resources"), owner: who, claimNames: ctx.claimNames });
  }
  validateResizePolicy(ctx, container, who, path);
  const securityContext = asObject(container.securityContext);
  if (securityContext) validateContainerSecurityContext(ctx, securityContext, path.child("securityContext"), who);
}

/** `validateContainerPorts`. */
function validateContainerPorts(ctx: PodContext, container: Obj, who: string, path: FieldPath): void {
  const { report } = ctx;
  const names = new Set<string>();
  for (const [i, port] of objectItems(container.ports)) {
    const portPath = path.child("ports").index(i);
    if (typeof port.name === "string" && port.name !== "") {
      const problems = portName(port.name);
      for (const msg of problems) {
        report.invalid(portPath.child("name"), {
          message: `port name "${port.name}" of ${who} is invalid: ${msg}`,
          ...(port.name.length > 15 ? { fix: `shorten it to at most 15 characters, e.g. "${port.name.slice(0, 15).replace(/-+$/, "")}"` } : {}),
        });
      }
      if (problems.length === 0 && names.has(port.name)) {
        report.duplicate(portPath.child("name"), { message: `${who} has two ports named "${port.name}"` });
      }
      if (problems.length === 0) names.add(port.name);
    }
    if (isZeroInt(port.containerPort)) {
      report.required(portPath.child("containerPort"), { message: `port ${i} of ${who} has no containerPort` });
    } else {
      const n = asInt(port.containerPort);
      for (const msg of n === undefined ? [] : portNumber(n)) {
        report.invalid(portPath.child("containerPort"), { message: `containerPort ${n} of ${who} is invalid: ${msg}` });
      }
    }
    const hostPort = asInt(port.hostPort);
    if (hostPort !== undefined && hostPort !== 0) {
      for (const msg of portNumber(hostPort)) {
        report.invalid(portPath.child("hostPort"), { message: `hostPort ${hostPort} of ${who} is invalid: ${msg}` });
      }
    }
    const protocol = port.protocol;
    if (isBlank(protocol)) {
      report.required(portPath.child("protocol"), { message: `port ${i} of ${who} has no protocol` });
    } else if (typeof protocol === "string" && !PROTOCOLS.includes(protocol)) {
      const upper = protocol.toUpperCase();
      report.notSupported(portPath.child("protocol"), {
        message: `port ${i} of ${who} has protocol "${protocol}"; use ${oneOf(PROTOCOLS)}`,
        ...(PROTOCOLS.includes(upper) ? { fix: `use "${upper}"` } : {}),
      });
    }
  }
}

/**
 * `checkHostPortConflicts` / `AccumulateUniqueHostPorts`: the same
 * protocol/hostIP/hostPort may be used once. `pinToFirst` reproduces how init
 * containers are checked one at a time (their errors say index 0).
 */
function checkHostPortConflicts(ctx: PodContext, containers: readonly PodContainer[], pinToFirst = false): void {
  const used = new Map<string, string>();
  for (const c of containers) {
    const who = describeContainer(c);
    for (const [pi, port] of objectItems(c.container.ports)) {
      const hostPort = asInt(port.hostPort);
      if (hostPort === undefined || hostPort === 0) continue;
      const protocol = stringOf(port.protocol);
      const hostIP = stringOf(port.hostIP);
      const key = `${protocol}/${hostIP}/${hostPort}`;
      const first = used.get(key);
      if (first !== undefined) {
        const field = ctx.path.child(c.kind).index(pinToFirst ? 0 : c.index).child("ports").index(pi).child("hostPort");
        ctx.report.duplicate(field, {
          message: `${who} uses host port ${hostPort}/${protocol}${hostIP ? ` on ${hostIP}` : ""}, which ${first} already uses`,
          fix: "use a different hostPort (or protocol) for one of them",
          at: [...c.path, "ports", pi, "hostPort"],
        });
      } else {
        used.set(key, who);
      }
    }
  }
}

/** `validateResizePolicy`. */
function validateResizePolicy(ctx: PodContext, container: Obj, who: string, path: FieldPath): void {
  const { report } = ctx;
  const listPath = path.child("resizePolicy");
  const seen = new Set<string>();
  for (const [i, policy] of objectItems(container.resizePolicy)) {
    const resource = asString(policy.resourceName) ?? "";
    const at = [...listPath.segments, i];
    if (seen.has(resource)) report.duplicate(listPath.index(i), { message: `${who} lists resizePolicy for ${resource} twice` });
    seen.add(resource);
    if (resource === "") report.required(listPath, { message: `${who}: resizePolicy ${i} has no resourceName`, at });
    else if (resource !== "cpu" && resource !== "memory") {
      report.notSupported(listPath, { message: `${who}: resizePolicy resourceName "${resource}" is not cpu or memory`, at });
    }
    const restart = asString(policy.restartPolicy) ?? "";
    if (restart === "") report.required(listPath, { message: `${who}: resizePolicy ${i} has no restartPolicy`, at });
    else if (restart !== "NotRequired" && restart !== "RestartContainer") {
      report.notSupported(listPath, {
        message: `${who}: resizePolicy restartPolicy "${restart}" is not NotRequired or RestartContainer`,
        at,
      });
    }
  }
}
