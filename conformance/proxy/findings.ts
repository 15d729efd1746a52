import type { HttpEvidence, TranscriptEntry } from '../model/types.js';
import type { Sighting } from './traffic.js';

/** A rule broken in the traffic, counted once per (operation, rule), with its first evidence. */
export interface ProxyFinding extends Sighting {
  count: number;
  first_seen: string;
  last_seen: string;
  /** The exchange it was first seen in (redacted, with its curl replay). */
  http?: HttpEvidence;
  /** The socket's transcript up to the first sighting (redacted). */
  transcript?: TranscriptEntry[];
}

/** Where a sighting's evidence comes from; built lazily, only for a new finding. */
export interface SightingEvidence {
  http?: () => HttpEvidence;
  transcript?: () => TranscriptEntry[];
}

export const findingKey = (operation: string, rule: string) => `${operation}|${rule}`;

/** How often a repeated finding prints again: at ×10, ×100, ×1000… */
const isLoudCount = (n: number) => n >= 10 && /^10*$/.test(String(n));

/**
 * Every finding of a proxy run, deduplicated by (operation, rule): the first sighting keeps its
 * evidence, later ones count. `onChange` hears a new finding and each ×10 of an old one.
 */
export class FindingStore {
  readonly #byKey = new Map<string, ProxyFinding>();

  constructor(private readonly onChange: (finding: ProxyFinding, isNew: boolean) => void) {}

  add(sighting: Sighting, evidence: SightingEvidence = {}): void {
    const key = findingKey(sighting.operation, sighting.verdict.rule);
    const now = new Date().toISOString();
    const known = this.#byKey.get(key);
    if (known) {
      known.count++;
      known.last_seen = now;
      if (isLoudCount(known.count)) this.onChange(known, false);
      return;
    }
    const finding: ProxyFinding = {
      ...sighting,
      count: 1,
      first_seen: now,
      last_seen: now,
      ...(evidence.http ? { http: evidence.http() } : {}),
      ...(evidence.transcript ? { transcript: evidence.transcript() } : {}),
    };
    this.#byKey.set(key, finding);
    this.onChange(finding, true);
  }

  list(): ProxyFinding[] {
    return [...this.#byKey.values()];
  }
}
