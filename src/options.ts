import { DEFAULT_VERSION, isKnownVersion, normalizeVersion, unknownVersionMessage } from "./k8s/versions.js";

/** A mistake in how dslint was called or configured: reported in one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
  /** A mark, not instanceof: each bundle (CLI, language server, worker) carries its own copy of the class. */
  readonly usageError = true;
}

export function isUsageError(err: unknown): err is UsageError {
  return typeof err === "object" && err !== null && (err as { usageError?: unknown }).usageError === true;
}

export function resolveKubernetesVersion(input: string | undefined): string {
  if (input === undefined) return DEFAULT_VERSION;
  const version = normalizeVersion(input);
  if (!version || !isKnownVersion(version)) {
    throw new UsageError(unknownVersionMessage(input));
  }
  return version;
}
