/**
 * Validates objects against the schema of a Kubernetes version: the JSON
 * Schemas generated into `schemas/` (scripts/generate-schemas.ts), each read
 * and compiled on first use (checker.ts), and kept.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isKnownVersion, normalizeVersion, unknownVersionMessage } from "../k8s/versions.js";
import { compileSchema } from "./checker.js";
import { explainErrors } from "./explain.js";
import { schemaFileName, schemasDir, versionDirName } from "./files.js";
import { SchemaTree } from "./tree.js";
const loaded = new Map();
/**
 * The validator for a Kubernetes version (`1.30`, `v1.30` and `1.30.2` all
 * mean 1.30). Rejects for a version with no schemas.
 */
export function loadSchemaValidator(version) {
    const minor = normalizeVersion(version);
    if (minor === undefined || !isKnownVersion(minor)) {
        return Promise.reject(new Error(unknownVersionMessage(version)));
    }
    let validator = loaded.get(minor);
    if (!validator)
        loaded.set(minor, (validator = Promise.resolve(new VersionValidator(minor))));
    return validator;
}
const schemas = new Map();
function kindSchema(version, kind) {
    const file = join(versionDir(version), schemaFileName(kind));
    let known = schemas.get(file);
    if (!known) {
        const document = JSON.parse(readFileSync(file, "utf8"));
        schemas.set(file, (known = { check: compileSchema(document), tree: new SchemaTree(document) }));
    }
    return known;
}
/**
 * The schema of a kind in a known Kubernetes version as a tree of fields:
 * to explain an error, to check a custom rule's fields.
 */
export function schemaTree(version, kind) {
    return kindSchema(version, kind).tree;
}
class VersionValidator {
    version;
    constructor(version) {
        this.version = version;
    }
    validate(object, kind) {
        const { check, tree } = kindSchema(this.version, kind);
        const errors = check(object.value);
        return errors === null ? [] : explainErrors(errors, { object, kind, version: this.version, tree });
    }
}
function versionDir(version) {
    return join(schemasDir(), versionDirName(version));
}
