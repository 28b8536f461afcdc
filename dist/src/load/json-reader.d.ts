import type { PosNode } from "./positions.js";
/**
 * A fast reader for manifests written as JSON (`kubectl get -o json`,
 * generated files): the value from the native JSON.parse, and positions only
 * when a finding needs one. The full reader (load/yaml/) reads JSON as the
 * YAML flow collections it also is, and builds a node for every value up
 * front: for a List of thousands of objects on one line, seconds and
 * gigabytes.
 *
 * JSON and go-yaml's reading of it agree on almost all of JSON; where they
 * may not, or where the full reader would report something (a duplicate
 * key, a syntax error), this reader declines and the full reader reads the
 * text. Declining is always safe; accepting must give exactly what the full
 * reader (decodeDocument) gives: the same value, and the same offsets, key
 * nodes and scalar texts. test/json-reader.test.ts compares the two.
 *
 * It declines:
 * - text that is not JSON, or not one object;
 * - the escape `\/` (not a YAML escape) and escapes of surrogates (go-yaml
 *   rejects each half of a pair);
 * - a key written twice in an object (go-yaml keeps the last; dslint reports it);
 * - numbers with an exponent, with more than 15 digits, and negative zeros
 *   (YAML reads `-0` as the integer 0);
 * - characters YAML treats apart: controls other than tab and line feed (a
 *   CR, once CRLFs are gone), U+0085, U+2028 and U+2029 (line breaks to
 *   go-yaml), U+FEFF, U+FFFE, U+FFFF and lone surrogates;
 * - a tab before or after the top-level object (go-yaml rejects a tab
 *   starting a line outside flow collections);
 * - a line break between a key and its colon (go-yaml wants an implicit
 *   key's colon on its line), and a key whose colon is more than 1,000
 *   characters after its start (go-yaml's limit is 1024);
 * - nesting deeper than 100 levels.
 */
export interface JsonDocument {
    value: Record<string, unknown>;
    /** Where each node was written, built on first use. */
    root: () => PosNode;
    /** Offsets of the top-level object: its `{` and just past its `}`. */
    start: number;
    end: number;
}
/** Reads a document of JSON text, or declines (undefined) and leaves it to the full reader. */
export declare function readJsonDocument(text: string): JsonDocument | undefined;
