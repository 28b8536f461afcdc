export function emptyFileResult() {
    return { findings: [], documents: 0, objects: 0, daemonSets: 0, skipped: 0, facts: [], priorityClasses: [], referenced: [], suppressions: [], placements: [] };
}
