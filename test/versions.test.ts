/**
 * The version registry (src/k8s/versions.ts) and the promise it makes:
 * adding a Kubernetes version is one line in KNOWN_VERSIONS plus its
 * generated schemas, because nothing else in the code knows a version.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CHANGES,
  DEFAULT_VERSION,
  KNOWN_VERSIONS,
  apiServerProfile,
  compareVersions,
  hasChange,
  isKnownVersion,
  minorVersion,
  normalizeVersion,
  parsePolicyVersion,
  parseVersion,
  unknownVersionMessage,
  type Change,
} from "../src/k8s/versions.js";
import { policyVersionOf } from "../src/pss/index.js";
import { SCHEMA_KINDS, schemaFileName, versionDirName } from "../src/schema/files.js";

const root = resolve(import.meta.dirname, "..");
const OLDEST = KNOWN_VERSIONS.at(-1)!;

/** `v1.30.json` → `1.30`; undefined for other names. */
function versionOfFile(name: string): string | undefined {
  return /^v(\d+\.\d+)\.json$/.exec(name)?.[1];
}

describe("reading versions", () => {
  it("reads what users type", () => {
    expect(parseVersion("v1.30")).toEqual({ major: 1, minor: 30, exact: true });
    expect(parseVersion("1.30")).toEqual({ major: 1, minor: 30, exact: true });
    expect(parseVersion(" 1.30.2 ")).toEqual({ major: 1, minor: 30, exact: false });
    expect(parseVersion("v1.030")).toEqual({ major: 1, minor: 30, exact: false });
    expect(normalizeVersion("v1.30.0-eks-1")).toBe("1.30");
    expect(normalizeVersion("1.9")).toBe("1.9");
    for (const text of ["latest", "1", "1.30abc", "v", ""]) expect(parseVersion(text)).toBeUndefined();
  });

  it("takes the minor of a target version, the newest known when there is none", () => {
    expect(minorVersion("v1.31.2")).toBe(31);
    expect(minorVersion(undefined)).toBe(Number(DEFAULT_VERSION.split(".")[1]));
    expect(minorVersion("2.1")).toBe(minorVersion(undefined));
    expect(minorVersion("nonsense")).toBe(minorVersion(undefined));
  });

  it("reads Pod Security versions as the enforce-version label takes them", () => {
    expect(parsePolicyVersion("latest")).toBe("latest");
    expect(parsePolicyVersion("v1.30")).toBe(30);
    expect(parsePolicyVersion("1.0")).toBe(0);
    for (const text of ["v1.30.2", "v1.030", "v2.1", " v1.30", "Latest"]) expect(parsePolicyVersion(text)).toBeUndefined();
  });

  it("names the known versions when one is unknown", () => {
    expect(isKnownVersion(DEFAULT_VERSION)).toBe(true);
    expect(isKnownVersion("1.26")).toBe(false);
    expect(unknownVersionMessage("1.99")).toBe(`unknown Kubernetes version "1.99"; known Kubernetes versions: ${OLDEST} to ${DEFAULT_VERSION}`);
  });
});

describe("the known versions", () => {
  it("are minor versions, newest first, and the default is the newest", () => {
    for (const version of KNOWN_VERSIONS) expect(normalizeVersion(version)).toBe(version);
    const ascending = [...KNOWN_VERSIONS].sort(compareVersions);
    expect([...KNOWN_VERSIONS]).toEqual(ascending.reverse());
    expect(new Set(KNOWN_VERSIONS).size).toBe(KNOWN_VERSIONS.length);
    expect(DEFAULT_VERSION).toBe(ascending[0]);
  });

  it("are exactly the versions with generated schemas", () => {
    const dirs = readdirSync(join(root, "schemas")).filter((name) => /^v\d+\.\d+$/.test(name));
    expect(dirs.sort()).toEqual(KNOWN_VERSIONS.map(versionDirName).sort());
    for (const version of KNOWN_VERSIONS) {
      const files = SCHEMA_KINDS.map(schemaFileName);
      for (const file of files) expect(existsSync(join(root, "schemas", versionDirName(version), file)), `${version}: ${file}`).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(root, "schemas", "versions.json"), "utf8"))).toEqual(KNOWN_VERSIONS);
  });

  it("are exactly the versions with an OpenAPI document to generate them from", () => {
    const documents = [...readdirSync(join(root, "openapi")), ...readdirSync(join(root, "openapi", "v3"))].flatMap((name) => versionOfFile(name) ?? []);
    expect([...new Set(documents)].sort()).toEqual([...KNOWN_VERSIONS].sort());
  });

  it("end in the version Pod Security's latest evaluates as", () => {
    expect(policyVersionOf("latest")).toBe(minorVersion(DEFAULT_VERSION));
    expect(policyVersionOf(`v${DEFAULT_VERSION}`)).toBe(minorVersion(DEFAULT_VERSION));
  });

  it("are the range the README gives", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8").split("\n");
    const option = readme.find((line) => line.startsWith("| `--kubernetes-version"));
    expect(option).toContain(`(${OLDEST} to ${DEFAULT_VERSION}; default: the newest)`);
    const messages = readme.filter((line) => line.includes("known Kubernetes versions:"));
    expect(messages.length).toBeGreaterThan(0);
    for (const line of messages) expect(line).toContain(unknownVersionMessage("1.3"));
  });
});

