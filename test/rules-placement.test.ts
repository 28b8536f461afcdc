import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { onlyRule } from "./only-rule.js";

// Cases the rules' own examples cannot express: the Kubernetes version, and
// which stage (API validation or the rule) reports a duplicate host port.
async function findings(manifest: string, ruleId: string, kubernetesVersion = "1.36"): Promise<string[]> {
  const config = onlyRule(ruleId);
  config.kubernetesVersion = kubernetesVersion;
  const result = await checkText(manifest, "placement.yaml", { config });
  return result.findings.map((f) => `${f.line} ${f.ruleId}`);
}

function daemonSet(podSpec: string, metadata = ""): string {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: kube-system
${metadata}spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
${podSpec}`;
}

describe("host-network-port-collision", () => {
  const defaulted = daemonSet(`      hostNetwork: true
      containers:
        - {name: a, image: example/a:1, ports: [{containerPort: 9100}]}
        - {name: b, image: example/b:1, ports: [{containerPort: 9100}]}
`);

  it("is left to API validation while templates still get hostPort (up to 1.27)", async () => {
    expect(await findings(defaulted, "host-network-port-collision", "1.27")).toEqual(["14 api-validation"]);
  });

  it("is reported by the rule from 1.28, when only the pods get hostPort", async () => {
    expect(await findings(defaulted, "host-network-port-collision", "1.28")).toEqual(["14 host-network-port-collision"]);
  });

  it("leaves explicit duplicate hostPorts of app containers to API validation", async () => {
    const explicit = daemonSet(`      containers:
        - {name: a, image: example/a:1, ports: [{containerPort: 8080, hostPort: 80}]}
        - {name: b, image: example/b:1, ports: [{containerPort: 8081, hostPort: 80}]}
`);
    expect(await findings(explicit, "host-network-port-collision")).toEqual(["13 api-validation"]);
  });

  it("treats restartPolicy: Always init containers as sidecars only from 1.29", async () => {
    const sidecar = daemonSet(`      hostNetwork: true
      initContainers:
        - {name: proxy, image: example/proxy:1, restartPolicy: Always, ports: [{containerPort: 9100}]}
      containers:
        - {name: a, image: example/a:1, ports: [{containerPort: 9100}]}
`);
    expect(await findings(sidecar, "host-network-port-collision", "1.28")).toEqual([]);
    expect(await findings(sidecar, "host-network-port-collision", "1.29")).toEqual(["15 host-network-port-collision"]);
  });

  it("reports a port declared twice by one host-network container", async () => {
    const twice = daemonSet(`      hostNetwork: true
      containers:
        - name: dns
          image: example/dns:1
          ports: [{name: dns, containerPort: 53, protocol: UDP}, {name: dns-again, containerPort: 53, protocol: UDP}]
`);
    expect(await findings(twice, "host-network-port-collision")).toEqual(["15 host-network-port-collision"]);
  });

  it("checks a plain init container on its own, as the API server does", async () => {
    const init = daemonSet(`      hostNetwork: true
      initContainers:
        - {name: setup, image: example/setup:1, ports: [{containerPort: 8080}, {containerPort: 8080}]}
      containers:
        - {name: a, image: example/a:1, ports: [{containerPort: 8080}]}
`);
    expect(await findings(init, "host-network-port-collision")).toEqual(["13 host-network-port-collision"]);
  });
});

describe("control-plane-toleration", () => {
  const noTolerations = `      containers:
        - {name: a, image: example/a:1}
`;

  it("leaves a lone master toleration to legacy-master-toleration", async () => {
    const master = daemonSet(`      tolerations: [{key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}]
${noTolerations}`);
    expect(await findings(master, "control-plane-toleration")).toEqual([]);
    expect(await findings(master, "legacy-master-toleration")).toEqual(["11 legacy-master-toleration"]);
  });

  it("judges tolerations as Kubernetes does", async () => {
    for (const toleration of ["{operator: Exists}", "{key: node-role.kubernetes.io/control-plane}", "{key: node-role.kubernetes.io/control-plane, operator: Equal, value: ''}"]) {
      expect(await findings(daemonSet(`      tolerations: [${toleration}]\n${noTolerations}`), "control-plane-toleration"), toleration).toEqual([]);
    }
    expect(await findings(daemonSet(`      tolerations: [{operator: Exists, effect: PreferNoSchedule}]\n${noTolerations}`), "control-plane-toleration")).toEqual([
      "11 control-plane-toleration",
    ]);
  });

  it("does not count a selection on labels every node has with its own value", async () => {
    const arch = daemonSet(`      nodeSelector: {kubernetes.io/arch: arm64}
${noTolerations}`);
    expect(await findings(arch, "control-plane-toleration")).toEqual(["10 control-plane-toleration"]);
  });

  it("needs the annotation's value to be skip", async () => {
    const other = daemonSet(noTolerations, "  annotations: {dslint.io/control-plane-nodes: run}\n");
    expect(await findings(other, "control-plane-toleration")).toEqual(["11 control-plane-toleration"]);
  });
});

describe("missing-os-selector", () => {
  it("accepts the deprecated beta OS label", async () => {
    const beta = daemonSet(`      nodeSelector: {beta.kubernetes.io/os: linux}
      containers:
        - {name: a, image: example/a:1}
`);
    expect(await findings(beta, "missing-os-selector")).toEqual([]);
  });
});
