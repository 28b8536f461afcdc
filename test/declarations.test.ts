import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const packageName = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string }).name;
const indexDts = join(root, "dist", "src", "index.d.ts");

/** Every name the declarations export, types included, as a TypeScript user sees them. */
function declaredExports(): string[] {
  const program = ts.createProgram([indexDts], { types: [], module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(indexDts)!)!;
  return checker.getExportsOfModule(module).map((s) => s.name).sort();
}

/** A project of a TypeScript user: the package installed (a link to this folder), no @types/node. */
function consumerProject(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), "dslint-consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, types: [], module: "NodeNext", moduleResolution: "NodeNext", noEmit: true, skipLibCheck: false, lib: ["ES2022"] },
      files: ["consumer.ts"],
    }),
  );
  writeFileSync(join(dir, "consumer.ts"), code);
  mkdirSync(join(dir, "node_modules"));
  // A junction on Windows needs no privilege; elsewhere the type is ignored.
  symlinkSync(root, join(dir, "node_modules", packageName), "junction");
  return dir;
}

const USE = `
export async function lint(paths: string[]): Promise<string> {
  const options: CheckOptions = { kubernetesVersion: api.DEFAULT_VERSION, ignore: ["vendor/**"] };
  const result: CheckResult = await api.check(paths, options);
  const again: CheckResult = await api.checkText("kind: DaemonSet\\n", "agent.yaml", { kubernetesVersion: "1.30" });
  const findings: Finding[] = [...result.findings, ...again.findings];
  const severities: Severity[] = findings.map((f) => f.severity);
  const refs: Array<ObjectRef | undefined> = findings.map((f) => f.object);
  const files: CheckedFile[] = result.files ?? [];
  const summary: CheckSummary = result.summary;
  const formatter: Formatter | undefined = api.getFormatter(api.FORMAT_NAMES[0] ?? "stylish");
  if (!formatter) throw new api.UsageError("unknown format");
  const formatOptions: Partial<FormatOptions> = { color: false, cwd: "." };
  const text: string = formatter.format(result, formatOptions) + formatter.format(again);
  return text + severities.join() + refs.length + files.length + summary.errors;
}

export function place(daemonSet: unknown, nodeObjects: unknown[], podObjects: unknown[]): SimulationDiff {
  const inventory: NodeInventory = api.nodesFromObjects(nodeObjects);
  const problems: InventoryProblem[] = inventory.problems;
  const nodes: InventoryNode[] = inventory.nodes;
  const pods: PodInventory = api.podsFromObjects(podObjects);
  const bound: InventoryPod[] = pods.pods;
  const options: SimulationOptions = { pods };
  const input: InventoryInput<NodeInventory> = nodes;
  const before: DaemonSetSimulation = api.simulate(daemonSet, inventory, options);
  const after: DaemonSetSimulation = api.simulate(daemonSet, input, { pods: bound });
  const placements: NodePlacement[] = [...after.nodes];
  const kinds: Placement[] = placements.map((p) => p.placement);
  const codes: ReasonCode[] = placements.flatMap((p) => p.reasons.map((r: PlacementReason) => r.code));
  const diff: SimulationDiff = api.diffSimulations(before, after);
  const changes: NodePlacementChange[] = [...diff.changes];
  if (problems.length + kinds.length + codes.length + changes.length < 0) throw new api.UsageError("never");
  return diff;
}

export const versions: readonly string[] = [api.DEFAULT_VERSION, ...api.KNOWN_VERSIONS];
`;

describe("the published declarations (dist/src/index.d.ts)", () => {
  it("type-check for a TypeScript user without @types/node, every export imported and used", () => {
    expect(existsSync(indexDts), "run npm run build first").toBe(true);
    const names = declaredExports();
    const dir = consumerProject(`import * as api from "${packageName}";\nimport type { ${names.join(", ")} } from "${packageName}";\n${USE}`);
    const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", dir, "--listFiles"], { encoding: "utf8" });
    const diagnostics = tsc.stdout.split("\n").filter((line) => line.includes("error TS"));
    expect(diagnostics).toEqual([]);
    expect(tsc.status).toBe(0);
    // Found through a dependency, @types/node would hide every Node.js type that leaks; none may be in the program.
    expect(tsc.stdout.split("\n").filter((file) => /[\\/]@types[\\/]node[\\/]/.test(file))).toEqual([]);
    expect(tsc.stdout).toContain(join(root, "dist", "src", "index.d.ts"));
  }, 60_000);

  it("declare every value the package exports, and the package loads as an ES module", () => {
    const dir = consumerProject("");
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", `import * as api from "${packageName}"; process.stdout.write(JSON.stringify(Object.keys(api)));`], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    const values = JSON.parse(run.stdout) as string[];
    expect(values).toEqual(expect.arrayContaining(["check", "checkText", "simulate", "nodesFromObjects", "podsFromObjects", "getFormatter", "FORMAT_NAMES", "UsageError"]));
    const declared = declaredExports();
    expect(values.filter((name) => !declared.includes(name))).toEqual([]);
  }, 60_000);
});
