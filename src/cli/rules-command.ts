import { UsageError } from "../options.js";
import { explainKind, ruleListJson, ruleTableText } from "../rules/docs.js";
import { loadFindingKinds } from "../rules/registry.js";
import { closestMatch } from "../schema/suggest.js";
import { parseCommandArgs } from "./args.js";
import type { Io } from "./main.js";

export async function runRules(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    format: { type: "string", short: "f", value: "text|json", help: "output format" },
    help: { type: "boolean", short: "h", help: "show this help" },
  });
  if (values.help) {
    io.stdout.write("Usage: dslint rules [--format text|json]\n\nLists every rule and every other kind of finding with its default severity, stage, category and description.\n");
    return 0;
  }
  const kinds = (await loadFindingKinds()).all;
  const format = values.format ?? "text";
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(ruleListJson(kinds), null, 2)}\n`);
  } else if (format === "text") {
    io.stdout.write(`${ruleTableText(kinds)}\n`);
  } else {
    throw new UsageError(`unknown format "${format}" for rules; use text or json`);
  }
  return 0;
}

export async function runExplain(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs(argv, { help: { type: "boolean", short: "h", help: "show this help" } });
  if (values.help || positionals.length !== 1) {
    if (!values.help) throw new UsageError('explain takes one rule id, e.g. "dslint explain control-plane-toleration"');
    io.stdout.write("Usage: dslint explain <rule-id>\n\nPrints the documentation of a rule or another kind of finding, with a bad and a good example where it has them.\n");
    return 0;
  }
  const kinds = await loadFindingKinds();
  const id = positionals[0]!;
  const kind = kinds.get(id);
  if (!kind) {
    const near = closestMatch(id, kinds.all.map((k) => k.id));
    throw new UsageError(`unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""}; "dslint rules" lists them`);
  }
  io.stdout.write(explainKind(kind));
  return 0;
}
