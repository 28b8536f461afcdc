export interface RegexProblem {
    /** Offsets in the pattern (between the slashes), end exclusive. */
    start: number;
    end: number;
    message: string;
}
/** The problems of one pattern, V8 having accepted it with these flags. */
export declare function regexProblems(source: string, flags: string): RegexProblem[];
