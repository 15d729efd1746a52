/**
 * Microsecond timestamps. JavaScript dates stop at milliseconds, Django prints microseconds, so
 * instants are integers of microseconds since the epoch and formatted here, in one place.
 */

/** Now, in microseconds, from the high-resolution clock. */
export function nowMicros(): number {
  return Math.floor((performance.timeOrigin + performance.now()) * 1000);
}

function isoBase(micros: number): string {
  return new Date(Math.floor(micros / 1000)).toISOString().slice(0, 19);
}

function fraction(micros: number): string {
  return String(((micros % 1_000_000) + 1_000_000) % 1_000_000).padStart(6, '0');
}

/** HTTP bodies: `2024-06-17T11:28:21.902531Z` (production-notes.md). */
export function httpTimestamp(micros: number): string {
  return `${isoBase(micros)}.${fraction(micros)}Z`;
}

/** The socket's `timestamp`: `2024-06-17T12:48:28.228342+00:00`. */
export function socketTimestamp(micros: number): string {
  return `${isoBase(micros)}.${fraction(micros)}+00:00`;
}

/** Parses an HTTP timestamp back to microseconds (fraction of any length). */
export function parseHttpTimestamp(text: string): number {
  const match = /^(.*?)(?:\.(\d+))?Z$/.exec(text);
  const whole = Date.parse(`${match?.[1] ?? text}Z`);
  const digits = (match?.[2] ?? '').padEnd(6, '0').slice(0, 6);
  return whole * 1000 + Number(digits);
}
