/** The run's summary: what the files held, and the findings left in the store by severity. */
export function summaryOf(results, files, store) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (let i = 0; i < store.size; i++)
        if (!store.isRemoved(i))
            counts[store.severityOf(i)]++;
    return {
        files,
        documents: sum(results, "documents"),
        objects: sum(results, "objects"),
        daemonSets: sum(results, "daemonSets"),
        skipped: sum(results, "skipped"),
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
    };
}
function sum(results, key) {
    return results.reduce((n, r) => n + r[key], 0);
}
