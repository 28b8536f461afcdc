/** A file system error in plain words, without the errno code and the path the caller already names. */
export declare function describeFsError(err: unknown): string;
