import { createRoute } from '@hono/zod-openapi';
import { DOCUMENTED } from '../schemas/documented.js';
import { DepositListSchema, TransactionListSchema, WithdrawalListSchema, } from '../schemas/ledger.js';
import { authResponses, bearerSecurity, jsonContent } from './responses.js';
/** The three ledger lists answer a bare array, newest first (DECISIONS.md). */
export const listTransactions = createRoute({
    operationId: 'listTransactions',
    method: 'get',
    path: '/transactions/all/',
    tags: ['Ledger'],
    summary: 'Get a list of all transactions',
    'x-doc-section': 'Get a list of all transactions',
    security: bearerSecurity,
    responses: {
        200: jsonContent(TransactionListSchema, 'successful', DOCUMENTED.transactions),
        ...authResponses,
    },
});
export const listDeposits = createRoute({
    operationId: 'listDeposits',
    method: 'get',
    path: '/deposits/list/all/',
    tags: ['Ledger'],
    summary: 'Get a list of all deposits',
    'x-doc-section': 'Get a list of all deposits',
    security: bearerSecurity,
    responses: {
        200: jsonContent(DepositListSchema, 'successful', DOCUMENTED.deposits),
        ...authResponses,
    },
});
export const listWithdrawals = createRoute({
    operationId: 'listWithdrawals',
    method: 'get',
    path: '/withdrawals/list/all/',
    tags: ['Ledger'],
    summary: 'Get a list of all withdrawals',
    'x-doc-section': 'Get a list of all withdrawals',
    security: bearerSecurity,
    responses: {
        200: jsonContent(WithdrawalListSchema, 'successful', DOCUMENTED.withdrawals),
        ...authResponses,
    },
});
