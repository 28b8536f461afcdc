import { defineRule, type RuleExamples } from "../src/rules/types.js";
import { asArray, asObj, asString, describeContainer } from "../src/rules/view.js";

const DEFAULT_KEYWORDS = [
  "PASSWORD",
  "PASSWD",
  "PASS",
  "PWD",
  "PASSPHRASE",
  "TOKEN",
  "SECRET",
  "API_KEY",
  "ACCESS_KEY",
  "ACCOUNT_KEY",
  "PRIVATE_KEY",
  "CREDENTIAL",
  "CREDENTIALS",
  "CONNECTION_STRING",
];

// A word after the secret's word that makes the variable about the secret rather than the secret:
// TOKEN_PATH, PASSWORD_FILE, SECRET_NAME, ACCESS_KEY_ID, TOKEN_REFRESH_INTERVAL...
const NOT_THE_SECRET = new Set([
  "FILE", "FILES", "FILENAME", "PATH", "DIR", "DIRECTORY", "LOCATION", "MOUNT",
  "NAME", "NAMESPACE", "REF", "ID", "SOURCE", "PROVIDER", "STORE", "KIND", "TYPE", "MODE", "FORMAT", "FIELD", "HEADER",
  "URL", "URI", "ENDPOINT", "HOST", "PORT", "AUDIENCE", "ISSUER", "SCOPE", "SCOPES",
  "ENABLED", "ENABLE", "DISABLED", "REQUIRED",
  "TTL", "EXPIRY", "EXPIRATION", "TIMEOUT", "INTERVAL", "PERIOD", "SECONDS", "DURATION", "LENGTH", "SIZE", "VERSION",
  "USER", "USERNAME",
]);

/** The words of an environment variable name, upper case: `apiKey` and `API_KEY` both give [API, KEY]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "")
    .map((w) => w.toUpperCase());
}

/** Index of the last word that ends a keyword (`API_KEY` matches API KEY or APIKEY), or -1. */
function lastKeywordEnd(nameWords: readonly string[], keywords: readonly string[][]): number {
  let end = -1;
  for (const keyword of keywords) {
    const joined = keyword.join("");
    nameWords.forEach((w, i) => {
      if (w === joined) end = Math.max(end, i);
      if (keyword.length > 1 && i + keyword.length <= nameWords.length && keyword.every((k, j) => nameWords[i + j] === k)) {
        end = Math.max(end, i + keyword.length - 1);
      }
    });
  }
  return end;
}

/** The keyword lists' words, split once per list (a run checks thousands of variables against one list). */
const keywordWords = new WeakMap<readonly string[], string[][]>();

/** Whether a name says the variable holds a credential, by whole words (not TOKENIZER, not TOKEN_PATH). */
export function looksLikeCredentialName(name: string, keywords: readonly string[]): boolean {
  let split = keywordWords.get(keywords);
  if (!split) keywordWords.set(keywords, (split = keywords.map(words)));
  const nameWords = words(name);
  const end = lastKeywordEnd(nameWords, split);
  return end >= 0 && !nameWords.slice(end + 1).some((w) => NOT_THE_SECRET.has(w));
}

/** Values that are not a credential written out: references, unrendered templates, paths, switches, plain URLs. */
export function looksLikeLiteralSecret(value: string): boolean {
  const v = value.trim();
  if (v === "") return false;
  // $(VAR) is expanded by the kubelet from other variables; ${VAR} and {{ }} are template placeholders left unrendered.
  if (/\$\([A-Za-z_][A-Za-z0-9_.-]*\)|\$\{[^}]*\}|\{\{[\s\S]*\}\}/.test(v)) return false;
  if (/^(?:true|false|yes|no|on|off|enabled|disabled|none|null)$/i.test(v)) return false;
  if (/^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)\S*$/.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(v)) return false;
  return true;
}

/** Enough to recognise the value in the manifest, never the value itself. */
function mask(value: string): string {
  return value.length >= 8 ? `${value.slice(0, 2)}…` : "…";
}

