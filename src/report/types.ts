import type { Finding } from "../finding.js";

export interface CheckSummary {
  /** Files read (stdin counts as one). */
  files: number;
  /** YAML documents, and the Kubernetes objects in them (List items counted one by one). */
  documents: number;
  objects: number;
  daemonSets: number;
  /** Objects no DaemonSet check applies to (ConfigMaps, RBAC, ...). */
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface CheckResult {
  findings: Finding[];
  summary: CheckSummary;
}

export interface FormatOptions {
  color: boolean;
  /** The working directory the file names are relative to. */
  cwd: string;
}

/** A report format: one file per format, all behind this one interface. */
export interface Formatter {
  name: string;
  format(result: CheckResult, options: FormatOptions): string;
}
