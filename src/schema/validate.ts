/**
 * Validates objects against the schema of a Kubernetes version: the JSON
 * Schemas generated into `schemas/` (scripts/generate-schemas.ts), each read
 * and compiled on first use (checker.ts), and kept.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../finding.js";
import { isKnownVersion, normalizeVersion, unknownVersionMessage } from "../k8s/versions.js";
import type { ManifestObject } from "../load/types.js";
import { compileSchema, type JsonSchemaDocument } from "./checker.js";
import { explainErrors } from "./explain.js";
import { schemaFileName, schemasDir, versionDirName, type SchemaKind } from "./files.js";
import { SchemaTree, type JsonSchema } from "./tree.js";

export type { SchemaKind } from "./files.js";

export interface SchemaValidator {
  /** The Kubernetes version validated against (`1.36`). */
  readonly version: string;
  /** Problems with `object` as a `kind` of this version; empty when it is valid. */
  validate(object: ManifestObject, kind: SchemaKind): Problem[];
}

const loaded = new Map<string, Promise<SchemaValidator>>();

/**
 * The validator for a Kubernetes version (`1.30`, `v1.30` and `1.30.2` all
 * mean 1.30). Rejects for a version with no schemas.
 */
export function loadSchemaValidator(version: string): Promise<SchemaValidator> {
  const minor = normalizeVersion(version);
  if (minor === undefined || !isKnownVersion(minor)) {
    return Promise.reject(new Error(unknownVersionMessage(version)));
  }
  let validator = loaded.get(minor);
  if (!validator) loaded.set(minor, (validator = Promise.resolve(new VersionValidator(minor))));
  return validator;
}

/** A kind's schema in a version, read once: checked against, and walked to explain an error. */
interface KindSchema {
  check: ReturnType<typeof compileSchema>;
  tree: SchemaTree;
}

const schemas = new Map<string, KindSchema>();

function kindSchema(version: string, kind: SchemaKind): KindSchema {
  const file = join(versionDir(version), schemaFileName(kind));
  let known = schemas.get(file);
  if (!known) {
    const document = JSON.parse(readFileSync(file, "utf8")) as JsonSchema & JsonSchemaDocument;
    schemas.set(file, (known = { check: compileSchema(document), tree: new SchemaTree(document) }));
  }
  return known;
}

/**
 * The schema of a kind in a known Kubernetes version as a tree of fields:
 * to explain an error, to check a custom rule's fields.
 */
export function schemaTree(version: string, kind: SchemaKind): SchemaTree {
  return kindSchema(version, kind).tree;
}

class VersionValidator implements SchemaValidator {
  constructor(readonly version: string) {}

  validate(object: ManifestObject, kind: SchemaKind): Problem[] {
    const { check, tree } = kindSchema(this.version, kind);
    const errors = check(object.value);
    return errors === null ? [] : explainErrors(errors, { object, kind, version: this.version, tree });
  }
}

function versionDir(version: string): string {
  return join(schemasDir(), versionDirName(version));
}
