/**
 * Scalar resolution as Kubernetes does it. Manifests reach the API server
 * through sigs.k8s.io/yaml, which decodes with go-yaml v2: YAML 1.1 rules,
 * where `yes`, `on` and `y` are booleans and `0755` is octal. This mirrors
 * go-yaml v2's resolve.go (`resolve`, `resolveTable`, `resolveMap`,
 * `parseTimestamp`) and what decode.go keeps of it for an interface{} target.
 */
export const STR_TAG = "tag:yaml.org,2002:str";
export const NULL_TAG = "tag:yaml.org,2002:null";
export const BOOL_TAG = "tag:yaml.org,2002:bool";
export const INT_TAG = "tag:yaml.org,2002:int";
export const FLOAT_TAG = "tag:yaml.org,2002:float";
export const TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp";
export const BINARY_TAG = "tag:yaml.org,2002:binary";
export const MERGE_TAG = "tag:yaml.org,2002:merge";
const TRUE_WORDS = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
const FALSE_WORDS = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];
const NULL_WORDS = ["", "~", "null", "Null", "NULL"];
const RESOLVE_MAP = new Map([
    ...TRUE_WORDS.map((w) => [w, { tag: BOOL_TAG, scalar: { type: "bool", value: true } }]),
    ...FALSE_WORDS.map((w) => [w, { tag: BOOL_TAG, scalar: { type: "bool", value: false } }]),
    ...NULL_WORDS.map((w) => [w, { tag: NULL_TAG, scalar: { type: "null", value: null } }]),
    ...[".nan", ".NaN", ".NAN"].map((w) => [w, { tag: FLOAT_TAG, scalar: { type: "float", value: Number.NaN } }]),
    ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((w) => [w, { tag: FLOAT_TAG, scalar: { type: "float", value: Number.POSITIVE_INFINITY } }]),
    ...["-.inf", "-.Inf", "-.INF"].map((w) => [w, { tag: FLOAT_TAG, scalar: { type: "float", value: Number.NEGATIVE_INFINITY } }]),
    ["<<", { tag: MERGE_TAG, scalar: { type: "string", value: "<<" } }],
]);
/** resolve.go resolveTable: the hint a first character gives ('M' word, 'S' sign, 'D' digit, '.' float). */
function hintOf(text) {
    if (text === "")
        return "N";
    const c = text[0];
    if (c === "+" || c === "-")
        return "S";
    if (c >= "0" && c <= "9")
        return "D";
    if ("yYnNtTfFoO~".includes(c))
        return "M";
    if (c === ".")
        return ".";
    return undefined;
}
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^([+-]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]+)|([1-9][0-9]*|0))$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** strconv.ParseInt(s, 0, 64), then strconv.ParseUint(s, 0, 64), as resolve tries them. */
function parseGoInteger(text) {
    const m = GO_INT.exec(text);
    if (!m)
        return undefined;
    const [, sign, hex, octal, binary, legacyOctal, decimal] = m;
    let magnitude;
    if (hex !== undefined)
        magnitude = BigInt(`0x${hex}`);
    else if (octal !== undefined)
        magnitude = BigInt(`0o${octal}`);
    else if (binary !== undefined)
        magnitude = BigInt(`0b${binary}`);
    else if (legacyOctal !== undefined)
        magnitude = BigInt(`0o${legacyOctal}`);
    else
        magnitude = BigInt(decimal);
    const value = sign === "-" ? -magnitude : magnitude;
    if (value >= INT64_MIN && value <= INT64_MAX)
        return { type: "int", value: Number(value) || 0, digits: value.toString() };
    // ParseUint takes no sign.
    if (sign === "" && value <= UINT64_MAX)
        return { type: "uint64", value: Number(value), digits: value.toString() };
    return undefined;
}
/** strconv.ParseFloat on a YAML-style float: an overflow to ±Inf is an error, so the text stays a string. */
function parseGoFloat(text) {
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
// time.Parse reads at most nine digits of a fraction, and a space in the layout as a run of spaces.
const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]| +)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d{1,9})?(Z|[+-]\d{2}:\d{2})?)?$/;
/**
 * resolve.go parseTimestamp: Go's time.Parse with the layouts
 * "2006-1-2T15:4:5.999999999Z07:00" (also with a lower-case t),
 * "2006-1-2 15:4:5.999999999" and "2006-1-2", with their range checks.
 */
