/**
 * Values the API server cannot decode. A resource quantity that does not
 * match `resource.ParseQuantity` fails the whole request with a 400 before
 * defaulting or validation (k8s.io/apimachinery/pkg/api/resource,
 * `Quantity.UnmarshalJSON`), so no field errors are produced at all.
 * Wrongly-typed values are the schema stage's to report and are skipped here.
 */
import { describeContainer, podContainers, podVolumes } from "../k8s/pod-walk.js";
import { parseQuantity, suggestQuantity } from "../k8s/quantity.js";
import { FieldPath } from "./report.js";
import { asObject, objectItems, show } from "./values.js";
const QUANTITY_RULE = "quantities look like 100m, 0.5, 128Mi or 1G";
function checkQuantity(out, value, field, what) {
    if (typeof value !== "string" || parseQuantity(value) !== undefined)
        return;
    const suggestion = suggestQuantity(value);
    out.push({
        field: field.toString(),
        path: field.segments,
        message: `${what} ${show(value)} is not a valid quantity (${QUANTITY_RULE}); the API server rejects the whole DaemonSet before validating it`,
        ...(suggestion ? { fix: `use ${suggestion}` } : {}),
    });
}
function checkResourceList(out, list, path, what) {
    for (const [name, value] of Object.entries(asObject(list) ?? {}))
        checkQuantity(out, value, path.key(name), `${what} ${name}`);
}
function checkDownwardItems(out, items, path) {
    for (const [i, item] of objectItems(items)) {
        const ref = asObject(item.resourceFieldRef);
        if (ref)
            checkQuantity(out, ref.divisor, path.index(i).child("resourceFieldRef", "divisor"), "resourceFieldRef divisor");
    }
}
/**
 * Every quantity in the pod template that fails to decode. `sidecars`: whether
 * the API server keeps an init container's restartPolicy (for naming it).
 */
export function findDecodeIssues(manifest, sidecars = true) {
    const out = [];
    const spec = asObject(asObject(asObject(manifest.spec)?.template)?.spec);
    if (!spec)
        return out;
    const podPath = FieldPath.root("spec", "template", "spec");
    const walk = { kinds: ["containers", "initContainers", "ephemeralContainers"], sidecars };
    for (const c of podContainers(spec, podPath.segments, walk)) {
        const { container, kind, index } = c;
        const path = podPath.child(kind).index(index);
        const resources = asObject(container.resources);
        const who = describeContainer(c);
        if (resources) {
            checkResourceList(out, resources.limits, path.child("resources", "limits"), `${who} limit`);
            checkResourceList(out, resources.requests, path.child("resources", "requests"), `${who} request`);
        }
        for (const [j, env] of objectItems(container.env)) {
            const ref = asObject(asObject(env.valueFrom)?.resourceFieldRef);
            if (ref) {
                checkQuantity(out, ref.divisor, path.child("env").index(j).child("valueFrom", "resourceFieldRef", "divisor"), "resourceFieldRef divisor");
            }
        }
    }
    checkResourceList(out, spec.overhead, podPath.child("overhead"), "pod overhead");
    const podResources = asObject(spec.resources);
    if (podResources) {
        checkResourceList(out, podResources.limits, podPath.child("resources", "limits"), "pod limit");
        checkResourceList(out, podResources.requests, podPath.child("resources", "requests"), "pod request");
    }
    for (const { volume, index } of podVolumes(spec, podPath.segments)) {
        const path = podPath.child("volumes").index(index);
        const emptyDir = asObject(volume.emptyDir);
        if (emptyDir)
            checkQuantity(out, emptyDir.sizeLimit, path.child("emptyDir", "sizeLimit"), "emptyDir sizeLimit");
        const downward = asObject(volume.downwardAPI);
        if (downward)
            checkDownwardItems(out, downward.items, path.child("downwardAPI", "items"));
        for (const [k, source] of objectItems(asObject(volume.projected)?.sources)) {
            const projected = asObject(source.downwardAPI);
            if (projected)
                checkDownwardItems(out, projected.items, path.child("projected", "sources").index(k).child("downwardAPI", "items"));
        }
        const claimResources = asObject(asObject(asObject(asObject(volume.ephemeral)?.volumeClaimTemplate)?.spec)?.resources);
        if (claimResources) {
            const base = path.child("ephemeral", "volumeClaimTemplate", "spec", "resources");
            checkResourceList(out, claimResources.requests, base.child("requests"), "volume claim request");
            checkResourceList(out, claimResources.limits, base.child("limits"), "volume claim limit");
        }
    }
    return out;
}
