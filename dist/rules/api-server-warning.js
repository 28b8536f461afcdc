import { podTemplateWarnings } from "../src/k8s/pod-warnings.js";
import { defineRule } from "../src/rules/types.js";
export default defineRule({
    meta: {
        id: "api-server-warning",
        severity: "warning",
        category: "api",
        description: "The API server of the target version would answer the DaemonSet with a warning (kubectl apply prints \"Warning: ...\") about its pod template.",
        rationale: "The API server accepts these pod templates but warns about them (pkg/api/pod/warnings.go, GetWarningsForPodTemplate): deprecated node labels in the node selector, " +
            "node affinity or topology spread constraints; pod affinity and topology spread terms without a labelSelector, which match no pod; the sysctl annotations; the seccomp " +
            "and AppArmor annotations without the fields; deprecated volume plugins (gitRepo, cephfs, rbd, glusterfs, ...); overlapping item paths in a volume; duplicate host aliases " +
            "and image pull secrets; fractional byte quantities; environment variables that hide an earlier one and may be dropped by kubectl apply; duplicate, overlapping and ambiguous " +
            "container ports; a port name given twice in the pod (from 1.33); preferred node affinity values that are not label values (from 1.33); and a negative terminationGracePeriodSeconds. The message is the API server's own, for the target Kubernetes version, so it can be matched with kubectl's output. " +
            "Where obsolete-node-label reports a nodeSelector entry or a required node affinity key, or deprecated-critical-pod-annotation the critical-pod annotation, " +
            "the field gets that rule's finding only, which says more; with those rules off, this one reports the API server's warning there.",
        fix: "change the field the warning names as it says",
        yieldsTo: ["obsolete-node-label", "deprecated-critical-pod-annotation"],
    },
    defaultOptions: {},
    check(ds, _options, report) {
        for (const warning of podTemplateWarnings(ds.template, ds.kubernetesVersion)) {
            report({ message: `the API server warns: ${warning.message}`, path: warning.path, onKey: warning.onKey });
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "current fields, and an env var that appends to its earlier definition",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata:
      labels: {app: node-exporter}
    spec:
      nodeSelector:
        kubernetes.io/os: linux
      securityContext:
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
          env:
            - {name: PATH_EXTRA, value: /opt/bin}
            - {name: PATH_EXTRA, value: "$(PATH_EXTRA):/usr/local/bin"}
          ports:
            - {containerPort: 9100, hostPort: 9100, name: metrics}
          resources:
            limits: {memory: 180Mi}
`,
                },
            ],
            invalid: [
                {
                    name: "an old agent manifest the API server warns about",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata:
      labels: {app: node-exporter}
      annotations:
        seccomp.security.alpha.kubernetes.io/pod: runtime/default
        container.apparmor.security.beta.kubernetes.io/node-exporter: runtime/default
    spec:
      nodeSelector:
        failure-domain.beta.kubernetes.io/zone: us-east-1a
      terminationGracePeriodSeconds: -1
      imagePullSecrets:
        - name: regcred
        - name: regcred
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
          env:
            - {name: HOST, value: a}
            - {name: HOST, value: b}
          ports:
            - {containerPort: 9100, hostIP: 127.0.0.1}
            - {containerPort: 9100, name: metrics}
          resources:
            limits: {memory: 0.5Mi}
            requests: {memory: 100.5}
      volumes:
        - name: config
          gitRepo: {repository: "https://example.com/config.git"}
        - name: data
          rbd: {monitors: ["10.0.0.1:6789"], image: data}
        - name: settings
          configMap:
            name: settings
            items:
              - {key: a, path: conf}
              - {key: b, path: conf/extra}
`,
                    findings: [
                        { line: 10, column: 9, endLine: 10, endColumn: 49, message: "the API server warns: spec.template.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]: non-functional in v1.27+; use the \"seccompProfile\" field instead" },
                        { line: 11, column: 9, endLine: 11, endColumn: 69, message: "the API server warns: spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/node-exporter]: deprecated since v1.30; use the \"appArmorProfile\" field instead" },
                        { line: 14, column: 9, endLine: 14, endColumn: 47, message: "the API server warns: spec.template.spec.nodeSelector[failure-domain.beta.kubernetes.io/zone]: deprecated since v1.17; use \"topology.kubernetes.io/zone\" instead" },
                        { line: 15, column: 38, endLine: 15, endColumn: 40, message: "the API server warns: spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1" },
                        { line: 18, column: 17, endLine: 18, endColumn: 24, message: "the API server warns: spec.template.spec.imagePullSecrets[1].name: duplicate name \"regcred\"" },
                        { line: 24, column: 15, endLine: 24, endColumn: 37, message: "the API server warns: spec.template.spec.containers[0].env[1]: hides previous definition of \"HOST\", which may be dropped when using apply" },
                        { line: 26, column: 15, endLine: 26, endColumn: 55, message: "the API server warns: spec.template.spec.containers[0].ports[0]: hostIP set without hostPort: {Name: HostPort:0 ContainerPort:9100 Protocol:TCP HostIP:127.0.0.1}" },
                        { line: 27, column: 15, endLine: 27, endColumn: 51, message: "the API server warns: spec.template.spec.containers[0].ports[1]: overlapping port definition with spec.template.spec.containers[0].ports[0]" },
                        { line: 30, column: 24, endLine: 30, endColumn: 30, message: "the API server warns: spec.template.spec.containers[0].resources.requests[memory]: fractional byte value \"100500m\" is invalid, must be an integer" },
                        { line: 33, column: 11, endLine: 33, endColumn: 18, message: "the API server warns: spec.template.spec.volumes[0].gitRepo: deprecated in v1.11" },
                        { line: 35, column: 11, endLine: 35, endColumn: 14, message: "the API server warns: spec.template.spec.volumes[1].rbd: deprecated in v1.28, non-functional in v1.31+" },
                        { line: 39, column: 13, endLine: 39, endColumn: 18, message: "the API server warns: volume \"settings\" (ConfigMap \"settings\"): overlapping paths: \"conf/extra\" with \"conf\"" },
                    ],
                },
            ],
        };
    },
});
