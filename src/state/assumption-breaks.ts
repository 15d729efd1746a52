/** The share of records broken when none is given (`--break-rate`, `POST /__mock/assumptions`). */
export const DEFAULT_BREAK_RATE = 0.2;

/**
 * Whether the stand-in breaks the contract's assumptions, and for what share of records (D126):
 * set at start-up by `--break-assumptions` and `--break-rate`, changed at run time by
 * `POST /__mock/assumptions`, read by one middleware (src/http/broken-assumptions.ts).
 */
export class AssumptionBreaks {
  constructor(
    /** `--seed`: which records break is fixed by it. */
    readonly seed: number,
    public broken = false,
    public rate = DEFAULT_BREAK_RATE,
  ) {}

  set({ broken, rate }: { broken?: boolean; rate?: number }): void {
    if (broken !== undefined) this.broken = broken;
    if (rate !== undefined) this.rate = rate;
  }

  get state() {
    return { broken: this.broken, rate: this.rate, seed: this.seed };
  }
}
