import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromRow } from './from-row.js';

describe('fromRow', () => {
  const Schema = z.object({
    id: z.string(),
    active: z.boolean(),
    note: z.boolean().nullable(),
    tags: z.array(z.int()),
  });

  it('should take the contract fields from the row, turning 0/1 into booleans', () => {
    const row = { id: 'a', active: 1, note: 0, tags: 'ignored', extra: 'dropped' };
    expect(fromRow(Schema, row, { tags: [] })).toEqual({
      id: 'a',
      active: true,
      note: false,
      tags: [],
    });
  });

  it('should keep nulls and non-numeric values as they are', () => {
    expect(fromRow(Schema, { id: 'b', active: 0, note: null }, { tags: [1] })).toEqual({
      id: 'b',
      active: false,
      note: null,
      tags: [1],
    });
  });
});
