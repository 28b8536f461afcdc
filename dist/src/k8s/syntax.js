/**
 * Name and value syntax the API server enforces, from
 * k8s.io/apimachinery/pkg/util/validation (validation.go). Each function
 * returns the list of problems in plain words; an empty list means valid.
 */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
export function dns1123Label(value) {
    const errs = [];
    if (value.length > 63)
        errs.push("must be no more than 63 characters");
    if (!DNS1123_LABEL.test(value)) {
        errs.push("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character");
    }
    return errs;
}
export function dns1123Subdomain(value) {
    const errs = [];
    if (value.length > 253)
        errs.push("must be no more than 253 characters");
    if (!DNS1123_SUBDOMAIN.test(value)) {
        errs.push("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character");
    }
    return errs;
}
/** `IsQualifiedName`: label, annotation and toleration keys (`prefix/name`). */
export function qualifiedName(value) {
    const parts = value.split("/");
    let name;
    const errs = [];
    if (parts.length === 1) {
        name = parts[0];
    }
    else if (parts.length === 2) {
        const [prefix, rest] = parts;
        name = rest;
        if (prefix.length === 0)
            errs.push("prefix part must be non-empty");
        else
            errs.push(...dns1123Subdomain(prefix).map((e) => `prefix part ${e}`));
    }
    else {
        return [
            "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
        ];
    }
    if (name.length === 0)
        errs.push("name part must be non-empty");
    else if (name.length > 63)
        errs.push("name part must be no more than 63 characters");
    if (name.length > 0 && !QUALIFIED_NAME_PART.test(name)) {
        errs.push("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
    }
    return errs;
}
/** `IsValidLabelValue`: empty, or up to 63 characters starting and ending alphanumeric. */
export function labelValue(value) {
    const errs = [];
    if (value.length > 63)
        errs.push("must be no more than 63 characters");
    if (!LABEL_VALUE.test(value)) {
        errs.push("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
    }
    return errs;
}
/** `IsValidPortName` (IANA service name). */
export function portName(value) {
    const errs = [];
    if (value.length > 15)
        errs.push("must be no more than 15 characters");
    if (!/^[-a-z0-9]+$/.test(value))
        errs.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    if (!/[a-z]/.test(value))
        errs.push("must contain at least one letter (a-z)");
    if (value.includes("--"))
        errs.push("must not contain consecutive hyphens");
    if (value.startsWith("-") || value.endsWith("-"))
        errs.push("must not begin or end with a hyphen");
    return errs;
}
/** `IsValidPortNum`. */
export function portNumber(value) {
    return Number.isInteger(value) && value >= 1 && value <= 65535 ? [] : ["must be between 1 and 65535, inclusive"];
}
