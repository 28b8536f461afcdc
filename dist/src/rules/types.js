/** Helps rule modules keep their option types without repeating them. */
export function defineRule(rule) {
    return rule;
}
