/**
 * Validates objects against the schema of a Kubernetes version, using the
 * validators compiled ahead of time into `schemas/` (scripts/generate-schemas.ts).
 * A version's module is loaded on first use only, and kept.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requireModule } from "../modules.js";
import type { ErrorObject } from "ajv";
import type { Problem } from "../finding.js";
import { isKnownVersion, normalizeVersion, unknownVersionMessage } from "../k8s/versions.js";
import type { ManifestObject } from "../load/types.js";
import { explainErrors } from "./explain.js";
import { VALIDATOR_FILE, schemaFileName, schemasDir, versionDirName, type SchemaKind } from "./files.js";
import { SchemaTree, type JsonSchema } from "./tree.js";

export type { SchemaKind } from "./files.js";

type ValidateFunction = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

type ValidatorModule = Record<SchemaKind, ValidateFunction>;

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
  if (!validator) {
    try {
      validator = Promise.resolve(new CompiledValidator(minor, requireModule<ValidatorModule>(join(versionDir(minor), VALIDATOR_FILE))));
    } catch (err) {
      validator = Promise.reject(err);
    }
    loaded.set(minor, validator);
  }
  return validator;
}

const trees = new Map<string, SchemaTree>();

/**
 * The schema of a kind in a known Kubernetes version as a tree of fields:
 * read on first use (to explain an error, to check a custom rule's fields).
 */
export function schemaTree(version: string, kind: SchemaKind): SchemaTree {
  const file = join(versionDir(version), schemaFileName(kind));
  let tree = trees.get(file);
  if (!tree) trees.set(file, (tree = new SchemaTree(JSON.parse(readFileSync(file, "utf8")) as JsonSchema)));
  return tree;
}

class CompiledValidator implements SchemaValidator {
  constructor(
    readonly version: string,
    private readonly module: ValidatorModule,
  ) {}

  validate(object: ManifestObject, kind: SchemaKind): Problem[] {
    const validate = this.module[kind];
    if (validate(object.value)) return [];
    return explainErrors(validate.errors ?? [], { object, kind, version: this.version, tree: schemaTree(this.version, kind) });
  }
}

function versionDir(version: string): string {
  return join(schemasDir(), versionDirName(version));
}
