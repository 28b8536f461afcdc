/**
 * Security settings: `validatePodSpecSecurityContext`, `validateSysctls`,
 * `ValidateSecurityContext` (containers), seccomp and AppArmor profiles,
 * Windows options and host-process pods, `validateHostUsers`, `validateOS`
 * and the annotation/field consistency checks on create
 * (pkg/apis/core/validation/validation.go).
 */
import {
  APPARMOR_CONTAINER_ANNOTATION_PREFIX,
  appArmorAnnotationType,
  LOCALHOST_PROFILE_PREFIX,
  SECCOMP_CONTAINER_ANNOTATION_PREFIX,
  SECCOMP_POD_ANNOTATION,
  seccompAnnotationType,
  type ProfileType,
} from "../k8s/annotations.js";
import { describeContainer } from "../k8s/pod-walk.js";
import { dns1123Subdomain } from "../k8s/syntax.js";
import type { Path } from "../path.js";
import { containersOf, type PodContext } from "./pod-context.js";
import { oneOf, type FieldPath, type Report } from "./report.js";
import { asBool, asInt, asObject, asString, isSet, objectItems, show, stringEntries, stringOf, type Obj } from "./values.js";

const MAX_ID = 2147483647;
const SYSCTL_NAME = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;

/** `IsValidUserID` / `IsValidGroupID`. */
function checkId(report: Report, value: unknown, path: FieldPath, what: string, at?: Path): void {
  const id = asInt(value);
  if (id !== undefined && (id < 0 || id > MAX_ID)) {
    report.invalid(path, { message: `${what} ${id} is invalid: must be between 0 and ${MAX_ID}, inclusive`, ...(at ? { at } : {}) });
  }
}

/** `NormalizeName` then the namespace a sysctl belongs to (`utilsysctl.GetNamespace`). */
function sysctlNamespace(name: string): "net" | "ipc" | undefined {
  const first = name.search(/[./]/);
  const normalized =
    first === -1 || name[first] === "." ? name : name.replace(/[./]/g, (c) => (c === "." ? "/" : "."));
  if (normalized === "kernel.sem" || /^(kernel\.shm|kernel\.msg|fs\.mqueue\.)/.test(normalized)) return "ipc";
  if (normalized.startsWith("net.")) return "net";
  return undefined;
}

/** `validatePodSpecSecurityContext`. The internal type keeps hostPID and friends in the security context. */
export function validatePodSecurityContext(ctx: PodContext): void {
  const { report, spec } = ctx;
  const sc = asObject(spec.securityContext);
  if (!sc) return;
  const path = ctx.path.child("securityContext");
  checkId(report, sc.fsGroup, path.child("fsGroup"), "pod fsGroup");
  checkId(report, sc.runAsUser, path.child("runAsUser"), "pod runAsUser");
  checkId(report, sc.runAsGroup, path.child("runAsGroup"), "pod runAsGroup");
  if (Array.isArray(sc.supplementalGroups)) {
    sc.supplementalGroups.forEach((gid, g) => checkId(report, gid, path.child("supplementalGroups").index(g), "supplemental group"));
  }
  if (asBool(spec.shareProcessNamespace) === true && asBool(spec.hostPID) === true) {
    report.invalid(path.child("shareProcessNamespace"), {
      message: "shareProcessNamespace and hostPID cannot both be true",
      fix: "remove shareProcessNamespace (with hostPID the pod already sees all host processes)",
      at: [...ctx.path.segments, "shareProcessNamespace"],
    });
  }
  validateSysctls(ctx, sc, path.child("sysctls"));
  const fsGroupPolicy = asString(sc.fsGroupChangePolicy);
  if (fsGroupPolicy !== undefined && fsGroupPolicy !== "OnRootMismatch" && fsGroupPolicy !== "Always") {
    report.notSupported(path.child("fsGroupChangePolicy"), {
      message: `fsGroupChangePolicy "${fsGroupPolicy}" is not OnRootMismatch or Always`,
    });
  }
  const seccomp = asObject(sc.seccompProfile);
  if (seccomp) validateSeccompProfile(report, seccomp, path.child("seccompProfile"), "pod");
  const windows = asObject(sc.windowsOptions);
  if (windows) validateWindowsOptions(report, windows, path.child("windowsOptions"), "pod");
  const appArmor = asObject(sc.appArmorProfile);
  if (appArmor) validateAppArmorProfile(report, appArmor, path.child("appArmorProfile"), "pod");
  const groupsPolicy = asString(sc.supplementalGroupsPolicy);
  if (groupsPolicy !== undefined && groupsPolicy !== "Merge" && groupsPolicy !== "Strict") {
    report.notSupported(path.child("supplementalGroupsPolicy"), {
      message: `supplementalGroupsPolicy "${groupsPolicy}" is not Merge or Strict`,
    });
  }
}

