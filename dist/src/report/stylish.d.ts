import kleur from "kleur";
import type { ReportFormat } from "./types.js";
/** The default human format: findings grouped per file, like ESLint's stylish. */
export declare const stylishFormatter: ReportFormat;
/** kleur with colour switched on or off for this output, without touching the global default. */
export declare function kleurFor(color: boolean): typeof kleur;
