/**
 * The Kubernetes versions dslint knows, how users write them, and what
 * changes at which version. The schema generator and loader, the command
 * line and configuration, defaulting, API validation, the rules and the Pod
 * Security evaluation all ask here; none compares version numbers itself.
 *
 * Adding a version is one line in `KNOWN_VERSIONS` plus its generated schemas
 * (README, "Add a Kubernetes version"); a behaviour that starts at a version
 * is one entry in `CHANGES`.
 */

/**
 * The Kubernetes minor versions dslint has schemas for (`schemas/v1.NN/`,
 * generated from `openapi/`), newest first. API schemas do not change between
 * patch releases, so a version is a minor version (`1.30`).
 */
export const KNOWN_VERSIONS: readonly string[] = [
  "1.36",
  "1.35",
  "1.34",
  "1.33",
  "1.32",
  "1.31",
  "1.30",
  "1.29",
  "1.28",
  "1.27",
];

/** The newest known version: the target when none is given. */
export const DEFAULT_VERSION: string = KNOWN_VERSIONS[0]!;

/** A version as a user wrote it, read into numbers. */
export interface ParsedVersion {
  major: number;
  minor: number;
  /**
   * Written as `v1.30` or `1.30` exactly: no patch, no suffix, no leading
   * zero, no space. The only form a Pod Security version label takes
   * (`api.ParseVersion` in k8s.io/pod-security-admission wants the `v`;
   * dslint takes both).
   */
  exact: boolean;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/;

/**
 * Reads a version as users write it (`1.30`, `v1.30`, `1.30.2`,
 * `v1.30.0-eks-1`): the configuration's `kubernetesVersion`,
 * `--kubernetes-version`, a Pod Security version. Undefined when the text is
 * not a version at all.
 */
export function parseVersion(text: string): ParsedVersion | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const exact = text === `${major}.${minor}` || text === `v${major}.${minor}`;
  return { major, minor, exact };
}

/**
 * The minor version a user means (`v1.30.2` → `1.30`), or undefined when the
 * text is not a version at all. The result may still be unknown: check it
 * with `isKnownVersion`.
 */
export function normalizeVersion(text: string): string | undefined {
  const version = parseVersion(text);
  return version && `${version.major}.${version.minor}`;
}

export function isKnownVersion(version: string): boolean {
  return KNOWN_VERSIONS.includes(version);
}

/** For a usage error: `unknown Kubernetes version "1.99"; known Kubernetes versions: 1.27 to 1.36`. */
export function unknownVersionMessage(written: string): string {
  return `unknown Kubernetes version "${written}"; known Kubernetes versions: ${KNOWN_VERSIONS.at(-1)} to ${DEFAULT_VERSION}`;
}

/** Orders versions numerically (`1.9` < `1.10`); negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The minor number of a target version (`1.30`, `v1.31.2`); the newest known when absent or not a 1.x version. */
export function minorVersion(version?: string): number {
  const parsed = version === undefined ? undefined : parseVersion(version);
  return parsed?.major === 1 ? parsed.minor : parseVersion(DEFAULT_VERSION)!.minor;
}

/**
 * A Pod Security policy version as `pod-security.kubernetes.io/enforce-version`
 * takes it: `"latest"`, or the minor number of `v1.30` / `1.30`. Undefined for
 * anything else (`v1.30.2`, `v1.030`, `v2.1`).
 */
export function parsePolicyVersion(text: string): number | "latest" | undefined {
  if (text === "latest") return "latest";
  const version = parseVersion(text);
  return version?.exact && version.major === 1 ? version.minor : undefined;
}

/**
 * What changes at which Kubernetes version: the first minor version (1.N)
 * with the new behaviour, mostly a feature gate that is on by default from
 * then (pkg/features/kube_features.go). A version before it keeps the old
 * behaviour. Code asks `apiServerProfile(version).<name>` or
 * `hasChange(version, name)`.
 */
