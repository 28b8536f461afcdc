const HELP = `Usage: dslint lsp [--stdio]

Runs dslint as a language server on stdin/stdout, for editors: diagnostics
for Kubernetes manifests on open, change and save, and quick fixes.
--stdio is accepted (editors pass it) and is the only transport.
The configuration is each document's nearest .dslint.yaml, reloaded when
it changes. initializationOptions: {"kubernetesVersion": "1.30"}.
`;
/** `dslint lsp`: resolves only when the editor ends the session (the server then exits the process). */
export async function runLsp(args, io) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === "--help" || arg === "-h") {
            io.stdout.write(HELP);
            return 0;
        }
        if (arg === "--stdio")
            continue;
        // Editors that start servers as node modules pass their own process id; the server library reads it.
        if (arg.startsWith("--clientProcessId="))
            continue;
        if (arg === "--clientProcessId") {
            i++;
            continue;
        }
        // Reported here rather than thrown: this module is bundled apart from the command line (dist/lsp.js), and
        // its UsageError is not the class the command line's handler recognises, which then printed a stack trace.
        io.stderr.write(`dslint: ${usageProblem(arg)}\n`);
        return 2;
    }
    const { startServer } = await import("../lsp/server.js");
    const connection = await startServer(process.stdin, process.stdout);
    return new Promise((done) => connection.onExit(() => done(0)));
}
/** Why `arg` is refused, in one line. */
function usageProblem(arg) {
    if (/^--(tcp|socket|port|pipe|node-ipc)\b/.test(arg))
        return `${arg.split("=")[0]} is not supported: the language server speaks over stdio only (dslint lsp --stdio); run "dslint lsp --help"`;
    return `unknown option ${arg} (the language server speaks over stdio only; run "dslint lsp --help")`;
}
