/** The JSON document as an object; `only` keeps the nodes with that placement. */
export function simulationJson(reports, options = {}) {
    return {
        daemonsets: reports.map(({ file, simulation }) => ({
            name: simulation.name,
            namespace: simulation.namespace ?? null,
            file,
            nodes: options.only === undefined ? simulation.nodes : simulation.nodes.filter((n) => n.placement === options.only),
            summary: simulation.summary,
        })),
    };
}
export function formatSimulationJson(reports, options = {}) {
    return `${JSON.stringify(simulationJson(reports, options), null, 2)}\n`;
}
export function diffJson(reports) {
    return {
        daemonsets: reports.map(({ file, diff }) => ({
            name: diff.name,
            namespace: diff.namespace ?? null,
            file,
            changes: diff.changes,
            summary: diff.summary,
        })),
    };
}
export function formatDiffJson(reports) {
    return `${JSON.stringify(diffJson(reports), null, 2)}\n`;
}
