import type { z } from '@hono/zod-openapi';
import { currentUser, login, refreshToken } from './auth.js';
import { getMessages, getUserThreads } from './chat.js';
import {
  changeUserSettingsPatch,
  changeUserSettingsPost,
  changeUserSettingsPut,
  disableCoin,
  disableCoinPost,
  enableCoin,
  enableCoinPost,
  getUserSettings,
} from './exec.js';
import { listDeposits, listTransactions, listWithdrawals } from './ledger.js';
import { listUsers } from './users.js';

/** Every HTTP operation of the contract, in the order the docs page lists them. */
export const ROUTES = [
  login,
  refreshToken,
  currentUser,
  getMessages,
  getUserThreads,
  listUsers,
  enableCoin,
  enableCoinPost,
  disableCoin,
  disableCoinPost,
  listTransactions,
  listDeposits,
  listWithdrawals,
  getUserSettings,
  changeUserSettingsPost,
  changeUserSettingsPut,
  changeUserSettingsPatch,
] as const;

export type ContractRoute = (typeof ROUTES)[number];

type OperationId = ContractRoute['operationId'];

/** The route object with this operationId. */
export function routeById(operationId: OperationId): ContractRoute {
  const route = ROUTES.find((r) => r.operationId === operationId);
  if (!route) throw new Error(`no operation ${operationId}`);
  return route;
}

/** The Zod schema of a documented response's JSON body, or undefined when the status is not documented. */
export function responseSchema(route: ContractRoute, status: number): z.ZodType | undefined {
  const response = (
    route.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>
  )[String(status)];
  return response?.content?.['application/json']?.schema as z.ZodType | undefined;
}

/**
 * The schema of a response the caller knows is documented: a missing one is a mistake to report,
 * never a check to skip silently.
 */
export function requiredResponseSchema(route: ContractRoute, status: number): z.ZodType {
  const schema = responseSchema(route, status);
  if (!schema) throw new Error(`${route.operationId} documents no JSON body for ${status}`);
  return schema;
}

/** The statuses the contract documents for a route. */
export function documentedStatuses(route: ContractRoute): number[] {
  return Object.keys(route.responses).map(Number);
}

/** The example the contract shows for a status (the docs' own, repaired), if any. */
export function documentedExample(route: ContractRoute, status: number): unknown {
  const response = (
    route.responses as Record<string, { content?: Record<string, { example?: unknown }> }>
  )[String(status)];
  return response?.content?.['application/json']?.example;
}
