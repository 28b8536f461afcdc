/**
 * Machine-readable simulation output:
 * `{"daemonsets": [{"name", "namespace", "file", "nodes": [...], "summary": {...}}]}`,
 * and the same envelope for diffs with `changes` instead of `nodes`.
 * `namespace` is null when the manifest does not set one.
 */
import type { DiffReport, SimulationReport } from "./format-table.js";
import type { NodePlacement, NodePlacementChange, Placement, SimulationDiff, SimulationSummary } from "./types.js";

export interface SimulationJson {
  daemonsets: {
    name: string;
    namespace: string | null;
    file: string;
    nodes: NodePlacement[];
    summary: SimulationSummary;
  }[];
}

export interface DiffJson {
  daemonsets: {
    name: string;
    namespace: string | null;
    file: string;
    changes: NodePlacementChange[];
    summary: SimulationDiff["summary"];
  }[];
}

/** The JSON document as an object; `only` keeps the nodes with that placement. */
export function simulationJson(reports: readonly SimulationReport[], options: { only?: Placement } = {}): SimulationJson {
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

export function formatSimulationJson(reports: readonly SimulationReport[], options: { only?: Placement } = {}): string {
  return `${JSON.stringify(simulationJson(reports, options), null, 2)}\n`;
}

export function diffJson(reports: readonly DiffReport[]): DiffJson {
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

export function formatDiffJson(reports: readonly DiffReport[]): string {
  return `${JSON.stringify(diffJson(reports), null, 2)}\n`;
}
