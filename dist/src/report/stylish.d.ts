import type { ReportFormat } from "./types.js";
/** The default human format: findings grouped per file, like ESLint's stylish. */
export declare const stylishFormatter: ReportFormat;
