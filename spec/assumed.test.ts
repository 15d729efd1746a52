import { readFileSync } from 'node:fs';
import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from './generate.js';
import {
  type Assumption,
  assumed,
  assumptionsOf,
  shownWithValue,
  shownWithValues,
} from './schemas/assumed.js';

const decisionsText = readFileSync(new URL('DECISIONS.md', import.meta.url), 'utf8');
const rendered = renderDocuments();
const openapi = JSON.parse(rendered['openapi.json']);
const asyncapi = JSON.parse(rendered['asyncapi.json']);

/** Every `x-assumed` list in a document, with the JSON path it sits at. */
function assumptionsIn(node: unknown, path = '$'): { path: string; list: Assumption[] }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => assumptionsIn(item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'x-assumed'
      ? [{ path, list: value as Assumption[] }]
      : assumptionsIn(value, `${path}.${key}`),
  );
}

const schemaOf = (name: string) => openapi.components.schemas[name];
const decisionsAt = (node: { 'x-assumed'?: Assumption[] } | undefined) =>
  (node?.['x-assumed'] ?? []).map((a) => `${a.constraint} ${a.decision}`);

describe('Provenance in the contract documents', () => {
  it('should cite, for every assumption, a decision that exists in DECISIONS.md', () => {
    const all = [...assumptionsIn(openapi), ...assumptionsIn(asyncapi)];
    expect(all.length).toBeGreaterThan(20);
    const unknown = all.flatMap(({ path, list }) =>
      list
        .filter((a) => !new RegExp(`^## ${a.decision}\\. `, 'm').test(decisionsText))
        .map(() => path),
    );
    expect(unknown).toEqual([]);
    for (const { list } of all) for (const a of list) expect(a.shown.length).toBeGreaterThan(0);
  });

  it('should mark the closed enums the docs show one or two values of, and the lengths', () => {
    expect(decisionsAt(schemaOf('TransactionType'))).toContain('closed-enum D17');
    expect(decisionsAt(schemaOf('TransactionStatus'))).toContain('closed-enum D17');
    expect(decisionsAt(schemaOf('TwoFactorType'))).toContain('closed-enum D17');
    expect(decisionsAt(schemaOf('WalletType'))).toContain('closed-enum D13');
    const frame = asyncapi.components.schemas.ChatMessageFrame.properties;
    expect(decisionsAt(frame.message_body)).toContain('length D19');
  });

  it('should mark non-null as assumed where the docs only show a value, and leave documented facts alone', () => {
    const summary = schemaOf('UserSummary').allOf[1].properties;
    expect(decisionsAt(summary.phone_number)).toEqual(['not-null D28']);
    const transaction = schemaOf('Transaction').properties;
    // Identity, JSON type and the formats every example shows are documented.
    expect(transaction.id['x-assumed']).toBeUndefined();
    expect(schemaOf('FailureEnvelope').properties.status['x-assumed']).toBeUndefined();
    expect(decisionsAt(transaction.amount)).toEqual(['not-null D28']);
    // Already nullable: nothing to assume.
    expect(schemaOf('FullUser').allOf[1].properties.country['x-assumed']).toBeUndefined();
  });
});

describe('assumed()', () => {
  it('should stack assumptions on one schema and keep the schema as strict as before', () => {
    const both = shownWithValue(
      assumed(z.enum(['A', 'B']), { decision: 'D17', constraint: 'closed-enum', shown: '"A"' }),
    );
    expect(assumptionsOf(both).map((a) => a.decision)).toEqual(['D17', 'D28']);
    expect(both.safeParse('C').success).toBe(false);
    expect(both.safeParse(null).success).toBe(false);
  });

  it('should mark only the fields that are neither objects nor already nullable', () => {
    const shape = shownWithValues({
      name: z.string(),
      note: z.string().nullable(),
      user: z.object({ id: z.string() }),
    });
    expect(assumptionsOf(shape.name)).toHaveLength(1);
    expect(assumptionsOf(shape.note)).toEqual([]);
    expect(assumptionsOf(shape.user)).toEqual([]);
  });
});
