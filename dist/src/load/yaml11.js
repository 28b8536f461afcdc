/**
 * Plain-scalar resolution as Kubernetes does it. Manifests reach the API
 * server through sigs.k8s.io/yaml, which decodes with a fork of go-yaml v2:
 * YAML 1.1 rules, where `yes`, `on` and `y` are booleans and `0755` is octal.
 * This mirrors go-yaml v2's resolve.go (`resolve`, `resolveTable`,
 * `resolveMap`). Timestamps are left as strings.
 */
const TRUE_WORDS = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
const FALSE_WORDS = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];
const NULL_WORDS = ["", "~", "null", "Null", "NULL"];
const RESOLVE_MAP = new Map([
    ...TRUE_WORDS.map((w) => [w, true]),
    ...FALSE_WORDS.map((w) => [w, false]),
    ...NULL_WORDS.map((w) => [w, null]),
    ...[".nan", ".NaN", ".NAN"].map((w) => [w, Number.NaN]),
    ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((w) => [w, Number.POSITIVE_INFINITY]),
    ...["-.inf", "-.Inf", "-.INF"].map((w) => [w, Number.NEGATIVE_INFINITY]),
]);
/** First characters (ASCII) of every word in RESOLVE_MAP and of numbers; anything else is a string. */
const MAY_RESOLVE = (() => {
    const table = new Array(128).fill(false);
    for (const c of "~.+-0123456789")
        table[c.charCodeAt(0)] = true;
    for (const word of RESOLVE_MAP.keys())
        if (word)
            table[word.charCodeAt(0)] = true;
    return table;
})();
// Non-ASCII first characters index past the table: undefined, a string.
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Go's strconv.ParseInt(s, 0, 64) / ParseUint for the forms go-yaml tries (sign, 0x, 0o, 0b, leading-0 octal). */
function parseGoInt(text) {
    const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
    if (!m)
        return undefined;
    const sign = m[1] === "-" ? -1 : 1;
    const body = m[2];
    let value;
    if (/^0[xX]/.test(body))
        value = parseInt(body.slice(2), 16);
    else if (/^0[oO]/.test(body))
        value = parseInt(body.slice(2), 8);
    else if (/^0[bB]/.test(body))
        value = parseInt(body.slice(2), 2);
    else if (body.length > 1 && body.startsWith("0"))
        value = parseInt(body.slice(1), 8);
    else
        value = parseInt(body, 10);
    return sign * value;
}
/** What Kubernetes reads for a plain (unquoted, untagged) scalar. */
export function resolvePlainYaml11(text) {
    // Most scalars are names and paths: a first character no special form starts with settles it.
    if (text.length > 0 && !MAY_RESOLVE[text.charCodeAt(0)])
        return text;
    if (RESOLVE_MAP.has(text))
        return RESOLVE_MAP.get(text);
    const first = text[0];
    if (first === ".") {
        // go-yaml: hint '.' → strconv.ParseFloat(in); only the YAML float form is plausible here.
        return YAML_STYLE_FLOAT.test(text) ? Number(text) : text;
    }
    if (first !== undefined && /[-+0-9]/.test(first)) {
        const plain = text.replace(/_/g, "");
        const int = parseGoInt(plain);
        if (int !== undefined)
            return int;
        if (YAML_STYLE_FLOAT.test(plain))
            return Number(plain);
        const bin = /^([-]?)0b([01]+)$/.exec(plain);
        if (bin)
            return (bin[1] ? -1 : 1) * parseInt(bin[2], 2);
    }
    return text;
}
/** What a YAML 1.2 (core schema) parser reads for the same plain scalar. */
export function resolvePlainYaml12(text) {
    if (/^(?:~|null|Null|NULL)?$/.test(text))
        return null;
    if (/^(?:true|True|TRUE)$/.test(text))
        return true;
    if (/^(?:false|False|FALSE)$/.test(text))
        return false;
    if (/^[-+]?[0-9]+$/.test(text))
        return Number(text);
    if (/^0o[0-7]+$/.test(text))
        return parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text))
        return parseInt(text.slice(2), 16);
    if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text))
        return Number(text);
    if (/^[-+]?\.(inf|Inf|INF)$/.test(text))
        return text.startsWith("-") ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(text))
        return Number.NaN;
    return text;
}
/** Resolution of a scalar with an explicit standard tag (`!!str 0755`, `!!int "3"`). */
export function resolveTagged(tag, text) {
    switch (tag) {
        case "tag:yaml.org,2002:str":
            return text;
        case "tag:yaml.org,2002:null":
            return null;
        case "tag:yaml.org,2002:bool": {
            const v = resolvePlainYaml11(text);
            return typeof v === "boolean" ? v : text;
        }
        case "tag:yaml.org,2002:int":
        case "tag:yaml.org,2002:float": {
            const v = resolvePlainYaml11(text);
            return typeof v === "number" ? v : text;
        }
        default:
            return resolvePlainYaml11(text);
    }
}
function sameValue(a, b) {
    return Object.is(a, b) || (typeof a === "number" && typeof b === "number" && a === b);
}
/** True when YAML 1.1 and 1.2 disagree on this plain scalar: a trap for anyone reading it with a modern parser. */
export function differsFromYaml12(text, yaml11) {
    const yaml12 = resolvePlainYaml12(text);
    return sameValue(yaml11, yaml12) ? undefined : { yaml12 };
}
/** The string a mapping key becomes in JSON: YAML 1.1 resolution for plain keys (`on:` is the key "true"). */
export function keyString(value, type) {
    if (type === "PLAIN" && typeof value === "string") {
        const resolved = resolvePlainYaml11(value);
        return resolved === null ? "null" : String(resolved);
    }
    return String(value);
}
/** Sets a decoded field as Go's JSON decoding does: a null value unsets it. */
export function setField(out, key, value) {
    if (value === null) {
        if (key in out)
            delete out[key];
        return;
    }
    // Never let a manifest key reach the prototype.
    if (key === "__proto__")
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else
        out[key] = value;
}
