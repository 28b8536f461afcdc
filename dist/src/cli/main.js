import { describeBytes, MAX_FILE_BYTES } from "../load/fs-errors.js";
import { isUsageError, UsageError } from "../options.js";
import { packageJson } from "../package.js";
import { standardOutput } from "./std-output.js";
const USAGE = `Usage: dslint <command> [options]

Commands:
  check [paths...]     lint DaemonSet manifests (files, folders, globs, - for stdin)
  simulate [paths...]  where each DaemonSet runs, node by node (--nodes FILE)
  rules                list every rule, the configuration's custom rules too (--test: run their examples)
  explain <rule-id>    a rule's documentation with a bad and a good example
  lsp [--stdio]        run as a language server for editors (stdin/stdout)
  help [command]       show help for a command

Run "dslint <command> --help" for a command's options.
Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or internal error.
`;
/** Runs the CLI and resolves to the exit code. Commands are imported only when used, to keep start-up cheap. */
export async function main(argv, io) {
    const [command, ...rest] = argv;
    // The language server keeps its own connection to the editor on stdout.
    io ??= processIo({ guardOutput: command !== "lsp" });
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
                if (rest[0] === "check")
                    return await (await import("./check-command.js")).runCheck(["--help"], io);
                if (rest[0] === "simulate")
                    return await (await import("./simulate-command.js")).runSimulate(["--help"], io);
                io.stdout.write(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown command "${command}"; run "dslint --help"`);
        }
    }
    catch (err) {
        if (isUsageError(err)) {
            // One line per problem (several unmatched paths, configuration mistakes), each marked as dslint's.
            io.stderr.write(err.message.split("\n").map((line) => `dslint: ${line}\n`).join(""));
            return 2;
        }
        io.stderr.write(`dslint: internal error: ${err?.stack ?? String(err)}\n`);
        return 2;
    }
}
async function packageVersion() {
    return packageJson().version;
}
export function processIo(options = {}) {
    const guarded = options.guardOutput ?? true;
    return {
        stdout: guarded ? standardOutput(1) : process.stdout,
        stderr: guarded ? standardOutput(2) : process.stderr,
        env: process.env,
        cwd: process.cwd(),
        readStdin: async (limit = MAX_FILE_BYTES) => {
            const chunks = [];
            let length = 0;
            for await (const chunk of process.stdin) {
                length += chunk.length;
                // Leaving the loop stops reading: a writer that goes on gets EPIPE, and /dev/zero cannot fill the memory.
                if (length > limit)
                    throw new UsageError(stdinTooLarge(limit));
                chunks.push(chunk);
            }
            return Buffer.concat(chunks).toString("utf8");
        },
    };
}
/** What a run says when stdin holds more than it reads. */
export function stdinTooLarge(limit) {
    return `stdin holds more than ${describeBytes(limit)}, more than dslint reads from one input; nothing was checked (split the input into files of at most ${describeBytes(limit)})`;
}
