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
