import { tidyMessage } from "../text.js";
/**
 * Findings added to the store in any order, ranked as the stages found
 * them: slot by slot (the paths that could not be read, then each input,
 * then placement, cross-document rules and suppressions), within a slot by
 * phase, then one by one. What the sort cannot tell apart keeps that order.
 */
export class FindingSlots {
    store;
    inputSlots;
    configure;
    emitters = new Map();
    constructor(store, 
    /** Slots of the paths and inputs; placement, cross-document and suppression findings come after. */
    inputSlots, 
    /** The other stages' findings at the severity configured for their kind (config/config.ts); undefined drops one. */
    configure) {
        this.store = store;
        this.inputSlots = inputSlots;
        this.configure = configure;
    }
    emitter(slot) {
        let emit = this.emitters.get(slot);
        if (!emit) {
            const seq = [0, 0, 0];
            // What findings quote from the input is capped and escaped once, for every output.
            emit = (f, phase) => {
                const configured = this.configure(f);
                if (configured)
                    this.store.add(tidied(configured), (slot * 4 + phase) * 2 ** 28 + seq[phase]++);
            };
            this.emitters.set(slot, emit);
        }
        return emit;
    }
    /** Findings about the suppressions, after every other slot, at their configured severity. */
    addLast(findings) {
        const rank = (this.inputSlots + 2) * 4 * 2 ** 28;
        findings.flatMap((f) => this.configure(f) ?? []).forEach((f, k) => this.store.add(f, rank + k));
    }
}
function tidied(f) {
    f.message = tidyMessage(f.message);
    if (f.fix !== undefined)
        f.fix = tidyMessage(f.fix);
    return f;
}
