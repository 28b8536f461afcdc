/**
 * The helpers custom rules may call: thin adapters over dslint's Kubernetes
 * code, so a rule reads quantities, images, selectors and tolerations as the
 * rest of the linter (and Kubernetes) does. Each takes plain data, returns
 * plain data (objects without a prototype), and never throws.
 */
import { splitImageReference } from "../../k8s/image.js";
import { labelSelectorAsSelector, matches } from "../../k8s/labelselector.js";
import { compileNodeSelector, nodeSelectorMatches, requiredNodeAffinity, requiredNodeAffinityMatches } from "../../k8s/nodeaffinity.js";
import { parseQuantity } from "../../k8s/quantity.js";
import { taintFromObject, tolerationFromObject, tolerationsTolerateTaint } from "../../k8s/tolerations.js";
import { isRecord, scalarText, stringEntries } from "../../values.js";
import { charge, chargeData, chargeText } from "./runtime.js";
/** `quantity("200Mi")`: the value in base units (209715200), as resource.ParseQuantity reads it; undefined when it is not a quantity. */
function quantity(meter, text) {
    if (typeof text === "string")
        chargeText(meter, text.length);
    return parseQuantity(text);
}
/**
 * `image("registry.acme.io:5000/team/app:1.2@sha256:…")`: the reference's
 * parts as the container runtime resolves them (distribution/reference
 * `splitDockerDomain`): `registry` is the registry host the reference
 * names, or `docker.io` when it names none (`index.docker.io` is
 * `docker.io` too); `repository` is the path below it, with Docker Hub's
 * `library/` for a one-component name there (`busybox` is
 * `library/busybox`); `tag` and `digest` are undefined when the reference
 * has none (no implicit `latest`). Nothing is validated: any string is
 * split.
 */
function image(meter, ref) {
    if (typeof ref !== "string")
        return undefined;
    chargeText(meter, ref.length);
    const parts = splitImageReference(ref);
    const registry = parts.domain === undefined || parts.domain === LEGACY_DOCKER_HUB ? DOCKER_HUB : parts.domain;
    const result = Object.create(null);
    result.registry = registry;
    result.repository = registry === DOCKER_HUB && !parts.path.includes("/") ? `library/${parts.path}` : parts.path;
    result.tag = parts.tag;
    result.digest = parts.digest;
    return result;
}
// distribution/reference normalize.go: defaultDomain, legacyDefaultDomain.
const DOCKER_HUB = "docker.io";
const LEGACY_DOCKER_HUB = "index.docker.io";
/** A node with these labels and no name: matchFields (which read a node's name) are skipped, as upstream does for unnamed nodes. */
function nodeWithLabels(labels) {
    return { name: "", labels: new Map(stringEntries(labels)) };
}
/**
 * `selects(selector, labels)`: whether the selector picks an object with
 * these labels. The selector is told apart by its fields: a NodeSelector
 * (`nodeSelectorTerms`), a LabelSelector (`matchLabels`,
 * `matchExpressions`), a pod spec (`containers`, `nodeSelector`,
 * `affinity`: its nodeSelector and required node affinity, as the
 * scheduler's NodeAffinity filter reads them), else a plain label map such
 * as a nodeSelector, whose every entry the labels must have. An invalid
 * LabelSelector selects nothing (LabelSelectorAsSelector fails).
 */
function selects(meter, selector, labels) {
    chargeData(meter, selector);
    chargeData(meter, labels);
    if (!isRecord(selector))
        return false;
    if (Array.isArray(selector.nodeSelectorTerms))
        return nodeSelectorMatches(compileNodeSelector(selector), nodeWithLabels(labels));
    if (isRecord(selector.matchLabels) || Array.isArray(selector.matchExpressions)) {
        const converted = labelSelectorAsSelector(selector);
        return converted.ok && matches(converted.selector, isRecord(labels) ? labels : {});
    }
    if (Array.isArray(selector.containers) || isRecord(selector.nodeSelector) || isRecord(selector.affinity)) {
        return requiredNodeAffinityMatches(requiredNodeAffinity(selector), nodeWithLabels(labels));
    }
    const have = nodeWithLabels(labels).labels;
    for (const key of Object.keys(selector)) {
        const wanted = scalarText(selector[key]);
        if (wanted === undefined || have.get(key) !== wanted)
            return false;
    }
    return true;
}
/**
 * `tolerates(tolerations, taint)`: whether any of the tolerations (a list,
 * or one toleration) tolerates the taint (`Toleration.ToleratesTaint`; the
 * alpha operators Lt and Gt tolerate nothing, their gate being off by
 * default). The DaemonSet controller's own tolerations are not added.
 */
function tolerates(meter, tolerations, taint) {
    chargeData(meter, tolerations);
    chargeData(meter, taint);
    const parsedTaint = taintFromObject(taint);
    if (!parsedTaint)
        return false;
    const list = [];
    for (const item of Array.isArray(tolerations) ? tolerations : [tolerations]) {
        const toleration = tolerationFromObject(item);
        if (toleration)
            list.push(toleration);
    }
    return tolerationsTolerateTaint(list, parsedTaint);
}
/** `keys(map)`: the map's own keys (labels, annotations); [] for anything that is not a map. */
function keys(meter, map) {
    if (!isRecord(map))
        return [];
    const names = Object.keys(map);
    charge(meter, names.length);
    return names;
}
export const HELPER_FUNCTIONS = {
    quantity: (meter, text) => quantity(meter, text),
    image: (meter, ref) => image(meter, ref),
    selects: (meter, selector, labels) => selects(meter, selector, labels),
    tolerates: (meter, tolerations, taint) => tolerates(meter, tolerations, taint),
    keys: (meter, map) => keys(meter, map),
};