/** `validateSysctls` plus `ValidateHostSysctl` (namespaced sysctls clash with host namespaces). */
function validateSysctls(ctx: PodContext, sc: Obj, path: FieldPath): void {
  const { report, spec } = ctx;
  const seen = new Set<string>();
  for (const [i, sysctl] of objectItems(sc.sysctls)) {
    const namePath = path.index(i).child("name");
    const name = stringOf(sysctl.name);
    if (name === "") {
      report.required(namePath, { message: `sysctl ${i} has no name` });
    } else if (name.length > 253 || !SYSCTL_NAME.test(name)) {
      report.invalid(namePath, {
        message: `sysctl name "${name}" is invalid: it must have at most 253 characters and look like net.ipv4.ip_forward`,
      });
    } else if (seen.has(name)) {
      report.duplicate(namePath, { message: `sysctl "${name}" is set twice` });
    }
    const namespace = sysctlNamespace(name);
    if (namespace === "net" && asBool(spec.hostNetwork) === true) {
      report.invalid(namePath, {
        message: `sysctl "${name}" is namespaced to the pod's network, which it shares with the host (hostNetwork: true)`,
        fix: "set the sysctl on the node instead, or drop hostNetwork",
      });
    } else if (namespace === "ipc" && asBool(spec.hostIPC) === true) {
      report.invalid(namePath, {
        message: `sysctl "${name}" is namespaced to the pod's IPC namespace, which it shares with the host (hostIPC: true)`,
        fix: "set the sysctl on the node instead, or drop hostIPC",
      });
    }
    seen.add(name);
  }
}

const SECCOMP_TYPES = ["Localhost", "RuntimeDefault", "Unconfined"];

/** `validateSeccompProfileField`. */
function validateSeccompProfile(report: Report, profile: Obj, path: FieldPath, owner: string): void {
  const type = profile.type;
  if (type === undefined || type === null || type === "") {
    report.required(path.child("type"), { message: `${owner} seccompProfile has no type`, fix: "set type: RuntimeDefault" });
  } else if (typeof type === "string" && !SECCOMP_TYPES.includes(type)) {
    report.notSupported(path.child("type"), { message: `${owner} seccompProfile type "${type}" is not ${oneOf(SECCOMP_TYPES)}` });
  }
  const local = profile.localhostProfile;
  if (type === "Localhost") {
    if (typeof local !== "string") {
      if (local === undefined || local === null) {
        report.required(path.child("localhostProfile"), { message: `${owner} seccompProfile of type Localhost needs localhostProfile` });
      }
    } else {
      if (local.startsWith("/")) {
        report.invalid(path.child("localhostProfile"), {
          message: `${owner} seccomp localhostProfile "${local}" must be a relative path`,
        });
      }
      if (local.split("/").includes("..")) {
        report.invalid(path.child("localhostProfile"), {
          message: `${owner} seccomp localhostProfile "${local}" must not contain '..'`,
        });
      }
    }
  } else if (local !== undefined && local !== null) {
    report.invalid(path.child("localhostProfile"), {
      message: `${owner} seccompProfile sets localhostProfile, which only type Localhost may set`,
    });
  }
}