describe("what changes at which version", () => {
  const changes = Object.entries(CHANGES) as [Change, number][];

  it("lists changes that some known versions have and others do not", () => {
    // A change at or before the oldest known version is always on: drop it and the code it guards.
    for (const [change, minor] of changes) {
      expect(minor, change).toBeGreaterThan(minorVersion(OLDEST));
      expect(minor, change).toBeLessThanOrEqual(minorVersion(DEFAULT_VERSION));
    }
  });

  it("turns each change on from its version", () => {
    for (const [change, minor] of changes) {
      expect(hasChange(`1.${minor - 1}`, change), change).toBe(false);
      expect(hasChange(`v1.${minor}.0`, change), change).toBe(true);
      expect(apiServerProfile(`1.${minor - 1}`)[change], change).toBe(false);
      expect(apiServerProfile(`1.${minor}`)[change], change).toBe(true);
    }
    expect(apiServerProfile()).toEqual(apiServerProfile(DEFAULT_VERSION));
    expect(Object.values(apiServerProfile(OLDEST)).some(Boolean)).toBe(false);
  });
});

/**
 * Lines of code that know a Kubernetes version themselves: a minor compared
 * with a number, a version constant or list, a version in a data table, a
 * parser of version strings. PSS check tables (`minVersion: 35`) are policy
 * versions, kept as upstream's check files have them.
 */
const VERSION_KNOWLEDGE: readonly RegExp[] = [
  /\b\w*(?:minor|version)\w*\s*[<>]=?\s*\d/i,
  /\b\d+\s*[<>]=?\s*[\w.]*(?:minor|version)/i,
  /\b(?:const|let|var)\s+\w*(?:minor|version)\w*\s*(?::[^=]*)?=\s*(?:["'`]v?\d+\.\d+|\d+\s*[;,]|\d+$)/i,
  /^\s*["'`]v?1\.\d+["'`],?\s*$/,
  /["'`]v?1\.\d+["'`]\s*,\s*["'`]v?1\.\d+["'`]/,
  /\b(?:since|until|from)\s*:\s*["'`]v?1\.\d+/,
  /\/\^?v\?(?:1|\()/,
];

function knowsVersions(line: string): boolean {
  const code = line.trim();
  if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) return false;
  return VERSION_KNOWLEDGE.some((pattern) => pattern.test(code.replace(/\s\/\/\s.*$/, "")));
}

function sourceFiles(dir: string): string[] {
  return (readdirSync(join(root, dir), { recursive: true }) as string[])
    .filter((name) => /\.c?ts$/.test(name))
    .map((name) => join(dir, name));
}

describe("no other code knows a Kubernetes version", () => {
  it("recognises what the registry replaced", () => {
    const replaced = [
      "export const NEWEST_KUBERNETES_MINOR = 36;",
      "export const LATEST_PSS_VERSION = 37;",
      "    relaxedEnvVarNames: minor >= 32,",
      "  const relaxed = report.profile.minor >= 33;",
      "    if (isWindows || report.profile.minor < 30) continue;",
      '  defaultPodSpec(ensureObj(template, "spec"), { hostNetworkPortsInTemplates: minor <= 27 });',
      '    { values: ["Always", "OnFailure", "Never"], since: "1.34" },',
      '  "1.36",',
      'const VERSIONS = ["1.36", "1.35"];',
      '  const m = /^v?1\\.(\\d+)/.exec(version?.trim() ?? "");',
      "  const m = /^v?(\\d+)\\.(\\d+)(?:\\.\\d+)?$/.exec(input.trim());",
    ];
    for (const line of replaced) expect(knowsVersions(line), line).toBe(true);
    const innocent = [
      "  // `RelaxedDNSSearchValidation` (on from 1.33) allows dots.",
      " * The API server does this for pod templates only up to 1.27",
      '        if (token.major !== 1 || token.minor !== 1) this.fail("found incompatible YAML document", token.start);',
      "    { minVersion: 35, run: runAsNonRoot_1_35 },",
      "          image: busybox:1.36",
      "const MAX_SEARCHES = 32;",
      "  const relaxed = report.profile.relaxedDnsSearch;",
    ];
    for (const line of innocent) expect(knowsVersions(line), line).toBe(false);
  });

  it("outside src/k8s/versions.ts", () => {
    const files = [...sourceFiles("src"), ...sourceFiles("rules"), ...sourceFiles("scripts")].filter((file) => file !== join("src", "k8s", "versions.ts"));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .flatMap((line, i) => (knowsVersions(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
