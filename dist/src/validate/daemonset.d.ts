import { type Report } from "./report.js";
import { type Obj } from "./values.js";
export declare function validateDaemonSetObject(report: Report, ds: Obj): void;
