import { describe, expect, it } from "vitest";
import { daemonSetYaml, ruleFindings } from "./helpers.js";

// Cases the rules' own examples cannot express: the Kubernetes version, and
// which stage (API validation or the rule) reports a duplicate host port.

/** A finding's string (helpers.ts ruleFindings) on `line`, from the rule itself or from API validation. */
const onLine = (line: number, stage = "") => expect.stringMatching(new RegExp(`^${stage ? `${stage}: ` : ""}${line}:\\d+ `));

describe("host-network-port-collision", () => {
  const defaulted = daemonSetYaml(`hostNetwork: true
containers:
  - {name: a, image: example/a:1, ports: [{containerPort: 9100}]}
  - {name: b, image: example/b:1, ports: [{containerPort: 9100}]}`);

  it("is left to API validation while templates still get hostPort (up to 1.27)", async () => {
    expect(await ruleFindings("host-network-port-collision", defaulted, { kubernetesVersion: "1.27" })).toEqual([onLine(15, "api-validation")]);
  });

  it("is reported by the rule from 1.28, when only the pods get hostPort", async () => {
    expect(await ruleFindings("host-network-port-collision", defaulted, { kubernetesVersion: "1.28" })).toEqual([onLine(15)]);
  });

  it("leaves explicit duplicate hostPorts of app containers to API validation", async () => {
    const explicit = daemonSetYaml(`containers:
  - {name: a, image: example/a:1, ports: [{containerPort: 8080, hostPort: 80}]}
  - {name: b, image: example/b:1, ports: [{containerPort: 8081, hostPort: 80}]}`);
    expect(await ruleFindings("host-network-port-collision", explicit)).toEqual([onLine(14, "api-validation")]);
  });

  it("treats restartPolicy: Always init containers as sidecars only from 1.29", async () => {
    const sidecar = daemonSetYaml(`hostNetwork: true
initContainers:
  - {name: proxy, image: example/proxy:1, restartPolicy: Always, ports: [{containerPort: 9100}]}
containers:
  - {name: a, image: example/a:1, ports: [{containerPort: 9100}]}`);
    expect(await ruleFindings("host-network-port-collision", sidecar, { kubernetesVersion: "1.28" })).toEqual([]);
    expect(await ruleFindings("host-network-port-collision", sidecar, { kubernetesVersion: "1.29" })).toEqual([onLine(16)]);
  });

  it("reports a port declared twice by one host-network container", async () => {
    const twice = daemonSetYaml(`hostNetwork: true
containers:
  - name: dns
    image: example/dns:1
    ports: [{name: dns, containerPort: 53, protocol: UDP}, {name: dns-again, containerPort: 53, protocol: UDP}]`);
    expect(await ruleFindings("host-network-port-collision", twice)).toEqual([onLine(16)]);
  });

  it("checks a plain init container on its own, as the API server does", async () => {
    const init = daemonSetYaml(`hostNetwork: true
initContainers:
  - {name: setup, image: example/setup:1, ports: [{containerPort: 8080}, {containerPort: 8080}]}
containers:
  - {name: a, image: example/a:1, ports: [{containerPort: 8080}]}`);
    expect(await ruleFindings("host-network-port-collision", init)).toEqual([onLine(14)]);
  });
});

describe("control-plane-toleration", () => {
  const noTolerations = `containers:
  - {name: a, image: example/a:1}`;

  it("leaves a lone master toleration to legacy-master-toleration", async () => {
    const master = daemonSetYaml(`tolerations: [{key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}]
${noTolerations}`);
    expect(await ruleFindings("control-plane-toleration", master)).toEqual([]);
    expect(await ruleFindings("legacy-master-toleration", master)).toEqual([onLine(12)]);
  });

  it("judges tolerations as Kubernetes does", async () => {
    for (const toleration of ["{operator: Exists}", "{key: node-role.kubernetes.io/control-plane}", "{key: node-role.kubernetes.io/control-plane, operator: Equal, value: ''}"]) {
      expect(await ruleFindings("control-plane-toleration", daemonSetYaml(`tolerations: [${toleration}]\n${noTolerations}`)), toleration).toEqual([]);
    }
    expect(await ruleFindings("control-plane-toleration", daemonSetYaml(`tolerations: [{operator: Exists, effect: PreferNoSchedule}]\n${noTolerations}`))).toEqual([onLine(12)]);
  });

  it("does not count a selection on labels every node has with its own value", async () => {
    const arch = daemonSetYaml(`nodeSelector: {kubernetes.io/arch: arm64}
${noTolerations}`);
    expect(await ruleFindings("control-plane-toleration", arch)).toEqual([onLine(11)]);
  });

  it("needs the annotation's value to be skip", async () => {
    const other = daemonSetYaml(noTolerations, { metadata: "annotations: {dslint.io/control-plane-nodes: run}" });
    expect(await ruleFindings("control-plane-toleration", other)).toEqual([onLine(12)]);
  });
});

describe("missing-os-selector", () => {
  it("accepts the deprecated beta OS label", async () => {
    const beta = daemonSetYaml(`nodeSelector: {beta.kubernetes.io/os: linux}
containers:
  - {name: a, image: example/a:1}`);
    expect(await ruleFindings("missing-os-selector", beta)).toEqual([]);
  });
});