const APPARMOR_TYPES = ["Localhost", "RuntimeDefault", "Unconfined"];

/** `ValidateAppArmorProfileField`. */
function validateAppArmorProfile(report: Report, profile: Obj, path: FieldPath, owner: string): void {
  const type = profile.type;
  const local = profile.localhostProfile;
  if (type === "Localhost") {
    if (typeof local === "string") {
      if (local.trim() !== local) {
        report.invalid(path.child("localhostProfile"), {
          message: `${owner} AppArmor localhostProfile ${show(local)} must not be padded with whitespace`,
        });
      } else if (local === "") {
        report.required(path.child("localhostProfile"), { message: `${owner} AppArmor profile of type Localhost needs localhostProfile` });
      }
      if (local.length > 4095) {
        report.tooLong(path.child("localhostProfile"), {
          message: `${owner} AppArmor localhostProfile is longer than 4095 characters`,
        });
      }
    } else if (local === undefined || local === null) {
      report.required(path.child("localhostProfile"), { message: `${owner} AppArmor profile of type Localhost needs localhostProfile` });
    }
  } else if (type === "RuntimeDefault" || type === "Unconfined") {
    if (local !== undefined && local !== null) {
      report.invalid(path.child("localhostProfile"), {
        message: `${owner} AppArmor profile sets localhostProfile, which only type Localhost may set`,
      });
    }
  } else if (type === undefined || type === null || type === "") {
    report.required(path.child("type"), { message: `${owner} appArmorProfile has no type`, fix: "set type: RuntimeDefault" });
  } else if (typeof type === "string") {
    report.notSupported(path.child("type"), { message: `${owner} AppArmor profile type "${type}" is not ${oneOf(APPARMOR_TYPES)}` });
  }
}

