/**
 * Microsecond timestamps. JavaScript dates stop at milliseconds, Django prints microseconds, so
 * instants are integers of microseconds since the epoch and formatted here, in one place.
 */
/** Now, in microseconds, from the high-resolution clock. */
export declare function nowMicros(): number;
/** HTTP bodies: `2024-06-17T11:28:21.902531Z` (production-notes.md). */
export declare function httpTimestamp(micros: number): string;
/** The socket's `timestamp`: `2024-06-17T12:48:28.228342+00:00`. */
export declare function socketTimestamp(micros: number): string;
/** Parses an HTTP timestamp back to microseconds (fraction of any length). */
export declare function parseHttpTimestamp(text: string): number;
