import kleur from "kleur";
import type { Formatter } from "./types.js";
/** The default human format: findings grouped per file, like ESLint's stylish. */
export declare const stylishFormatter: Formatter;
/** kleur with colour switched on or off for this output, without touching the global default. */
export declare function kleurFor(color: boolean): typeof kleur;
