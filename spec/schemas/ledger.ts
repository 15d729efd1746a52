import { z } from '@hono/zod-openapi';
import { assumed, shownWithValues } from './assumed.js';
import { WALLET_TYPE_DISPLAY, WalletTypeSchema } from './coins.js';
import { DateTimeSchema, DecimalStringSchema, UuidSchema } from './primitives.js';
import { UserSummarySchema } from './users.js';

/** The docs show DEPOSIT and PENDING only; the other members are assumptions (DECISIONS.md). */
export const TransactionTypeSchema = assumed(
  z.enum(['DEPOSIT', 'WITHDRAWAL', 'TRANSFER']).openapi('TransactionType'),
  { decision: 'D17', constraint: 'closed-enum', shown: '"DEPOSIT"' },
);
export const TransactionStatusSchema = assumed(
  z.enum(['PENDING', 'COMPLETED', 'FAILED']).openapi('TransactionStatus'),
  { decision: 'D17', constraint: 'closed-enum', shown: '"PENDING"' },
);

export const TransactionSchema = z
  .object({
    id: UuidSchema,
    user: UserSummarySchema,
    ...shownWithValues({
      amount: DecimalStringSchema,
      transaction_type: TransactionTypeSchema,
      status: TransactionStatusSchema,
      created: DateTimeSchema,
    }),
  })
  .openapi('Transaction');

const WalletAddressSchema = assumed(z.string().min(1).openapi({ example: 'jdjfj9435' }), {
  decision: 'D29',
  constraint: 'length',
  shown: 'a non-empty address',
});

export const DepositSchema = z
  .object({
    id: UuidSchema,
    user: UserSummarySchema,
    ...shownWithValues({
      created: DateTimeSchema,
      updated_at: DateTimeSchema,
      amount: DecimalStringSchema,
      wallet_type: WalletTypeSchema,
      wallet_address: WalletAddressSchema,
      naira_amount: DecimalStringSchema,
      verified: z.boolean(),
    }),
  })
  .openapi('Deposit');

/** Withdrawals carry no `user` in the docs, and add the display label of the wallet type. */
export const WithdrawalSchema = z
  .object({
    id: UuidSchema,
    ...shownWithValues({
      created: DateTimeSchema,
      amount: DecimalStringSchema,
      wallet_type: WalletTypeSchema,
      wallet_address: WalletAddressSchema,
      naira_amount: DecimalStringSchema,
      verified: z.boolean(),
      wallet_type_display: assumed(
        z.enum(Object.values(WALLET_TYPE_DISPLAY) as [string, ...string[]]),
        { decision: 'D13', constraint: 'closed-enum', shown: '"Bitcoin"' },
      ),
    }),
  })
  .openapi('Withdrawal');

/** The three ledger lists answer a bare array, not the envelope (DECISIONS.md). */
export const TransactionListSchema = z.array(TransactionSchema).openapi('TransactionList');
export const DepositListSchema = z.array(DepositSchema).openapi('DepositList');
export const WithdrawalListSchema = z.array(WithdrawalSchema).openapi('WithdrawalList');

export type Transaction = z.infer<typeof TransactionSchema>;
export type Deposit = z.infer<typeof DepositSchema>;
export type Withdrawal = z.infer<typeof WithdrawalSchema>;