export function isGoTimestamp(text) {
    const m = TIMESTAMP.exec(text);
    if (!m)
        return false;
    const [, y, mo, d, sep, h, mi, s, zone] = m;
    // A zone goes with the T layouts, and they need one; the space layout has none.
    if (sep !== undefined && sep.startsWith(" ") !== (zone === undefined))
        return false;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (day < 1 || day > days)
        return false;
    if (sep !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59))
        return false;
    return true;
}
/** Tags resolve.go resolves; any other tag leaves the text a string. */
function resolvableTag(tag) {
    return tag === "" || tag === STR_TAG || tag === BOOL_TAG || tag === INT_TAG || tag === FLOAT_TAG || tag === NULL_TAG || tag === TIMESTAMP_TAG;
}
/** A value that does not match its explicit tag: go-yaml fails the document. */
export class TagMismatch extends Error {
}
function shortTag(tag) {
    return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}
/** resolve.go `resolve` with tag "" (a plain scalar): its tag and Go value. */
function resolveImplicit(text, tag) {
    const str = { tag: STR_TAG, scalar: { type: "string", value: text } };
    const hint = hintOf(text);
    if (hint === undefined || tag === STR_TAG || tag === BINARY_TAG)
        return str;
    const known = RESOLVE_MAP.get(text);
    if (known)
        return known;
    if (hint === ".") {
        const f = /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? parseGoFloat(text) : undefined;
        return f === undefined ? str : { tag: FLOAT_TAG, scalar: { type: "float", value: f } };
    }
    if (hint === "D" || hint === "S") {
        if ((tag === "" || tag === TIMESTAMP_TAG) && isGoTimestamp(text))
            return { tag: TIMESTAMP_TAG, scalar: { type: "string", value: text } };
        const plain = text.includes("_") ? text.replace(/_/g, "") : text;
        const int = parseGoInteger(plain);
        if (int)
            return { tag: INT_TAG, scalar: int };
        if (YAML_STYLE_FLOAT.test(plain)) {
            const f = parseGoFloat(plain);
            if (f !== undefined)
                return { tag: FLOAT_TAG, scalar: { type: "float", value: f } };
        }
    }
    return str;
}
/**
 * What go-yaml decodes a scalar to for an interface{} target (decode.go
 * `scalar`): `tag` is the resolved tag of the node or undefined, `implicit`
 * says it was plain (or tagged `!`). Throws TagMismatch where go-yaml fails
 * (`!!int abc`), and for `!!binary` that is not base64.
 */
export function resolveScalar(text, tag, implicit) {
    if (tag === undefined && !implicit)
        return { type: "string", value: text };
    const wanted = tag ?? "";
    if (!resolvableTag(wanted)) {
        if (wanted === BINARY_TAG)
            return { type: "string", value: decodeBase64(text) };
        return { type: "string", value: text };
    }
    const resolved = resolveImplicit(text, wanted);
    if (wanted !== "" && wanted !== resolved.tag && wanted !== STR_TAG) {
        // A !!float tag takes an integer as a float.
        if (wanted === FLOAT_TAG && resolved.tag === INT_TAG && resolved.scalar.type === "int")
            return { type: "float", value: resolved.scalar.value };
        throw new TagMismatch(`cannot decode ${shortTag(resolved.tag)} \`${text}\` as a ${shortTag(wanted)}`);
    }
    // A timestamp stays the text it was written as (decode.go keeps the string for interface{}).
    return resolved.scalar;
}
/** Go's base64.StdEncoding.DecodeString: padded, line breaks ignored; the bytes read as UTF-8 text. */
function decodeBase64(text) {
    const compact = text.replace(/[\r\n]/g, "");
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) {
        throw new TagMismatch("!!binary value contains invalid base64 data");
    }
    return goUtf8String(Buffer.from(compact, "base64"));
}
/**
 * Bytes as the text json.Marshal writes for a Go string: each byte that does
 * not start a valid UTF-8 sequence becomes one U+FFFD (utf8.DecodeRune), where
 * TextDecoder would replace a whole broken sequence with one.
 */
