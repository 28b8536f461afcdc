import { configReferences } from "../src/k8s/references.js";
import { missingReferences, REFERENCE_OPTIONS, referenceFact, withSuggestion } from "../src/rules/reference-check.js";
import { defineRule } from "../src/rules/types.js";
import { POD_SPEC_PATH } from "../src/rules/view.js";
/** What the kubelet does without the object or key, by how the pod uses it. */
function consequence(reference) {
    return reference.use === "volume"
        ? "the kubelet cannot mount the volume, so every pod stays in ContainerCreating"
        : "the kubelet cannot make the container's environment, so every pod fails with CreateContainerConfigError";
}
function uses(reference) {
    const object = `${reference.kind} "${reference.name}"`;
    if (reference.use === "volume")
        return `${reference.by} mounts ${object}`;
    if (reference.use === "envFrom")
        return `${reference.by} takes environment variables from ${object}`;
    return `${reference.by} reads an environment variable from ${object}`;
}
export default defineRule({
    meta: {
        id: "unknown-configmap-or-secret",
        severity: "warning",
        category: "reliability",
        description: "A volume, env or envFrom names a ConfigMap or Secret that the input does not define, although it defines others in that namespace, or a key the input's object lacks: the pods cannot start.",
        rationale: "The kubelet reads the ConfigMaps and Secrets a pod names when it starts the pod. A missing one in a volume (configMap, secret or a projected source) " +
            "keeps every pod in ContainerCreating with FailedMount events; in env valueFrom or envFrom every container start fails with CreateContainerConfigError. " +
            "So does a missing key: one a volume's items map (\"configmap references non-existent config key\") or an env var reads " +
            "(\"couldn't find key\"; env reads only a ConfigMap's data, never its binaryData). optional: true tells the kubelet to go on without the object or key, " +
            "so such references are left alone. A linter sees the input, not the cluster: an object is judged missing only where the input defines objects of its kind " +
            "in the DaemonSet's namespace (for a DaemonSet without a namespace: objects without one in its file), one without a namespace anywhere in the input counts as present everywhere, " +
            "and keys are judged only against an object whose data the input shows. By default only the DaemonSet's own file shows what its namespace holds (acrossFiles). " +
            "Where the input leaves an object of a kind empty, a placeholder that a controller fills (metallb's webhook certificate), no missing object of that kind is judged in that namespace: " +
            "the controller makes others too (metallb's memberlist Secret). kubeadm's ConfigMaps in kube-system (kube-proxy, kubeadm-config, kubelet-config, coredns) and kube-root-ca.crt count as present. " +
            "Other Secrets made by controllers (cert-manager Certificates, sealed or external secrets) are not seen; a DaemonSet using one next to plain Secrets of its namespace in its file needs a suppression. " +
            "It is a warning rather than an error for that reason. imagePullSecrets are unknown-image-pull-secret's, and CSI and other volume plugins' secret references are not looked at.",
        fix: "correct the name or key, add the object (or key) to the input, or set optional: true where the pod can start without it",
        options: REFERENCE_OPTIONS,
    },
    defaultOptions: { acrossFiles: false },
    collect(ds) {
        return referenceFact(ds, configReferences(ds.podSpec, POD_SPEC_PATH));
    },
    checkAll(input, options, report) {
        for (const missing of missingReferences(input, options, ["ConfigMap", "Secret"])) {
            const { reference, suggestion } = missing;
            if (missing.problem === "object") {
                report({
                    at: reference.at,
                    message: withSuggestion(`${uses(reference)}, which is not defined in ${missing.where}, where the input defines ${reference.kind}s ${missing.defined}`, suggestion, consequence(reference)),
                    fix: `${suggestion ? `use "${suggestion}", ` : ""}define ${reference.kind} "${reference.name}" in ${missing.where}, or set optional: true if the pod can start without it`,
                });
                continue;
            }
            const verb = reference.use === "volume" ? "maps" : "reads";
            report({
                at: missing.key.at,
                message: withSuggestion(`${reference.by} ${verb} key "${missing.key.key}" of ${reference.kind} "${reference.name}", which the input defines without that key (it has ${missing.keys})`, suggestion, consequence(reference)),
                fix: `${suggestion ? `use "${suggestion}", ` : ""}add the key "${missing.key.key}" to ${reference.kind} "${reference.name}", or set optional: true if the pod can start without it`,
            });
        }
    },
    get examples() {
        return {
            valid: [
                {
                    name: "a ConfigMap and a Secret defined next to the DaemonSet, and an optional one that is not",
                    manifest: `apiVersion: v1
kind: ConfigMap
metadata: {name: fluent-bit-config, namespace: logging}
data:
  fluent-bit.conf: "[SERVICE]"
---
apiVersion: v1
kind: Secret
metadata: {name: es-credentials, namespace: logging}
stringData:
  password: example
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
          env:
            - name: ES_PASSWORD
              valueFrom:
                secretKeyRef: {name: es-credentials, key: password}
          envFrom:
            - configMapRef: {name: fluent-bit-overrides, optional: true}
          volumeMounts:
            - {name: config, mountPath: /fluent-bit/etc}
      volumes:
        - name: config
          configMap:
            name: fluent-bit-config
            items: [{key: fluent-bit.conf, path: fluent-bit.conf}]
`,
                },
                {
                    name: "no Secret of that namespace in the input: they are made elsewhere",
                    manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-node, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi-node}}
  template:
    metadata: {labels: {app: csi-node}}
    spec:
      containers:
        - name: driver
          image: example/csi:1.0
          volumeMounts:
            - {name: cloud-credentials, mountPath: /etc/cloud}
      volumes:
        - name: cloud-credentials
          secret: {secretName: cloud-credentials}
`,
                },
            ],
            invalid: [
                {
                    name: "a misspelt ConfigMap volume",
                    manifest: `apiVersion: v1
kind: ConfigMap
metadata: {name: fluent-bit-config, namespace: logging}
data:
  fluent-bit.conf: "[SERVICE]"
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
          volumeMounts:
            - {name: config, mountPath: /fluent-bit/etc}
      volumes:
        - name: config
          configMap: {name: fluentbit-config}
`,
                    findings: [
                        {
                            line: 22,
                            column: 29,
                            endLine: 22,
                            endColumn: 45,
                            message: 'volume "config" mounts ConfigMap "fluentbit-config", which is not defined in namespace "logging", where the input defines ConfigMaps "fluent-bit-config"; did you mean "fluent-bit-config"? The kubelet cannot mount the volume, so every pod stays in ContainerCreating',
                        },
                    ],
                },
                {
                    name: "an env var reading a key the Secret does not have",
                    manifest: `apiVersion: v1
kind: Secret
metadata: {name: es-credentials, namespace: logging}
stringData:
  password: example
  username: fluent-bit
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      containers:
        - name: fluent-bit
          image: fluent/fluent-bit:3.0
          env:
            - name: ES_PASSWORD
              valueFrom:
                secretKeyRef: {name: es-credentials, key: passwd}
`,
                    findings: [
                        {
                            line: 22,
                            column: 59,
                            endLine: 22,
                            endColumn: 65,
                            message: 'container "fluent-bit" reads key "passwd" of Secret "es-credentials", which the input defines without that key (it has "password", "username"); did you mean "password"? The kubelet cannot make the container\'s environment, so every pod fails with CreateContainerConfigError',
                        },
                    ],
                },
                {
                    name: "envFrom a Secret missing from a namespace whose Secrets the input defines",
                    manifest: `apiVersion: v1
kind: Secret
metadata: {name: registry, namespace: monitoring}
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: e30=
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-agent}}
  template:
    metadata: {labels: {app: node-agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          envFrom:
            - secretRef: {name: agent-api-key}
`,
                    findings: [
                        {
                            line: 20,
                            column: 33,
                            endLine: 20,
                            endColumn: 46,
                            message: 'container "agent" takes environment variables from Secret "agent-api-key", which is not defined in namespace "monitoring", where the input defines Secrets "registry": the kubelet cannot make the container\'s environment, so every pod fails with CreateContainerConfigError',
                        },
                    ],
                },
            ],
        };
    },
});
