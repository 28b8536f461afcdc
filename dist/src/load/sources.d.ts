import type { Finding } from "../finding.js";
import { type InputSource } from "./files.js";
/** A chart or a kustomization. */
export interface TemplateSource {
    kind: "helm-chart" | "kustomization";
    /** The chart's or kustomization's folder (absolute). */
    dir: string;
    /** Its Chart.yaml or kustomization file (absolute): where the finding goes. */
    file: string;
}
/** What a file is to a chart or kustomization. */
export interface SourceFile {
    source: TemplateSource;
    /** Plain YAML whose syntax is checked; false for a template, which is no YAML before it is rendered. */
    checkSyntax: boolean;
}
/**
 * Finds the chart or kustomization a file belongs to, from the file's
 * folder upwards. Folder listings and parsed kustomizations are kept, so
 * the files of one folder cost one look each; make a new finder when the
 * files may have changed (an editor).
 */
export declare class SourceFinder {
    private readonly listings;
    private readonly kustomizations;
    private readonly charts;
    /** The chart or kustomization `file` (an absolute path) belongs to, if any. */
    sourceOf(file: string): SourceFile | undefined;
    private names;
    /** The chart in `dir`; a subchart (in a chart's charts/ folder) is rendered with its parent, so the parent is named. */
    private chart;
    private kustomization;
}
/**
 * What to say about a chart or kustomization: that its templates or patches
 * are not checked (or simulated) as they are, and the command that does it
 * on what it renders. `dirName`: its folder as reported.
 */
export declare function describeSource(source: TemplateSource, dirName: string, command: "check" | "simulate"): {
    message: string;
    fix: string;
};
/**
 * Marks the files of Helm charts and kustomizations, which are not linted
 * (or simulated) as manifests, and words the one finding each chart or
 * kustomization gets: at the input index of its first file. Text from
 * stdin is what was rendered, whatever name it is given.
 */
export declare function markTemplateSources(inputs: InputSource[], cwd: string, command?: "check" | "simulate"): Map<number, Finding>;
