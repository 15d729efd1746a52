import { createRoute, z } from '@hono/zod-openapi';
import { DOCUMENTED } from '../schemas/documented.js';
import { success, successEnvelope } from '../schemas/envelope.js';
import {
  CoinBodySchema,
  CoinQuerySchema,
  SettingsChangeSchema,
  SettingsParamsSchema,
  TradingSettingsSchema,
} from '../schemas/exec.js';
import {
  authResponses,
  badRequestResponse,
  bearerSecurity,
  failureContent,
  jsonContent,
} from './responses.js';

export const INVALID_COIN = 'Invalid coin';
export const SETTINGS_UPDATED = 'User settings updated successfully';
export const INVALID_USER = 'Invalid user';
/** A change without a body (D71); a body that is not an object fails validation instead. */
export const SETTINGS_BODY_REQUIRED = 'A settings change needs a JSON object of flags';
export type CoinAction = 'enable' | 'disable';

/** "btc enabled successfully": the documented success message of both coin routes. */
export function coinChangedMessage(coin: string, action: CoinAction): string {
  return `${coin} ${action}d successfully`;
}

/** `x-standin-extension` marks what the stand-in accepts beyond the docs (DECISIONS.md D7, D8). */
const EXTENSION = 'Stand-in extension: production documents GET only.';

function coinRoute(action: CoinAction, method: 'get' | 'post') {
  const documented = method === 'get';
  return createRoute({
    operationId: `${action}Coin${documented ? '' : 'Post'}`,
    method,
    path: `/exec/coin/${action}/`,
    tags: ['Exec'],
    summary: `${action === 'enable' ? 'Enable' : 'Disable'} a coin${documented ? '' : ' (POST)'}`,
    description: documented
      ? 'Documented as GET with a JSON body (DECISIONS.md D7). The stand-in also reads the coin from a form body (D63) or `?coin=`, saying so in `X-Standin-Deviation`; `--strict` refuses both. Supported coins: D13.'
      : EXTENSION,
    'x-doc-section': `${action === 'enable' ? 'Enable' : 'Disable'} a coin`,
    'x-standin-extension': !documented,
    security: bearerSecurity,
    request: {
      query: CoinQuerySchema,
      // Required: a missing coin is 400 `Coin is required` (D7, D144); `?coin=` is the
      // stand-in's way around it for clients that cannot send a GET body.
      body: {
        required: true,
        content: { 'application/json': { schema: CoinBodySchema } },
      },
    },
    responses: {
      200: jsonContent(
        successEnvelope(z.null()),
        `Coin was ${action}d`,
        success(null, coinChangedMessage('btc', action)),
      ),
      ...badRequestResponse,
      404: failureContent('Coin is not supported', INVALID_COIN),
      ...authResponses,
    },
  });
}

export const enableCoin = coinRoute('enable', 'get');
export const enableCoinPost = coinRoute('enable', 'post');
export const disableCoin = coinRoute('disable', 'get');
export const disableCoinPost = coinRoute('disable', 'post');
export type CoinRoute = ReturnType<typeof coinRoute>;

const [documentedSettings] = DOCUMENTED.settings;

const settingsResponses = (message: string | null, description: string) => ({
  200: jsonContent(
    successEnvelope(TradingSettingsSchema),
    description,
    success(
      message === null ? documentedSettings : { ...documentedSettings, can_trade_btc: true },
      message,
    ),
  ),
  ...badRequestResponse,
  ...authResponses,
});

/**
 * The docs give read and change the same path and the same method, GET; the change carries a body
 * (DECISIONS.md D9). So GET without a body reads, GET with a body changes.
 */
export const getUserSettings = createRoute({
  operationId: 'getUserSettings',
  method: 'get',
  path: '/exec/user/settings/{user_id}/',
  tags: ['Exec'],
  summary: 'Get user settings (or change them, with a body)',
  description:
    'Returns the trading settings, creating defaults on first read (D11). With a JSON body it is "Change user settings", as documented (D9); the withdraw/deposit/transfer flags are stored but not echoed (D10).',
  'x-doc-section': 'Get user settings',
  security: bearerSecurity,
  request: {
    params: SettingsParamsSchema,
    // No body or JSON `null` reads; an object changes (D71, D144).
    body: {
      required: false,
      content: {
        'application/json': { schema: z.union([SettingsChangeSchema, z.null()]) },
      },
    },
  },
  responses: settingsResponses(null, 'successful'),
});

function changeSettingsRoute(method: 'post' | 'put' | 'patch') {
  return createRoute({
    operationId: `changeUserSettings${method[0]?.toUpperCase()}${method.slice(1)}`,
    method,
    path: '/exec/user/settings/{user_id}/',
    tags: ['Exec'],
    summary: `Change user settings (${method.toUpperCase()})`,
    description: `${EXTENSION} A partial update: absent flags keep their value (D9).`,
    'x-doc-section': 'Change user settings',
    'x-standin-extension': true,
    security: bearerSecurity,
    request: {
      params: SettingsParamsSchema,
      body: { required: true, content: { 'application/json': { schema: SettingsChangeSchema } } },
    },
    responses: settingsResponses(SETTINGS_UPDATED, 'successful'),
  });
}

export const changeUserSettingsPost = changeSettingsRoute('post');
export const changeUserSettingsPut = changeSettingsRoute('put');
export const changeUserSettingsPatch = changeSettingsRoute('patch');
export type GetUserSettingsRoute = typeof getUserSettings;
export type ChangeUserSettingsRoute = ReturnType<typeof changeSettingsRoute>;