export const CHANGES = {
  /**
   * Pod templates with hostNetwork: true no longer get hostPort =
   * containerPort (`DefaultHostNetworkHostPortsInPodTemplates` off;
   * pkg/apis/core/v1/defaults.go). Pods still get it (`SetDefaults_Pod`).
   */
  templateHostPortsNotDefaulted: 28,
  /**
   * The API server warns on pod templates whose pod affinity, anti-affinity or topology spread
   * constraint has no labelSelector (pkg/api/pod/warnings.go `warningsForPodAffinityTerms`, kubernetes#117025, in the 1.28 release notes).
   */
  nullLabelSelectorWarnings: 28,
  /** The API server warns on cephfs and rbd volumes, deprecated in 1.28 (pkg/api/pod/warnings.go `warningsForPodSpecAndMeta`). */
  cephfsRbdWarnings: 28,
  /** The API server warns on duplicate, overlapping and ambiguous container ports (pkg/api/pod/warnings.go, kubernetes#113245, in the 1.28 release notes). */
  containerPortWarnings: 28,
  /** The API server warns on a container port name given twice in a pod, whatever the containers (pkg/api/pod/warnings.go, kubernetes#122170). */
  duplicatePortNameWarnings: 33,
  /** The API server warns on overlapping item paths within a volume (pkg/api/pod/warnings.go `warningsForOverlappingVirtualPaths`, kubernetes#121968). */
  overlappingVolumePathWarnings: 32,
  /** `SidecarContainers` (KEP-753). Before, an init container's `restartPolicy` is dropped on create (`dropDisabledPodFields`). */
  sidecarContainers: 29,
  /** `PodHostIPs` (KEP-2681): the downward API may expose `status.hostIPs`. */
  podHostIPs: 29,
  /** `PodLifecycleSleepAction` (KEP-3960); before, `sleep` handlers are dropped. */
  sleepAction: 30,
  /** `AppArmorFields` (KEP-24): `appArmorProfile` fields, checked against the AppArmor annotations. */
  appArmorFields: 30,
  /** `RecursiveReadOnlyMounts` (KEP-3857); before, `recursiveReadOnly` is dropped. */
  recursiveReadOnlyMounts: 31,
  /** `RelaxedEnvironmentVariableValidation` (KEP-4369): env var names and envFrom prefixes may be any printable ASCII except `=`. */
  relaxedEnvVarNames: 32,
  /** `RelaxedDNSSearchValidation` (KEP-4427): dnsConfig search domains may be "." and contain underscores. */
  relaxedDnsSearch: 33,
  /** `PodLifecycleSleepActionAllowZero` (KEP-4818): `sleep.seconds: 0` is allowed. */
  sleepActionAllowsZero: 33,
  /** `UserNamespacesSupport` (KEP-127); before, `hostUsers` is dropped. */
  userNamespaces: 33,
  /** `ProcMountType` (KEP-4265); before, `procMount` is dropped on create. */
  procMountType: 33,
  /** `InPlacePodVerticalScaling` (KEP-1287) covers sidecars: a sidecar init container may set `resizePolicy`. */
  sidecarResizePolicy: 33,
  /**
   * Required node-affinity values must be label values (`ValidateNodeSelectorRequirement`
   * with `AllowInvalidLabelValueInRequiredNodeAffinity=false`, kubernetes#128212); the API
   * server warns on preferred ones that are not (pkg/api/node/util.go `GetWarningsForNodeSelectorTerm`).
   */
  nodeAffinityValuesAreLabelValues: 33,
  /** `ContainerRestartRules` (KEP-5307, alpha): the API takes a regular container's `restartPolicy` (Always, OnFailure, Never). */
  containerRestartRules: 34,
  /** `TaintTolerationComparisonOperators` (alpha, off by default): the API knows the toleration operators Lt and Gt. */
  tolerationComparisonOperators: 35,
} as const satisfies Record<string, number>;

export type Change = keyof typeof CHANGES;

/** Whether Kubernetes `version` (the newest known when absent) has `change`. */
export function hasChange(version: string | undefined, change: Change): boolean {
  return minorVersion(version) >= CHANGES[change];
}

/** How the API server of one version treats a DaemonSet: each change, true when the version has it. */
export type ApiServerProfile = { readonly [C in Change]: boolean };

export function apiServerProfile(version?: string): ApiServerProfile {
  const minor = minorVersion(version);
  // Asked for every DaemonSet: made once per minor version.
  let profile = profiles.get(minor);
  if (!profile) {
    const changes = {} as Record<Change, boolean>;
    for (const change of Object.keys(CHANGES) as Change[]) changes[change] = minor >= CHANGES[change];
    profiles.set(minor, (profile = Object.freeze(changes)));
  }
  return profile;
}

const profiles = new Map<number, ApiServerProfile>();
