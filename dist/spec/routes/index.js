import { currentUser, login, refreshToken } from './auth.js';
import { getMessages, getUserThreads } from './chat.js';
import { changeUserSettingsPatch, changeUserSettingsPost, changeUserSettingsPut, disableCoin, disableCoinPost, enableCoin, enableCoinPost, getUserSettings, } from './exec.js';
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
];
/** The route object with this operationId. */
export function routeById(operationId) {
    const route = ROUTES.find((r) => r.operationId === operationId);
    if (!route)
        throw new Error(`no operation ${operationId}`);
    return route;
}
/** The Zod schema of a documented response's JSON body, or undefined when the status is not documented. */
export function responseSchema(route, status) {
    const response = route.responses[String(status)];
    return response?.content?.['application/json']?.schema;
}
/** The statuses the contract documents for a route. */
export function documentedStatuses(route) {
    return Object.keys(route.responses).map(Number);
}
/** The example the contract shows for a status (the docs' own, repaired), if any. */
export function documentedExample(route, status) {
    const response = route.responses[String(status)];
    return response?.content?.['application/json']?.example;
}
