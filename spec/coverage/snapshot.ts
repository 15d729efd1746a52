import {
  COVERAGE_DIMENSION_NAMES,
  type Coverage,
  type CoverageDimension,
  type CoverageDimensionName,
} from '../schemas/coverage.js';
import type { Tally } from './tally.js';
import type { CoverageUniverse } from './universe.js';

/** How `overall` is computed, in the words every report prints (D137). */
export const OVERALL_RULE = "the mean of the measured dimensions' percentages (D137)";

/** One decimal, rounded down, so a report never claims more than was covered. */
const floorPercent = (part: number, whole: number) => Math.floor((part / whole) * 1000) / 10;

/** Each dimension's documented items, in the documents' order. */
export function dimensionItems(
  universe: CoverageUniverse,
): Record<CoverageDimensionName, string[]> {
  const { operations, frameKinds } = universe;
  const frameFields = (from: 'client' | 'server') =>
    frameKinds
      .filter((k) => k.from === from)
      .flatMap((k) => k.fields.map((f) => `${k.label} ${f}`));
  return {
    operations: operations.map((o) => o.label),
    statuses: operations.flatMap((o) => o.statuses.map((s) => `${o.label} ${s}`)),
    request_fields: [
      ...operations.flatMap((o) => o.requestFields.map((f) => `${o.label} ${f}`)),
      ...frameFields('client'),
    ],
    response_fields: [
      ...operations.flatMap((o) => o.responseFields.map((f) => `${o.label} ${f}`)),
      ...frameFields('server'),
    ],
    frame_kinds: frameKinds.map((k) => k.label),
    error_codes: [...universe.errorCodes],
    close_codes: universe.closeCodes.map(String),
  };
}

/** One dimension: its documented items against what was seen; nothing claimed when unmeasured. */
function dimensionOf(tally: Tally, items: string[], unmeasured?: string): CoverageDimension {
  const undocumented = [...tally.undocumented]
    .map(([item, count]) => ({ item, count }))
    .sort((a, b) => b.count - a.count || a.item.localeCompare(b.item));
  const common = { undocumented, undocumented_overflow: tally.overflow, total: items.length };
  const reason = unmeasured ?? (items.length === 0 ? 'the contract documents none' : null);
  if (reason !== null)
    return { ...common, measured: false, reason, covered: 0, percent: null, hit: [], missed: [] };
  const hit = items.flatMap((item) => {
    const count = tally.hits.get(item);
    return count ? [{ item, count }] : [];
  });
  return {
    ...common,
    measured: true,
    reason: null,
    covered: hit.length,
    percent: floorPercent(hit.length, items.length),
    hit,
    missed: items.filter((item) => !tally.hits.has(item)),
  };
}

/** The model as the published value (`CoverageSchema`): every dimension, and their mean (D137). */
export function snapshotOf(
  tallies: Record<CoverageDimensionName, Tally>,
  items: Record<CoverageDimensionName, string[]>,
  unmeasured: Partial<Record<CoverageDimensionName, string>>,
  exchanges: Coverage['exchanges'],
): Coverage {
  const dimensions = Object.fromEntries(
    COVERAGE_DIMENSION_NAMES.map((name) => [
      name,
      dimensionOf(tallies[name], items[name], unmeasured[name]),
    ]),
  ) as Record<CoverageDimensionName, CoverageDimension>;
  const measured = Object.values(dimensions).filter((d) => d.measured);
  const mean = measured.reduce((sum, d) => sum + d.covered / d.total, 0) / measured.length;
  return {
    overall: { percent: measured.length ? floorPercent(mean, 1) : null, rule: OVERALL_RULE },
    dimensions,
    exchanges: { ...exchanges },
  };
}
