/** Distinct undocumented items kept per dimension: a spray of odd paths cannot grow the model. */
export const UNDOCUMENTED_LIMIT = 100;

/** What one dimension has seen: documented items with counts, and undocumented ones, bounded. */
export class Tally {
  readonly hits = new Map<string, number>();
  readonly undocumented = new Map<string, number>();
  overflow = 0;

  hit(item: string): void {
    this.hits.set(item, (this.hits.get(item) ?? 0) + 1);
  }

  undocumentedSeen(item: string): void {
    const count = this.undocumented.get(item);
    if (count !== undefined) this.undocumented.set(item, count + 1);
    else if (this.undocumented.size < UNDOCUMENTED_LIMIT) this.undocumented.set(item, 1);
    else this.overflow++;
  }

  clear(): void {
    this.hits.clear();
    this.undocumented.clear();
    this.overflow = 0;
  }
}