function goUtf8String(bytes) {
    let out = "";
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        if (b < 0x80) {
            out += String.fromCharCode(b);
            i++;
            continue;
        }
        const size = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
        const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
        const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
        let valid = size > 0 && i + size <= bytes.length && bytes[i + 1] >= low && bytes[i + 1] <= high;
        for (let k = 2; valid && k < size; k++)
            valid = bytes[i + k] >= 0x80 && bytes[i + k] <= 0xbf;
        if (!valid) {
            out += "\ufffd";
            i++;
            continue;
        }
        out += Buffer.from(bytes.subarray(i, i + size)).toString("utf8");
        i += size;
    }
    return out;
}
/** What Kubernetes reads for a plain (unquoted, untagged) scalar. */
export function resolvePlainYaml11(text) {
    // Most scalars are names and paths: a first character no special form starts with settles it.
    if (hintOf(text) === undefined)
        return text;
    return resolveImplicit(text, "").scalar.value;
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
function sameValue(a, b) {
    return Object.is(a, b) || (typeof a === "number" && typeof b === "number" && a === b);
}
/** True when YAML 1.1 and 1.2 disagree on this plain scalar: a trap for anyone reading it with a modern parser. */
export function differsFromYaml12(text, yaml11) {
    const yaml12 = resolvePlainYaml12(text);
    return sameValue(yaml11, yaml12) ? undefined : { yaml12 };
}
/**
 * The JSON field name a map key becomes (sigs.k8s.io/yaml
 * convertToJSONableObject), or undefined for a key JSON cannot hold (null,
 * uint64: kubectl fails the document).
 */
export function jsonKey(key) {
    switch (key.type) {
        case "string":
            return key.value;
        case "bool":
            return key.value ? "true" : "false";
        case "int":
            return key.digits;
        case "float":
            return formatFloat32(key.value);
        default:
            return undefined;
    }
}
/** strconv.FormatFloat(f, 'g', -1, 32) with go-yaml's names for the infinities and NaN. */
export function formatFloat32(value) {
    if (Number.isNaN(value))
        return ".nan";
    const f = Math.fround(value);
    if (f === Infinity)
        return ".inf";
    if (f === -Infinity)
        return "-.inf";
    if (f === 0)
        return Object.is(f, -0) ? "-0" : "0";
    // The shortest decimal that reads back as the same float32.
    let digits = "";
    let exponent = 0;
    for (let precision = 1; precision <= 9; precision++) {
        const text = Math.abs(f).toExponential(precision - 1);
        if (Math.fround(Number(text)) === Math.abs(f)) {
            const [mantissa, exp] = text.split("e");
            digits = mantissa.replace(".", "");
            exponent = Number(exp);
            break;
        }
    }
    const sign = f < 0 ? "-" : "";
    // The shortest form uses %e when the exponent is below -4 or at least 6 (strconv ftoa.go, 'g').
    if (exponent < -4 || exponent >= 6) {
        const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const e = Math.abs(exponent);
        return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${e < 10 ? `0${e}` : e}`;
    }
    if (exponent < 0)
        return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
    if (digits.length <= exponent + 1)
        return `${sign}${digits}${"0".repeat(exponent + 1 - digits.length)}`;
    return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}
/** Sets a field of a JSON object, nulls kept; never lets a manifest key reach the prototype. */
export function setJsonField(out, key, value) {
    if (key === "__proto__")
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else
        out[key] = value;
}
