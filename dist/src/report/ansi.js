/**
 * The terminal colours of the text reports: the seven styles they use,
 * written byte for byte as kleur 4 writes them (the opening codes, the text
 * with each style's closing code re-opened inside it, the closing codes in
 * the same order). kleur reads process.stdout when it is imported, and on a
 * pipe that builds a net.Socket and loads Node's stream modules: 6 ms of
 * every run's start-up, for a run that then writes no colour at all.
 */
function style(open, close) {
    return { open: `\u001b[${open}m`, close: `\u001b[${close}m`, closeCode: new RegExp(`\\u001b\\[${close}m`, "g") };
}
const STYLES = {
    bold: style(1, 22),
    dim: style(2, 22),
    underline: style(4, 24),
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
};
export function colors(enabled) {
    if (!enabled)
        return (text) => text;
    return (text, ...names) => {
        let open = "";
        let close = "";
        for (const [i, name] of names.entries()) {
            if (names.indexOf(name) !== i)
                continue;
            const s = STYLES[name];
            open += s.open;
            close += s.close;
            if (text.includes(s.close))
                text = text.replace(s.closeCode, s.close + s.open);
        }
        return open + text + close;
    };
}
