import { randomUUID } from 'node:crypto';
import { INVALID_RECIPIENT, MESSAGES_RETRIEVED } from '../../spec/routes/chat.js';
import { coinChangedMessage, INVALID_COIN } from '../../spec/routes/exec.js';
import type { ContractRoute } from '../../spec/routes/index.js';
import { LOGIN_FAILURES } from '../../spec/schemas/auth.js';
import { bearer, type HttpCall } from '../client/http-client.js';
import type { RunContext } from '../model/types.js';

/** One documented request and what the docs say it must answer. */
export interface HttpCase {
  id: string;
  operationId: ContractRoute['operationId'];
  title: string;
  status: number;
  message?: string;
  writes?: boolean;
  /** The list the body's items sit in, for the checks that validate them (`checked_items`). */
  items?(json: unknown): unknown;
  /** What a fresh server may lack for this read; created first with --allow-writes. */
  needs?: 'conversation';
  /** Why the case cannot run with this context, if it cannot. */
  unavailable?(ctx: RunContext): string | undefined;
  request(ctx: RunContext): Omit<HttpCall, 'timeoutMs'>;
}

const get = (ctx: RunContext, path: string, extra: Partial<HttpCall> = {}) => ({
  method: 'GET',
  url: `${ctx.baseUrl}${path}`,
  headers: bearer(ctx.user.token),
  ...extra,
});
type Body = { entity?: { messages?: unknown } } | null | undefined;
const entity = (json: unknown) => (json as Body)?.entity;
const messages = (json: unknown) => (json as Body)?.entity?.messages;
const bare = (json: unknown) => json;

const needsPassword = (ctx: RunContext) =>
  ctx.user.email && ctx.user.password ? undefined : 'needs --user EMAIL:PASSWORD';

/**
 * The documented requests, in the order the docs give them. Writes come in pairs that undo each
 * other: btc is disabled, then enabled (there is no endpoint to read a coin's state first).
 */
export const HTTP_CASES: HttpCase[] = [
  {
    id: 'login.valid-credentials',
    operationId: 'login',
    title: 'POST /auth/login/ with valid credentials answers 200 with tokens',
    status: 200,
    unavailable: needsPassword,
    request: (ctx) => ({
      method: 'POST',
      url: `${ctx.baseUrl}/auth/login/`,
      body: { email: ctx.user.email, password: ctx.user.password },
    }),
  },
  {
    id: 'login.wrong-password',
    operationId: 'login',
    title: 'POST /auth/login/ with a wrong password answers 400 "Invalid login details"',
    status: 400,
    message: LOGIN_FAILURES.wrongPassword,
    unavailable: needsPassword,
    request: (ctx) => ({
      method: 'POST',
      url: `${ctx.baseUrl}/auth/login/`,
      body: { email: ctx.user.email, password: `${ctx.user.password}-wrong` },
    }),
  },
  {
    id: 'login.missing-fields',
    operationId: 'login',
    title: 'POST /auth/login/ without a password answers 400 "Email and password are required"',
    status: 400,
    message: LOGIN_FAILURES.missingFields,
    request: (ctx) => ({
      method: 'POST',
      url: `${ctx.baseUrl}/auth/login/`,
      body: { email: ctx.user.email ?? 'someone@example.com' },
    }),
  },
  {
    id: 'refreshToken.valid',
    operationId: 'refreshToken',
    title: 'POST /auth/token/refresh/ with a refresh token answers 200 {access}',
    status: 200,
    unavailable: (ctx) =>
      ctx.user.refresh ? undefined : 'needs a refresh token (log in with --user)',
    request: (ctx) => ({
      method: 'POST',
      url: `${ctx.baseUrl}/auth/token/refresh/`,
      body: { refresh: ctx.user.refresh },
    }),
  },
  {
    id: 'currentUser.ok',
    operationId: 'currentUser',
    title: 'GET /auth/user/ answers the current user',
    status: 200,
    request: (ctx) => get(ctx, '/auth/user/'),
  },
  {
    id: 'getMessages.peer',
    items: messages,
    needs: 'conversation',
    operationId: 'getMessages',
    title: 'GET /chat/messages/<peer>/ answers the conversation',
    status: 200,
    message: MESSAGES_RETRIEVED,
    request: (ctx) => get(ctx, `/chat/messages/${ctx.peer.id}/`),
  },
  {
    id: 'getMessages.unknown-recipient',
    operationId: 'getMessages',
    title: 'GET /chat/messages/<unknown uuid>/ answers 404 "Invalid receipient"',
    status: 404,
    message: INVALID_RECIPIENT,
    request: (ctx) => get(ctx, `/chat/messages/${randomUUID()}/`),
  },
  {
    id: 'getUserThreads.ok',
    items: entity,
    needs: 'conversation',
    operationId: 'getUserThreads',
    title: 'GET /chat/get-user-threads/ answers the threads',
    status: 200,
    request: (ctx) => get(ctx, '/chat/get-user-threads/'),
  },
  {
    id: 'listUsers.ok',
    items: entity,
    operationId: 'listUsers',
    title: 'POST /auth/users/ answers every user',
    status: 200,
    request: (ctx) => get(ctx, '/auth/users/', { method: 'POST' }),
  },
  {
    id: 'enableCoin.unsupported',
    operationId: 'enableCoin',
    title: 'GET /exec/coin/enable/ with an unsupported coin answers 404 "Invalid coin"',
    status: 404,
    message: INVALID_COIN,
    request: (ctx) => get(ctx, '/exec/coin/enable/', { body: { coin: 'not-a-coin' } }),
  },
  {
    id: 'disableCoin.btc',
    operationId: 'disableCoin',
    title: 'GET /exec/coin/disable/ {"coin":"btc"} answers 200',
    status: 200,
    message: coinChangedMessage('btc', 'disable'),
    writes: true,
    request: (ctx) => get(ctx, '/exec/coin/disable/', { body: { coin: 'btc' } }),
  },
  {
    id: 'enableCoin.btc',
    operationId: 'enableCoin',
    title: 'GET /exec/coin/enable/ {"coin":"btc"} answers 200',
    status: 200,
    message: coinChangedMessage('btc', 'enable'),
    writes: true,
    request: (ctx) => get(ctx, '/exec/coin/enable/', { body: { coin: 'btc' } }),
  },
  {
    id: 'listTransactions.ok',
    items: bare,
    operationId: 'listTransactions',
    title: 'GET /transactions/all/ answers a list',
    status: 200,
    request: (ctx) => get(ctx, '/transactions/all/'),
  },
  {
    id: 'listDeposits.ok',
    items: bare,
    operationId: 'listDeposits',
    title: 'GET /deposits/list/all/ answers a list',
    status: 200,
    request: (ctx) => get(ctx, '/deposits/list/all/'),
  },
  {
    id: 'listWithdrawals.ok',
    items: bare,
    operationId: 'listWithdrawals',
    title: 'GET /withdrawals/list/all/ answers a list',
    status: 200,
    request: (ctx) => get(ctx, '/withdrawals/list/all/'),
  },
  {
    id: 'getUserSettings.ok',
    operationId: 'getUserSettings',
    title: 'GET /exec/user/settings/<user>/ answers the settings',
    status: 200,
    request: (ctx) => get(ctx, `/exec/user/settings/${ctx.user.id}/`),
  },
];
