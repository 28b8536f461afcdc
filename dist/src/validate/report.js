/** Go's `field.Path`: children joined with `.`, indices and map keys in brackets. */
export class FieldPath {
    segments;
    text;
    constructor(
    /** The same location as manifest segments. */
    segments, text) {
        this.segments = segments;
        this.text = text;
    }
    static root(...names) {
        const [first = "", ...rest] = names;
        return new FieldPath([first], first).child(...rest);
    }
    child(...names) {
        return names.reduce((p, name) => new FieldPath([...p.segments, name], `${p.text}.${name}`), this);
    }
    index(i) {
        return new FieldPath([...this.segments, i], `${this.text}[${i}]`);
    }
    key(k) {
        return new FieldPath([...this.segments, k], `${this.text}[${k}]`);
    }
    toString() {
        return this.text;
    }
}
/** The deepest prefix of `path` that exists in `root`. */
export function nearestWritten(root, path) {
    let node = root;
    const out = [];
    for (const segment of path) {
        if (node === null || typeof node !== "object")
            break;
        if (Array.isArray(node)) {
            if (typeof segment !== "number" || segment < 0 || segment >= node.length)
                break;
        }
        else if (typeof segment !== "string" || !Object.prototype.hasOwnProperty.call(node, segment)) {
            break;
        }
        node = node[segment];
        out.push(segment);
    }
    return out;
}
/** Collects issues and places each one in the manifest as written. */
export class Report {
    written;
    profile;
    issues = [];
    constructor(
    /** The manifest as the user wrote it (before defaulting). */
    written, profile) {
        this.written = written;
        this.profile = profile;
    }
    /** Whether the user wrote a value at `path` (as opposed to a default filling it). */
    wasWritten(path) {
        return nearestWritten(this.written, path).length === path.length;
    }
    /** A report for errors that only count together (a volume is registered only when it has none). */
    fork() {
        return new Report(this.written, this.profile);
    }
    /** Takes over the issues of a fork. */
    absorb(fork) {
        for (const issue of fork.issues)
            this.issues.push(issue);
    }
    add(type, field, detail) {
        const wanted = detail.at ?? field.segments;
        const path = nearestWritten(this.written, wanted);
        const issue = {
            ruleId: detail.ruleId ?? "api-validation",
            type,
            field: field.toString(),
            path,
            message: detail.message,
        };
        if (detail.onKey && path.length === wanted.length)
            issue.onKey = true;
        if (detail.fix !== undefined)
            issue.fix = detail.fix;
        this.issues.push(issue);
    }
    invalid(field, detail) {
        this.add("Invalid", field, detail);
    }
    required(field, detail) {
        this.add("Required", field, detail);
    }
    forbidden(field, detail) {
        this.add("Forbidden", field, detail);
    }
    notSupported(field, detail) {
        this.add("NotSupported", field, detail);
    }
    duplicate(field, detail) {
        this.add("Duplicate", field, detail);
    }
    notFound(field, detail) {
        this.add("NotFound", field, detail);
    }
    tooLong(field, detail) {
        this.add("TooLong", field, detail);
    }
}
/** "one of A, B or C" for NotSupported messages. */
export function oneOf(values) {
    if (values.length <= 1)
        return values.join("");
    return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}
