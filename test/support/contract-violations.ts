/**
 * What the contract watch counted and found, kept apart from it so that `setup.ts`, which every
 * test file loads, does not load Ajv and the published documents too.
 */
export const watched = { http: 0, frames: 0, violations: [] as string[] };

/** Every violation recorded since the last call, cleared. */
export function takeViolations(): string[] {
  return watched.violations.splice(0);
}
