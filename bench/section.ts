/** What every benchmark section is given. */
export interface BenchContext {
  /** Seconds of load per measured HTTP route. */
  seconds: number;
  vsPrism: boolean;
  /** A scratch folder for this run's databases. */
  dir: string;
  /** Progress lines, on stderr so the report on stdout stays clean. */
  log(line: string): void;
}

/** A section's figures: `results` goes into bench/results.json under `key`, `lines` into the report. */
export interface SectionResult {
  key: string;
  results: unknown;
  lines: string[];
}

/**
 * One part of `npm run bench` (HTTP load, socket load, scale, ...): a file under bench/sections/
 * registered in bench/run.ts. Sections run one after another, each starting and stopping its own
 * servers, so no two loads overlap.
 */
export interface Section {
  name: string;
  run(context: BenchContext): Promise<SectionResult>;
}

/** `1234.5` → `1,235`: figures as the report prints them. */
export const figure = (n: number | undefined, digits = 0): string =>
  n === undefined
    ? '-'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** A left-aligned first column and right-aligned figures. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)];
}
