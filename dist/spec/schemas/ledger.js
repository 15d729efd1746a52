import { z } from '@hono/zod-openapi';
import { WALLET_TYPE_DISPLAY, WalletTypeSchema } from './coins.js';
import { DateTimeSchema, DecimalStringSchema, UuidSchema } from './primitives.js';
import { UserSummarySchema } from './users.js';
/** The docs show DEPOSIT and PENDING only; the other members are assumptions (DECISIONS.md). */
export const TransactionTypeSchema = z
    .enum(['DEPOSIT', 'WITHDRAWAL', 'TRANSFER'])
    .openapi('TransactionType');
export const TransactionStatusSchema = z
    .enum(['PENDING', 'COMPLETED', 'FAILED'])
    .openapi('TransactionStatus');
export const TransactionSchema = z
    .object({
    id: UuidSchema,
    user: UserSummarySchema,
    amount: DecimalStringSchema,
    transaction_type: TransactionTypeSchema,
    status: TransactionStatusSchema,
    created: DateTimeSchema,
})
    .openapi('Transaction');
const WalletAddressSchema = z.string().min(1).openapi({ example: 'jdjfj9435' });
export const DepositSchema = z
    .object({
    id: UuidSchema,
    user: UserSummarySchema,
    created: DateTimeSchema,
    updated_at: DateTimeSchema,
    amount: DecimalStringSchema,
    wallet_type: WalletTypeSchema,
    wallet_address: WalletAddressSchema,
    naira_amount: DecimalStringSchema,
    verified: z.boolean(),
})
    .openapi('Deposit');
/** Withdrawals carry no `user` in the docs, and add the display label of the wallet type. */
export const WithdrawalSchema = z
    .object({
    id: UuidSchema,
    created: DateTimeSchema,
    amount: DecimalStringSchema,
    wallet_type: WalletTypeSchema,
    wallet_address: WalletAddressSchema,
    naira_amount: DecimalStringSchema,
    verified: z.boolean(),
    wallet_type_display: z.enum(Object.values(WALLET_TYPE_DISPLAY)),
})
    .openapi('Withdrawal');
/** The three ledger lists answer a bare array, not the envelope (DECISIONS.md). */
export const TransactionListSchema = z.array(TransactionSchema).openapi('TransactionList');
export const DepositListSchema = z.array(DepositSchema).openapi('DepositList');
export const WithdrawalListSchema = z.array(WithdrawalSchema).openapi('WithdrawalList');
