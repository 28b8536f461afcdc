import { imagePullPolicyFor } from "../src/k8s/defaults.js";
import { isImageReference, splitImageReference } from "../src/k8s/image.js";
import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asString, describeContainer } from "../src/rules/view.js";

export default defineRule({
  meta: {
    id: "image-tag",
    severity: "warning",
    category: "reliability",
    description: "A container image has no tag or a mutable tag such as :latest, and no digest.",
    rationale:
      "A DaemonSet's pods start at different times on different nodes — when a node joins, when a pod is evicted, during every rollout — and each pulls whatever the tag points to at that moment, so nodes end up running different versions of the agent and a rollback restores nothing. " +
      "An image without a tag means :latest, and for :latest the API server defaults imagePullPolicy to Always: every pod start needs the registry, so a registry outage or rate limit keeps the agent off new and restarted nodes. " +
      "A digest (image@sha256:...) pins the exact image and is always fine.",
    fix: "pin the image to a release tag (agent:1.4.2) or, better, to a digest (agent:1.4.2@sha256:...)",
    options: {
      mutableTags: { type: "string[]", description: 'Tags that move and are reported like an absent tag (default ["latest"]; add e.g. "main", "master", "edge").' },
    },
  },
  defaultOptions: { mutableTags: ["latest"] as string[] },
  check(ds, options, report) {
    const mutableTags = new Set(Array.isArray(options.mutableTags) ? options.mutableTags : ["latest"]);
    for (const c of ds.containers()) {
      // Ephemeral containers are forbidden in a template; API validation reports them.
      if (c.kind === "ephemeralContainers") continue;
      const image = asString(c.container.image);
      // Placeholders left by templating (`${IMAGE}`) are not images whose tag this rule can judge.
      if (!image || !isImageReference(image)) continue;
      const written = splitImageReference(image);
      // A digest pins the image whatever the tag says.
      if (written.digest !== undefined) continue;
      const untagged = written.tag === undefined;
      // No tag means :latest (`parsers.ParseImageName`).
      const tag = written.tag ?? "latest";
      if (!mutableTags.has(tag)) continue;
      const pullPolicy = asString(c.container.imagePullPolicy);
      const what = untagged ? `image "${image}" without a tag (that is :latest)` : `image "${image}" with the mutable tag :${tag}`;
      const pulls =
        !pullPolicy && imagePullPolicyFor(image) === "Always" ? "; imagePullPolicy defaults to Always, so every pod start depends on the registry"
        : pullPolicy === "Always" ? "; with imagePullPolicy Always every pod start depends on the registry"
        : "";
      report({
        message: `${describeContainer(c)} uses ${what}: each node may run a different version, pulled whenever its pod started${pulls}`,
        path: [...c.path, "image"],
        fix: "pin a release tag or a digest (image@sha256:...)",
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a CNI agent pinned to a release tag, its installer pinned to a digest",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: cilium, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: cilium}}
  template:
    metadata: {labels: {k8s-app: cilium}}
    spec:
      initContainers:
        - name: install-cni-binaries
          image: quay.io/cilium/cilium:latest@sha256:0d1b4aa2b8a9e2a17f0a1dbf1a2d77ad9e8d6e0d2f1e4a3b5c6d7e8f9a0b1c2d
      containers:
        - name: cilium-agent
          image: quay.io/cilium/cilium:v1.15.6
`,
        },
        {
          name: "a registry with a port and a release tag",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluent-bit, namespace: logging}
spec:
  selector: {matchLabels: {app: fluent-bit}}
  template:
    metadata: {labels: {app: fluent-bit}}
    spec:
      containers:
        - name: fluent-bit
          image: registry.internal:5000/logging/fluent-bit:3.0.4
`,
        },
      ],
      invalid: [
        {
          name: "an untagged agent and a :latest init container",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-router, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-router}}
  template:
    metadata: {labels: {k8s-app: kube-router}}
    spec:
      initContainers:
        - name: install-cni
          image: busybox:latest
          imagePullPolicy: IfNotPresent
      containers:
        - name: kube-router
          image: docker.io/cloudnativelabs/kube-router
`,
          findings: [
            {
              line: 11,
              column: 18,
              endLine: 11,
              endColumn: 32,
              message: 'init container "install-cni" uses image "busybox:latest" with the mutable tag :latest: each node may run a different version, pulled whenever its pod started',
            },
            {
              line: 15,
              column: 18,
              endLine: 15,
              endColumn: 55,
              message: 'container "kube-router" uses image "docker.io/cloudnativelabs/kube-router" without a tag (that is :latest): each node may run a different version, pulled whenever its pod started; imagePullPolicy defaults to Always, so every pod start depends on the registry',
            },
          ],
        },
        {
          name: "a branch tag listed as mutable",
          options: { mutableTags: ["latest", "master", "main"] },
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: speaker, namespace: metallb-system}
spec:
  selector: {matchLabels: {app: speaker}}
  template:
    metadata: {labels: {app: speaker}}
    spec:
      containers:
        - name: speaker
          image: quay.io/metallb/speaker:main
`,
          findings: [
            {
              line: 11,
              column: 18,
              endLine: 11,
              endColumn: 46,
              message: 'container "speaker" uses image "quay.io/metallb/speaker:main" with the mutable tag :main: each node may run a different version, pulled whenever its pod started',
            },
          ],
        },
      ],
    };
  },
});
