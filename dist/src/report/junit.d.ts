import { type ReportFormat } from "./types.js";
/**
 * JUnit XML, which every CI shows as a test report: a test suite per file,
 * a test case per Kubernetes object (`DaemonSet logging/log-shipper`) that
 * fails with one <failure> per finding and passes when the object is clean.
 * Problems that belong to no object (YAML syntax, an unreadable path) fail
 * a test case named after the file.
 */
export declare const junitFormatter: ReportFormat;
