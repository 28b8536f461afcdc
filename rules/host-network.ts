import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "host-network",
    severity: "warning",
    category: "security",
    description: "The pod uses the node's network namespace (hostNetwork: true).",
    rationale:
      "With hostNetwork a container sees and binds the node's own interfaces: it can reach services that listen only on the node's localhost, " +
      "is not subject to NetworkPolicy, every container port becomes a host port, and with NET_RAW it can sniff and spoof the node's traffic. " +
      "CNI plugins, kube-proxy replacements, load-balancer speakers and some exporters need it; most other agents do not. " +
      "Where it is needed, record why with a suppression so that reviewers see a decision rather than a default.",
    fix: "remove hostNetwork: true, or suppress with a reason (annotation ignore-check.dslint.io/host-network) when the agent manages the node's network",
  },
  defaultOptions: {},
  check(ds, _options, report) {
    if (ds.podSpec.hostNetwork !== true) return;
    const hostProcess = (ds.podSpec.securityContext as { windowsOptions?: { hostProcess?: unknown } } | undefined)?.windowsOptions?.hostProcess === true;
    report({
      message:
        "the pod uses the node's network namespace: it can bind any port on the node, reach services listening on the node's localhost and bypasses NetworkPolicy" +
        (hostProcess ? " (Windows hostProcess pods require it)" : "") +
        '; if the agent manages the node\'s network (CNI plugin, proxy, LB speaker), suppress with a reason: ignore-check.dslint.io/host-network: "<reason>"',
      path: [...POD_SPEC_PATH, "hostNetwork"],
      fix: "remove hostNetwork: true and expose the agent through a Service or a hostPort; or suppress with a reason",
    });
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a log shipper on the pod network",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: shipper, namespace: logging}
spec:
  selector: {matchLabels: {app: shipper}}
  template:
    metadata: {labels: {app: shipper}}
    spec:
      hostNetwork: false
      containers:
        - name: shipper
          image: example/shipper:1.0
`,
        },
        {
          name: "a CNI plugin whose need is recorded",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: cni
  namespace: kube-system
  annotations:
    ignore-check.dslint.io/host-network: "configures the node's interfaces and routes"
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      hostNetwork: true
      containers:
        - name: cni
          image: example/cni:1.0
`,
        },
      ],
      invalid: [
        {
          name: "a CNI plugin on the host network, without a recorded reason",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cni, namespace: kube-system}
spec:
  selector: {matchLabels: {app: cni}}
  template:
    metadata: {labels: {app: cni}}
    spec:
      hostNetwork: true
      containers:
        - name: cni
          image: example/cni:1.0
`,
          findings: [
            {
              line: 9,
              column: 20,
              endLine: 9,
              endColumn: 24,
              message: "the pod uses the node's network namespace: it can bind any port on the node, reach services listening on the node's localhost and bypasses NetworkPolicy; if the agent manages the node's network (CNI plugin, proxy, LB speaker), suppress with a reason: ignore-check.dslint.io/host-network: \"<reason>\"",
            },
          ],
        },
      ],
    };
  },
});