export default defineRule({
  meta: {
    id: "hardcoded-credentials",
    severity: "warning",
    category: "security",
    description: "An environment variable named like a credential (PASSWORD, TOKEN, SECRET, API_KEY...) has a literal value in the manifest.",
    rationale:
      "A value written in the manifest lives in version control, in every copy of the chart, and in the DaemonSet and its pods, which far more people and " +
      "controllers may read than the cluster's Secrets. Default values such as `changeme` shipped in examples end up in production. " +
      "Keep credentials in a Secret and reference them with valueFrom.secretKeyRef, or mount them as files. The rule goes by the variable's name, " +
      "whole words only, and leaves out names about a credential rather than the credential (TOKEN_PATH, PASSWORD_FILE, SECRET_NAME, ACCESS_KEY_ID), " +
      "empty values, $(VAR) references, template placeholders, paths and booleans. The value is never printed in full.",
    fix: "move the value into a Secret and use env[].valueFrom.secretKeyRef (or a mounted Secret file)",
    options: {
      keywords: {
        type: "string[]",
        description: `Words that mark a credential in a variable name, matched as whole words in any case (API_KEY also matches ApiKey, APIKEY). Default: ${DEFAULT_KEYWORDS.join(", ")}.`,
      },
      ignoredNames: {
        type: "string[]",
        description: "Variable names never reported (case-insensitive), for names that look like credentials but are not.",
      },
    },
  },
  defaultOptions: { keywords: DEFAULT_KEYWORDS as readonly string[], ignoredNames: [] as readonly string[] },
  check(ds, options, report) {
    const ignored = new Set(options.ignoredNames.map((n) => n.toUpperCase()));
    for (const c of ds.containers()) {
      asArray(c.container.env).forEach((item, index) => {
        const env = asObj(item);
        const name = asString(env?.name);
        const value = asString(env?.value);
        if (!env || name === undefined || value === undefined || env.valueFrom !== undefined) return;
        if (ignored.has(name.toUpperCase()) || !looksLikeCredentialName(name, options.keywords) || !looksLikeLiteralSecret(value)) return;
        report({
          message: `${describeContainer(c)} has a credential written in the manifest: ${name} = "${mask(value)}"; anyone who can read the DaemonSet or its pods can read it`,
          path: [...c.path, "env", index, "value"],
          fix: `put ${name} in a Secret and use valueFrom.secretKeyRef`,
        });
      });
    }
  },
  get examples(): RuleExamples {
    return {
      valid: [
        {
          name: "a log shipper taking its password from a Secret",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluentd, namespace: logging}
spec:
  selector: {matchLabels: {app: fluentd}}
  template:
    metadata: {labels: {app: fluentd}}
    spec:
      containers:
        - name: fluentd
          image: fluent/fluentd-kubernetes-daemonset:v1.16-debian-elasticsearch8-1
          env:
            - name: FLUENT_ELASTICSEARCH_USER
              value: elastic
            - name: FLUENT_ELASTICSEARCH_PASSWORD
              valueFrom:
                secretKeyRef: {name: elasticsearch, key: password}
            - name: FLUENT_ELASTICSEARCH_PASSWORD_FILE
              value: /etc/secrets/password
            - name: ES_BASIC_AUTH
              value: "elastic:$(FLUENT_ELASTICSEARCH_PASSWORD)"
`,
        },
        {
          name: "names about credentials rather than credentials",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          env:
            - {name: TOKEN_PATH, value: /var/run/secrets/tokens/agent}
            - {name: AWS_ACCESS_KEY_ID, value: AKIAEXAMPLEKEYID}
            - {name: METRICS_SECRET_NAME, value: agent-metrics}
            - {name: TOKEN_REFRESH_INTERVAL, value: "60"}
            - {name: USE_SERVICE_ACCOUNT_TOKEN, value: "true"}
            - {name: TOKENIZER, value: whitespace}
            - {name: API_PASSWORD, value: ""}
            - {name: ELASTIC_PASSWORD, value: "\${ELASTIC_PASSWORD}"}
`,
        },
      ],
      invalid: [
        {
          name: "the classic fluentd example and a log shipper's API key",
          manifest: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fluentd, namespace: logging}
spec:
  selector: {matchLabels: {app: fluentd}}
  template:
    metadata: {labels: {app: fluentd}}
    spec:
      containers:
        - name: fluentd
          image: fluent/fluentd-kubernetes-daemonset:v1.16-debian-elasticsearch8-1
          env:
            - name: FLUENT_ELASTICSEARCH_HOST
              value: elasticsearch.logging.svc
            - name: FLUENT_ELASTICSEARCH_PASSWORD
              value: changeme
        - name: forwarder
          image: example/forwarder:1.0
          env:
            - {name: ddApiKey, value: "0123456789abcdef0123456789abcdef"}
            - {name: LOGGLY_TOKEN, value: tok}
`,
          findings: [
            {
              line: 16,
              column: 22,
              endLine: 16,
              endColumn: 30,
              message: 'container "fluentd" has a credential written in the manifest: FLUENT_ELASTICSEARCH_PASSWORD = "ch…"; anyone who can read the DaemonSet or its pods can read it',
            },
            {
              line: 20,
              column: 39,
              endLine: 20,
              endColumn: 73,
              message: 'container "forwarder" has a credential written in the manifest: ddApiKey = "01…"; anyone who can read the DaemonSet or its pods can read it',
            },
            {
              line: 21,
              column: 43,
              endLine: 21,
              endColumn: 46,
              message: 'container "forwarder" has a credential written in the manifest: LOGGLY_TOKEN = "…"; anyone who can read the DaemonSet or its pods can read it',
            },
          ],
        },
      ],
    };
  },
});