/** `validateWindowsSecurityContextOptions` (the commonly hit rules). */
function validateWindowsOptions(report: Report, options: Obj, path: FieldPath, owner: string): void {
  const specName = asString(options.gmsaCredentialSpecName);
  if (specName !== undefined) {
    for (const msg of dns1123Subdomain(specName)) {
      report.invalid(path.child("gmsaCredentialSpecName"), { message: `${owner} gmsaCredentialSpecName "${specName}" is invalid: ${msg}` });
    }
  }
  const credSpec = asString(options.gmsaCredentialSpec);
  if (credSpec !== undefined && (credSpec.length === 0 || credSpec.length > 64 * 1024)) {
    report.invalid(path.child("gmsaCredentialSpec"), { message: `${owner} gmsaCredentialSpec must be non-empty and under 64 KiB` });
  }
  const user = asString(options.runAsUserName);
  if (user === undefined) return;
  const userPath = path.child("runAsUserName");
  const parts = user.split("\\");
  if (user === "") {
    report.invalid(userPath, { message: `${owner} runAsUserName cannot be empty` });
  } else if (/[\x00-\x1f\x7f]/.test(user)) {
    report.invalid(userPath, { message: `${owner} runAsUserName cannot contain control characters` });
  } else if (parts.length > 2) {
    report.invalid(userPath, { message: `${owner} runAsUserName "${user}" cannot contain more than one backslash` });
  } else {
    const name = parts[parts.length - 1]!;
    if (name === "") report.invalid(userPath, { message: `${owner} runAsUserName "${user}" has an empty user part` });
    else if (name.length > 104) report.invalid(userPath, { message: `${owner} runAsUserName user part is longer than 104 characters` });
    if (/^[. ]+$/.test(name)) report.invalid(userPath, { message: `${owner} runAsUserName user part cannot be only periods or spaces` });
    if (/["/\\:;|=,+*?<>@[\]]/.test(name)) {
      report.invalid(userPath, {
        message: `${owner} runAsUserName user part contains a forbidden character ("/\\:;|=,+*?<>@[])`,
      });
    }
  }
}

/** `ValidateSecurityContext` for one container. Privileged containers are assumed allowed (`--allow-privileged`). */
export function validateContainerSecurityContext(ctx: PodContext, sc: Obj, path: FieldPath, who: string): void {
  const { report } = ctx;
  checkId(report, sc.runAsUser, path.child("runAsUser"), `${who} runAsUser`);
  checkId(report, sc.runAsGroup, path.child("runAsGroup"), `${who} runAsGroup`);
  const procMount = asString(sc.procMount);
  // Before `ProcMountType`, the field is dropped on create.
  if (procMount !== undefined && report.profile.procMountType) {
    if (procMount !== "Default" && procMount !== "Unmasked") {
      report.notSupported(path.child("procMount"), { message: `${who} procMount "${procMount}" is not Default or Unmasked` });
    }
    if (ctx.hostUsers && procMount === "Unmasked") {
      report.invalid(path.child("procMount"), { message: `${who} uses procMount Unmasked, which needs hostUsers: false` });
    }
  }
  const seccomp = asObject(sc.seccompProfile);
  if (seccomp) validateSeccompProfile(report, seccomp, path.child("seccompProfile"), who);
  if (asBool(sc.allowPrivilegeEscalation) === false) {
    if (asBool(sc.privileged) === true) {
      report.invalid(path, {
        message: `${who} sets allowPrivilegeEscalation: false together with privileged: true, which always escalates`,
        fix: "drop one of the two settings",
        at: [...path.segments, "allowPrivilegeEscalation"],
      });
    }
    const added = asObject(sc.capabilities)?.add;
    if (Array.isArray(added) && added.includes("CAP_SYS_ADMIN")) {
      report.invalid(path, {
        message: `${who} sets allowPrivilegeEscalation: false but adds CAP_SYS_ADMIN`,
        at: [...path.segments, "capabilities", "add"],
      });
    }
  }
  const windows = asObject(sc.windowsOptions);
  if (windows) validateWindowsOptions(report, windows, path.child("windowsOptions"), who);
  const appArmor = asObject(sc.appArmorProfile);
  if (appArmor) validateAppArmorProfile(report, appArmor, path.child("appArmorProfile"), who);
}

/** `validateHostUsers`: a user-namespaced pod may not share host namespaces. */
export function validateHostUsers(ctx: PodContext): void {
  if (ctx.hostUsers) return;
  const { report, spec } = ctx;
  // The Go paths use the internal field names (`HostPID`, `HostIPC`).
  const checks: Array<[string, string]> = [
    ["hostNetwork", "hostNetwork"],
    ["hostPID", "HostPID"],
    ["hostIPC", "HostIPC"],
  ];
  for (const [key, goName] of checks) {
    if (asBool(spec[key]) === true) {
      report.forbidden(ctx.path.child(goName), {
        message: `${key}: true is not allowed with hostUsers: false (a user-namespaced pod cannot share host namespaces)`,
        at: [...ctx.path.segments, key],
      });
    }
  }
}

/** `validateWindowsHostProcessPod`. */
export function validateWindowsHostProcessPod(ctx: PodContext): void {
  const { report, spec } = ctx;
  const podHostProcess = asBool(asObject(asObject(spec.securityContext)?.windowsOptions)?.hostProcess);
  let containers = 0;
  let hostProcess = 0;
  for (const c of containersOf(ctx)) {
    const { container, field: path } = c;
    containers++;
    const own = asBool(asObject(asObject(container.securityContext)?.windowsOptions)?.hostProcess);
    if (podHostProcess !== undefined && own !== undefined && podHostProcess !== own) {
      report.invalid(path.child("securityContext", "windowsOptions", "hostProcess"), {
        message: `${describeContainer(c)} sets hostProcess ${own}, but the pod sets ${podHostProcess}; they must match`,
      });
    }
    if (own === true || (own === undefined && podHostProcess === true)) hostProcess++;
  }
  if (hostProcess === 0) return;
  if (hostProcess !== containers) {
    report.invalid(ctx.path, { message: "if any container is a Windows hostProcess container, all containers must be" });
  }
  if (asBool(spec.hostNetwork) !== true) {
    report.invalid(ctx.path.child("hostNetwork"), {
      message: "Windows hostProcess containers need hostNetwork: true",
      fix: "set hostNetwork: true",
    });
  }
}

const WINDOWS_FORBIDDEN_POD_SECURITY = [
  "appArmorProfile",
  "seLinuxOptions",
  "seccompProfile",
  "fsGroup",
  "fsGroupChangePolicy",
  "sysctls",
  "runAsUser",
  "runAsGroup",
  "supplementalGroups",
  "supplementalGroupsPolicy",
];
const WINDOWS_FORBIDDEN_CONTAINER_SECURITY = [
  "appArmorProfile",
  "seLinuxOptions",
  "seccompProfile",
  "capabilities",
  "readOnlyRootFilesystem",
  "privileged",
  "allowPrivilegeEscalation",
  "procMount",
  "runAsUser",
  "runAsGroup",
];

/** `validateOS`, then `validateLinux` / `validateWindows` for the fields the other OS does not have. */
export function validateOS(ctx: PodContext): void {
  const { report, spec } = ctx;
  const os = asObject(spec.os);
  if (!os) return;
  const path = ctx.path.child("os");
  const name = os.name;
  if (name === undefined || name === null || name === "") {
    report.required(path.child("name"), { message: "spec.os is set but os.name is empty", fix: "set os.name to linux or windows" });
    return;
  }
  if (typeof name !== "string") return;
  if (name !== "linux" && name !== "windows") {
    report.notSupported(path, { message: `os.name "${name}" is not linux or windows`, at: [...path.segments, "name"] });
    return;
  }
  const sc = asObject(spec.securityContext) ?? {};
  if (name === "linux") {
    if (isSet(sc, "windowsOptions")) {
      report.forbidden(ctx.path.child("securityContext", "windowsOptions"), { message: "windowsOptions cannot be set for a linux pod" });
    }
    for (const c of containersOf(ctx)) {
      if (isSet(asObject(c.container.securityContext) ?? {}, "windowsOptions")) {
        report.forbidden(c.field.child("securityContext", "windowsOptions"), {
          message: `${describeContainer(c)}: windowsOptions cannot be set for a linux pod`,
        });
      }
    }
    return;
  }
  for (const key of WINDOWS_FORBIDDEN_POD_SECURITY) {
    const value = sc[key];
    if (value === undefined || value === null || (key === "sysctls" && Array.isArray(value) && value.length === 0)) continue;
    report.forbidden(ctx.path.child("securityContext", key), { message: `securityContext.${key} cannot be set for a windows pod` });
  }
  for (const [key, isOn] of [
    ["hostUsers", isSet(spec, "hostUsers")],
    ["hostPID", asBool(spec.hostPID) === true],
    ["hostIPC", asBool(spec.hostIPC) === true],
    ["shareProcessNamespace", isSet(spec, "shareProcessNamespace")],
  ] as const) {
    if (isOn) report.forbidden(ctx.path.child(key), { message: `${key} cannot be set for a windows pod` });
  }
  for (const c of containersOf(ctx)) {
    const csc = asObject(c.container.securityContext);
    if (!csc) continue;
    for (const key of WINDOWS_FORBIDDEN_CONTAINER_SECURITY) {
      if (isSet(csc, key)) {
        report.forbidden(c.field.child("securityContext", key), {
          message: `${describeContainer(c)}: securityContext.${key} cannot be set for a windows pod`,
        });
      }
    }
  }
}

/**
 * Whether a deprecated seccomp or AppArmor annotation says the same as the
 * profile field: the same type and, for Localhost, the same profile name.
 */
function profileMismatch(annotationType: ProfileType | undefined, annotation: string, profile: Obj): "type" | "localhostProfile" | undefined {
  switch (profile.type) {
    case "Unconfined":
    case "RuntimeDefault":
      return annotationType === profile.type ? undefined : "type";
    case "Localhost":
      if (annotationType !== "Localhost") return "type";
      return annotation.slice(LOCALHOST_PROFILE_PREFIX.length) === stringOf(profile.localhostProfile) && isSet(profile, "localhostProfile")
        ? undefined
        : "localhostProfile";
    default:
      return undefined;
  }
}

function seccompMismatch(annotation: string, profile: Obj): "type" | "localhostProfile" | undefined {
  return profileMismatch(seccompAnnotationType(annotation), annotation, profile);
}

/**
 * `validateSeccompAnnotationsAndFields` and
 * `validateAppArmorAnnotationsAndFieldsMatchOnCreate`: when both the
 * deprecated annotation and the field are set, they must agree.
 */
export function validateSecurityAnnotationsMatchFields(ctx: PodContext, annotationsValue: unknown): void {
  const { report, spec } = ctx;
  const annotations = new Map(stringEntries(annotationsValue));
  if (annotations.size === 0) return;
  const podSc = asObject(spec.securityContext) ?? {};
  const podSeccomp = asObject(podSc.seccompProfile);
  const podAnnotation = annotations.get(SECCOMP_POD_ANNOTATION);
  if (podSeccomp && podAnnotation !== undefined) {
    const bad = seccompMismatch(podAnnotation, podSeccomp);
    if (bad) {
      report.forbidden(ctx.path.child("securityContext", "seccompProfile", bad), {
        message: `the pod's seccompProfile does not match its ${SECCOMP_POD_ANNOTATION} annotation ("${podAnnotation}")`,
        fix: `remove the deprecated ${SECCOMP_POD_ANNOTATION} annotation`,
      });
    }
  }
  const isWindows = asObject(spec.os)?.name === "windows";
  const podAppArmor = asObject(podSc.appArmorProfile);
  for (const c of containersOf(ctx)) {
    const { container, field: path, name } = c;
    const who = describeContainer(c);
    const csc = asObject(container.securityContext) ?? {};
    const seccomp = asObject(csc.seccompProfile);
    const seccompAnnotation = annotations.get(SECCOMP_CONTAINER_ANNOTATION_PREFIX + name);
    if (seccomp && seccompAnnotation !== undefined) {
      const bad = seccompMismatch(seccompAnnotation, seccomp);
      if (bad) {
        report.forbidden(path.child("securityContext", "seccompProfile", bad), {
          message: `${who}: seccompProfile does not match annotation ${SECCOMP_CONTAINER_ANNOTATION_PREFIX}${name} ("${seccompAnnotation}")`,
          fix: "remove the deprecated seccomp annotation",
        });
      }
    }
    // Windows pods are skipped.
    if (isWindows || !report.profile.appArmorFields) continue;
    const profile = asObject(csc.appArmorProfile) ?? podAppArmor;
    const annotation = annotations.get(APPARMOR_CONTAINER_ANNOTATION_PREFIX + name);
    if (!profile || annotation === undefined) continue;
    const bad = profileMismatch(appArmorAnnotationType(annotation), annotation, profile);
    if (bad) {
      report.forbidden(path.child("securityContext", "appArmorProfile", bad), {
        message: `${who}: the AppArmor profile does not match annotation ${APPARMOR_CONTAINER_ANNOTATION_PREFIX}${name} ("${annotation}")`,
        fix: "remove the deprecated AppArmor annotation",
      });
    }
  }
}
