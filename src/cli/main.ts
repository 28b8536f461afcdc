import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../options.js";
import { packageRoot } from "../schema/files.js";

const USAGE = `Usage: dslint <command> [options]

Commands:
  check [paths...]     lint DaemonSet manifests (files, folders, globs, - for stdin)
  simulate [paths...]  where each DaemonSet runs, node by node (--nodes FILE)
  rules                list every rule
  explain <rule-id>    a rule's documentation with a bad and a good example
  lsp [--stdio]        run as a language server for editors (stdin/stdout)
  help [command]       show help for a command

Run "dslint <command> --help" for a command's options.
Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or internal error.
`;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  readStdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Runs the CLI and resolves to the exit code. Commands are imported only when used, to keep start-up cheap. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await (await import("./check-command.js")).runCheck(rest, io);
      case "simulate":
        return await (await import("./simulate-command.js")).runSimulate(rest, io);
      case "rules":
        return await (await import("./rules-command.js")).runRules(rest, io);
      case "explain":
        return await (await import("./rules-command.js")).runExplain(rest, io);
      case "lsp":
        return await (await import("./lsp-command.js")).runLsp(rest, io);
      case "--version":
      case "-v":
        io.stdout.write(`${await packageVersion()}\n`);
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        if (rest[0] === "check") return await (await import("./check-command.js")).runCheck(["--help"], io);
        if (rest[0] === "simulate") return await (await import("./simulate-command.js")).runSimulate(["--help"], io);
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; run "dslint --help"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      // One problem a line (a configuration can have several), each one recognisable on its own.
      io.stderr.write(err.message.split("\n").map((line) => `dslint: ${line}\n`).join(""));
      return 2;
    }
    io.stderr.write(`dslint: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 2;
  }
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}
