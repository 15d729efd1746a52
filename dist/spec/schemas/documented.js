import { z } from '@hono/zod-openapi';
import documented from '../../fixtures/documented.json' with { type: 'json' };
import { ChatMessageSchema, ThreadSchema } from './chat.js';
import { TradingSettingsSchema } from './exec.js';
import { DepositSchema, TransactionSchema, WithdrawalSchema } from './ledger.js';
import { UuidSchema } from './primitives.js';
import { FullUserSchema } from './users.js';
/**
 * The docs' own examples, repaired as DECISIONS.md says, kept as API payloads in
 * fixtures/documented.json. The contract uses them as OpenAPI examples and the stand-in seeds
 * them, so a fresh stand-in answers exactly what the document shows.
 */
export const DocumentedDataSchema = z.object({
    users: z.array(FullUserSchema),
    threads: z.array(ThreadSchema),
    messages: z.array(ChatMessageSchema),
    transactions: z.array(TransactionSchema),
    deposits: z.array(DepositSchema),
    withdrawal_owner_id: UuidSchema,
    withdrawals: z.array(WithdrawalSchema),
    settings: z.array(TradingSettingsSchema),
});
/** Parsed once at load: a fixture that drifts from the contract fails at start-up, loudly. */
export const DOCUMENTED = DocumentedDataSchema.parse(documented);
