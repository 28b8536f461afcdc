/**
 * Validates objects against the schema of a Kubernetes version, using the
 * validators compiled ahead of time into `schemas/` (scripts/generate-schemas.ts).
 * A version's module is loaded on first use only, and kept.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requireModule } from "../modules.js";
import { isKnownVersion, normalizeVersion, unknownVersionMessage } from "../k8s/versions.js";
import { explainErrors } from "./explain.js";
import { VALIDATOR_FILE, schemaFileName, schemasDir, versionDirName } from "./files.js";
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
    if (!validator) {
        try {
            validator = Promise.resolve(new CompiledValidator(minor, requireModule(join(versionDir(minor), VALIDATOR_FILE))));
        }
        catch (err) {
            validator = Promise.reject(err);
        }
        loaded.set(minor, validator);
    }
    return validator;
}
const trees = new Map();
/**
 * The schema of a kind in a known Kubernetes version as a tree of fields:
 * read on first use (to explain an error, to check a custom rule's fields).
 */
export function schemaTree(version, kind) {
    const file = join(versionDir(version), schemaFileName(kind));
    let tree = trees.get(file);
    if (!tree)
        trees.set(file, (tree = new SchemaTree(JSON.parse(readFileSync(file, "utf8")))));
    return tree;
}
class CompiledValidator {
    version;
    module;
    constructor(version, module) {
        this.version = version;
        this.module = module;
    }
    validate(object, kind) {
        const validate = this.module[kind];
        if (validate(object.value))
            return [];
        return explainErrors(validate.errors ?? [], { object, kind, version: this.version, tree: schemaTree(this.version, kind) });
    }
}
function versionDir(version) {
    return join(schemasDir(), versionDirName(version));
}
