/**
 * Probes and lifecycle hooks: `validateLivenessProbe`, `validateReadinessProbe`,
 * `validateStartupProbe`, `validateProbe`, `validateHandler` and
 * `validateLifecycle` (pkg/apis/core/validation/validation.go).
 */
import { portName, portNumber } from "../k8s/syntax.js";
import { oneOf } from "./report.js";
import { asInt, asObject, isBlank, isEmptyList, objectItems, show, stringOf } from "./values.js";
/** `ValidatePortNumOrName`: an absent port is the int 0. */
export function validatePortNumOrName(report, port, path, what) {
    if (typeof port === "string") {
        for (const msg of portName(port))
            report.invalid(path, { message: `${what} port "${port}" is not a valid port name: ${msg}` });
    }
    else if (port === undefined || port === null || typeof port === "number") {
        const n = typeof port === "number" ? port : 0;
        if (!Number.isInteger(n))
            return;
        for (const msg of portNumber(n))
            report.invalid(path, { message: `${what} port ${n} is invalid: ${msg}` });
    }
}
/** `validateHandler`: exactly one handler; the first one set wins and the others are Forbidden. */
function validateHandler(ctx, handler, kinds, path, what) {
    const { report } = ctx;
    let count = 0;
    for (const kind of kinds) {
        const action = asObject(handler[kind]);
        if (!action)
            continue;
        if (count > 0) {
            report.forbidden(path.child(kind), {
                message: `${what} sets more than one handler (${kind} in addition to another); use exactly one of ${oneOf(kinds)}`,
            });
            continue;
        }
        count++;
        const actionPath = path.child(kind);
        if (kind === "exec" && isEmptyList(action.command)) {
            report.required(actionPath.child("command"), { message: `${what} exec handler has no command` });
        }
        else if (kind === "httpGet") {
            if (isBlank(action.path)) {
                report.required(actionPath.child("path"), { message: `${what} httpGet has no path` });
            }
            validatePortNumOrName(report, action.port, actionPath.child("port"), `${what} httpGet`);
            const scheme = stringOf(action.scheme);
            if (scheme !== "HTTP" && scheme !== "HTTPS" && typeof action.scheme === "string") {
                report.notSupported(actionPath.child("scheme"), {
                    message: `${what} httpGet scheme "${scheme}" is not supported; use HTTP or HTTPS`,
                });
            }
            for (const [i, header] of objectItems(action.httpHeaders)) {
                const name = stringOf(header.name);
                if (!/^[-A-Za-z0-9]+$/.test(name)) {
                    report.invalid(actionPath.child("httpHeaders"), {
                        message: `${what} httpGet header name "${name}" is invalid: use letters, digits and '-'`,
                        at: [...actionPath.segments, "httpHeaders", i, "name"],
                    });
                }
            }
        }
        else if (kind === "tcpSocket") {
            validatePortNumOrName(report, action.port, actionPath.child("port"), `${what} tcpSocket`);
        }
        else if (kind === "grpc") {
            const port = asInt(action.port) ?? (action.port === undefined || action.port === null ? 0 : undefined);
            if (port !== undefined)
                validatePortNumOrName(report, port, actionPath.child("port"), `${what} grpc`);
        }
        else if (kind === "sleep") {
            const seconds = asInt(action.seconds) ?? (action.seconds === undefined || action.seconds === null ? 0 : undefined);
            if (seconds === undefined)
                continue;
            const tooSmall = report.profile.sleepActionAllowsZero ? seconds < 0 : seconds <= 0;
            if (tooSmall || seconds > ctx.gracePeriod) {
                report.invalid(actionPath, {
                    message: `${what} sleeps ${seconds}s: must be ${report.profile.sleepActionAllowsZero ? "at least 0" : "greater than 0"} and at most terminationGracePeriodSeconds (${ctx.gracePeriod})`,
                    at: [...actionPath.segments, "seconds"],
                });
            }
        }
    }
    if (count === 0) {
        report.required(path, { message: `${what} has no handler: set one of ${oneOf(kinds)}` });
    }
}
const PROBE_COUNTERS = ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"];
/** `validateProbe` plus the per-kind rules. */
export function validateProbe(ctx, probe, kind, path, who) {
    const { report } = ctx;
    const what = `${kind} of ${who}`;
    validateHandler(ctx, probe, ["exec", "httpGet", "tcpSocket", "grpc"], path, what);
    for (const counter of PROBE_COUNTERS) {
        const n = asInt(probe[counter]);
        if (n !== undefined && n < 0) {
            report.invalid(path.child(counter), { message: `${what}: ${counter} must not be negative (got ${n})` });
        }
    }
    const grace = asInt(probe.terminationGracePeriodSeconds);
    if (grace !== undefined && grace <= 0) {
        report.invalid(path.child("terminationGracePeriodSeconds"), {
            message: `${what}: terminationGracePeriodSeconds must be greater than 0 (got ${grace})`,
        });
    }
    const success = asInt(probe.successThreshold);
    if ((kind === "livenessProbe" || kind === "startupProbe") && success !== undefined && success !== 1) {
        report.invalid(path.child("successThreshold"), {
            message: `${what}: successThreshold must be 1 for ${kind === "livenessProbe" ? "liveness" : "startup"} probes (got ${success})`,
            fix: "remove successThreshold or set it to 1",
        });
    }
    if (kind === "readinessProbe" && probe.terminationGracePeriodSeconds !== undefined && probe.terminationGracePeriodSeconds !== null) {
        report.invalid(path.child("terminationGracePeriodSeconds"), {
            message: `${what}: terminationGracePeriodSeconds cannot be set on a readiness probe (got ${show(probe.terminationGracePeriodSeconds)})`,
        });
    }
}
/** `validateLifecycle`. */
export function validateLifecycle(ctx, lifecycle, path, who) {
    const kinds = ctx.report.profile.sleepAction ? ["exec", "httpGet", "tcpSocket", "sleep"] : ["exec", "httpGet", "tcpSocket"];
    for (const hook of ["postStart", "preStop"]) {
        const handler = asObject(lifecycle[hook]);
        if (handler)
            validateHandler(ctx, handler, kinds, path.child(hook), `${hook} hook of ${who}`);
    }
}
