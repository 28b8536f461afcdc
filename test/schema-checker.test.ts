/**
 * src/schema/checker.ts against ajv (draft-07, allErrors), the validator it
 * replaces: the same errors, in the same order, with the same keyword,
 * instance path and params, for every corpus object of every kind and for
 * thousands of mutated DaemonSets, in the oldest and the newest version.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { KNOWN_VERSIONS } from "../src/k8s/versions.js";
import { parseManifests } from "../src/load/parse.js";
import { compileSchema, type JsonSchemaDocument } from "../src/schema/checker.js";
import { SCHEMA_KINDS, schemaFileName, schemasDir, versionDirName, type SchemaKind } from "../src/schema/files.js";
import { inputSeed, PROTOTYPE_NAMES, Random } from "./fuzz/mutate.js";

const root = join(import.meta.dirname, "..");
const VERSIONS = [KNOWN_VERSIONS[0]!, KNOWN_VERSIONS[KNOWN_VERSIONS.length - 1]!];

function schemaOf(version: string, kind: SchemaKind): JsonSchemaDocument {
  return JSON.parse(readFileSync(join(schemasDir(), versionDirName(version), schemaFileName(kind)), "utf8")) as JsonSchemaDocument;
}

function bothCheckers(version: string, kind: SchemaKind) {
  const schema = schemaOf(version, kind);
  const ajv = new Ajv({ allErrors: true, strict: false, messages: false, validateFormats: false }).compile(schema);
  const ours = compileSchema(schema);
  const reference = (value: unknown) => (ajv(value) ? null : (ajv.errors as ErrorObject[]).map(({ keyword, instancePath, params }) => ({ keyword, instancePath, params })));
  return { reference, ours };
}

function corpusObjects(): { kind: string; value: unknown }[] {
  const out: { kind: string; value: unknown }[] = [];
  for (const dir of ["test/corpus/daemonsets", "test/corpus/nodes"]) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (!/\.(ya?ml|json)$/.test(name)) continue;
      const file = join(root, dir, name);
      for (const object of parseManifests(readFileSync(file, "utf8"), file).objects) {
        const value = object.value as { kind?: unknown };
        out.push({ kind: String(value.kind), value });
      }
    }
  }
  return out;
}

/** Values that break a field's type, enum or pattern, as YAML's implicit typing and typos do. */
const REPLACEMENTS: unknown[] = ["", "yes", "100Mi", "1.5", "abc", 0, 1, -1, 1.5, true, false, null, [], [1], {}, { x: 1 }, "RollingUpdate", "12e3", " 5 "];

/** A deterministic mutation: replace, delete or add fields at random places. */
function mutated(value: unknown, random: Random): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const holders: (Record<string, unknown> | unknown[])[] = [];
  (function collect(v: unknown) {
    if (Array.isArray(v)) {
      holders.push(v);
      v.forEach(collect);
    } else if (v !== null && typeof v === "object") {
      holders.push(v as Record<string, unknown>);
      Object.values(v).forEach(collect);
    }
  })(copy);
  const changes = 1 + random.int(4);
  for (let i = 0; i < changes; i++) {
    const holder = random.pick(holders);
    const keys = Object.keys(holder);
    const roll = random.int(4);
    if (roll === 0 && keys.length > 0) delete (holder as Record<string, unknown>)[random.pick(keys)];
    else if (roll === 1) (holder as Record<string, unknown>)[random.pick(["unknownField", "tolerations", "image", "app/x", "a~b", "0", ...PROTOTYPE_NAMES.filter((n) => n !== "__proto__")])] = random.pick(REPLACEMENTS);
    else if (keys.length > 0) (holder as Record<string, unknown>)[random.pick(keys)] = random.pick(REPLACEMENTS);
  }
  return copy;
}

describe("the schema checker gives ajv's errors", () => {
  const objects = corpusObjects();

  it("reads a corpus of every kind", () => {
    expect(objects.filter((o) => o.kind === "DaemonSet").length).toBeGreaterThan(100);
    expect(objects.filter((o) => o.kind === "Node").length).toBeGreaterThan(0);
  });

  for (const version of VERSIONS) {
    for (const kind of SCHEMA_KINDS) {
      it(`on the corpus: ${kind}, ${version}`, () => {
        const { reference, ours } = bothCheckers(version, kind);
        // Every object against every kind's schema: a Node checked as a DaemonSet is a rich source of errors too.
        for (const { value } of objects) expect(ours(value)).toEqual(reference(value));
      });
    }

    it(`on mutated DaemonSets, ${version}`, () => {
      const { reference, ours } = bothCheckers(version, "DaemonSet");
      const daemonSets = objects.filter((o) => o.kind === "DaemonSet");
      let invalid = 0;
      for (let i = 0; i < 3000; i++) {
        const random = new Random(inputSeed(20261203, i));
        const value = mutated(random.pick(daemonSets).value, random);
        const expected = reference(value);
        if (expected) invalid++;
        expect(ours(value), `mutation ${i}`).toEqual(expected);
      }
      expect(invalid).toBeGreaterThan(1000);
    });
  }

  it("on values of every type at the root", () => {
    const { reference, ours } = bothCheckers(VERSIONS[1]!, "DaemonSet");
    for (const value of [null, 1, "x", [], true, {}, { spec: null }, { spec: { template: [] } }, { metadata: { labels: { "a/b": 1, "c~d": null } } }]) {
      expect(ours(value)).toEqual(reference(value));
    }
  });
});
