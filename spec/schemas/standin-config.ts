import { z } from '@hono/zod-openapi';
import { OBSERVATION_IDS } from './observations.js';

/** Whether the stand-in breaks the contract's assumptions, and how often (D126). */
export const AssumptionBreaksSchema = z
  .object({
    broken: z.boolean().describe('Whether 200 answers break assumed rules (`x-assumed`).'),
    rate: z.number().min(0).max(1).describe('The share of records broken, 0 to 1.'),
    seed: z.int().describe('`--seed`: which records break is fixed by it.'),
  })
  .openapi('MockAssumptionBreaks', { example: { broken: true, rate: 0.2, seed: 42 } });

export const AssumptionBreaksRequestSchema = z
  .object({
    broken: z.boolean().optional(),
    rate: z.number().min(0).max(1).optional(),
  })
  .strict()
  .openapi('MockAssumptionBreaksRequest', { example: { broken: true, rate: 0.2 } });

/** One policy where the docs are silent: what the stand-in does, and why (D120–D125). */
export const PolicyChoiceSchema = z
  .object({
    name: z.string().openapi({ example: 'socket' }),
    value: z.string().openapi({ example: 'close 1011, unknown_action: silent' }),
    source: z.string().openapi({ example: 'strict default' }),
    decision: z.string().describe('The decision that explains it, in DECISIONS.md.'),
  })
  .openapi('MockPolicyChoice');

const AdoptionSchema = z.object({
  id: z.enum(OBSERVATION_IDS),
  observed: z.string().openapi({ example: 'closed with 1011' }),
  note: z.string(),
});

export const StandInConfigSchema = z
  .object({
    mode: z.enum(['strict', 'lenient']),
    policies: PolicyChoiceSchema.array(),
    like: z
      .object({
        file: z.string(),
        target: z.string(),
        adopted: AdoptionSchema.array(),
        not_adopted: AdoptionSchema.array(),
        unread: z.int().nonnegative().describe('Observations this stand-in does not know.'),
      })
      .nullable()
      .describe('What `--like REPORT.json` adopted and could not; null without it (D125).'),
    assumptions: AssumptionBreaksSchema,
  })
  .openapi('MockStandInConfig');
