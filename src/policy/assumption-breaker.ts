import type { z } from '@hono/zod-openapi';
import { type Assumption, assumptionsOf } from '../../spec/schemas/assumed.js';

/** A place in a response where the contract assumes something: the field's path and the rule. */
export interface AssumedSite {
  /** Keys from the body's root; `[]` stands for every item of an array. */
  path: string[];
  assumption: Assumption;
  /** The schema node the assumption is recorded on: what a break is made from. */
  node: z.ZodType;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string>;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const bagOf = (schema: z.ZodType) =>
  (schema as unknown as { _zod: { bag: { maxLength?: number; minLength?: number } } })._zod.bag;

/**
 * Every assumption recorded on a response schema (`x-assumed`, spec/schemas/assumed.ts), with the
 * path to it: read from the contract itself, so a new assumption is broken without a list here.
 */
export function assumedSites(schema: z.ZodType, path: string[] = []): AssumedSite[] {
  const here = assumptionsOf(schema).map((assumption) => ({ path, assumption, node: schema }));
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return [...here, ...assumedSites(inner, path)];
  if (def.type === 'array' && def.element)
    return [...here, ...assumedSites(def.element, [...path, '[]'])];
  if (def.type === 'object' && def.shape)
    return [
      ...here,
      ...Object.entries(def.shape).flatMap(([key, field]) => assumedSites(field, [...path, key])),
    ];
  return here;
}

/** The values of an enum node, wrappers included. */
function enumValues(node: z.ZodType): string[] {
  const def = defOf(node);
  if (def.entries) return Object.values(def.entries);
  const inner = def.innerType ?? def.in;
  return inner ? enumValues(inner) : [];
}

/** A value that breaks only `site`'s assumption, in place of `value`; undefined when none can. */
export function breakingValue(site: AssumedSite, value: unknown): unknown {
  const { constraint } = site.assumption;
  if (constraint === 'not-null') return value === null ? undefined : null;
  if (typeof value !== 'string') return undefined;
  if (constraint === 'closed-enum') {
    const [first] = enumValues(site.node);
    if (first === undefined) return undefined;
    return first === first.toUpperCase() ? 'UNLISTED' : 'unlisted';
  }
  if (constraint === 'length') {
    const { maxLength, minLength } = bagOf(site.node);
    if (maxLength !== undefined) return value.padEnd(maxLength + 1, 'x');
    if (minLength !== undefined && minLength > 0) return '';
  }
  return undefined; // a single-example format: nothing plausible to send without breaking a fact
}

/** FNV-1a, 32 bits, to [0, 1): the same draw for the same seed, record and field, every time. */
export function draw(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/** Each object at `path` (arrays expanded) with its owner key for the draw: its `id` or its place. */
function owners(
  json: unknown,
  path: string[],
  where = '',
): { owner: Record<string, unknown>; key: string; place: string }[] {
  if (path.length === 1) {
    if (!json || typeof json !== 'object' || Array.isArray(json)) return [];
    const owner = json as Record<string, unknown>;
    const id = owner.id;
    const key = typeof id === 'string' || typeof id === 'number' ? `id=${id}` : where;
    return [{ owner, key, place: `${where}.${path[0]}` }];
  }
  const [step, ...rest] = path;
  if (step === '[]')
    return Array.isArray(json)
      ? json.flatMap((item, i) => owners(item, rest, `${where}[${i}]`))
      : [];
  if (!json || typeof json !== 'object') return [];
  return owners((json as Record<string, unknown>)[step as string], rest, `${where}.${step}`);
}

export interface Broken {
  /** "not-null entity[].phone_number (D28)", once per site that was broken at least once. */
  names: string[];
  /** How many values were replaced. */
  count: number;
}

/**
 * Breaks the assumptions of `sites` in `json` (in place) for a share `rate` of the records, chosen
 * by `seed`, the operation and each record's id (or place): the same request gets the same answer.
 * Documented rules stay intact: only a field's assumed rule is broken, never its presence or type.
 */
export function breakAssumptions(
  json: unknown,
  sites: AssumedSite[],
  { seed, rate, salt }: { seed: number; rate: number; salt: string },
): Broken {
  const names = new Set<string>();
  // One break a field: a second assumption on it (a closed list that is also never null) would
  // overwrite the first.
  const brokenFields = new Set<string>();
  let count = 0;
  for (const site of sites) {
    if (site.path.length === 0) continue;
    const field = site.path.at(-1) as string;
    const { constraint } = site.assumption;
    for (const { owner, key, place } of owners(json, site.path)) {
      if (!(field in owner) || brokenFields.has(place)) continue;
      if (draw(`${seed}|${salt}|${site.path.join('.')}|${constraint}|${key}`) >= rate) continue;
      const value = breakingValue(site, owner[field]);
      if (value === undefined) continue;
      owner[field] = value;
      brokenFields.add(place);
      count += 1;
      const { decision } = site.assumption;
      names.add(`${constraint} ${site.path.join('.').replaceAll('.[]', '[]')} (${decision})`);
    }
  }
  return { names: [...names], count };
}
