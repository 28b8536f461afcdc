import { type YamlEventSource } from "./events.js";
/**
 * go-yaml v2's parser (parserc.go, libyaml's LL(1) state machine over the
 * scanner's tokens): one event per call, peeking only the tokens that event
 * needs, so that nothing past what kubectl reads is scanned.
 */
export declare function createEventSource(text: string): YamlEventSource;
