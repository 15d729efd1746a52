import { SOCKET_PATH } from '../../spec/asyncapi.js';
import { LoginEntitySchema } from '../../spec/schemas/auth.js';
import { successEnvelope } from '../../spec/schemas/envelope.js';
import { UserSummarySchema } from '../../spec/schemas/users.js';
import { bearer, type HttpResult, httpCall } from '../client/http-client.js';
import { SetupError } from '../model/setup-error.js';
import { type Account, describeResponse, type RunContext } from '../model/types.js';
import { memo } from './run.js';

export { SetupError };

export interface Target {
  baseUrl: string;
  wsUrl?: string;
  user: { email: string; password: string } | { token: string };
  peer: { email: string; password: string } | { token: string };
  allowWrites: boolean;
  timeoutMs: number;
  expiredToken?: string;
  echoWindowMs?: number;
  jwtSecret?: string;
}

/**
 * Only what the run needs (ids, emails, tokens): a user whose other fields break the contract's
 * assumptions, or even the docs, must still be checkable; the checks judge the rest.
 */
const LoginResponseSchema = successEnvelope(
  LoginEntitySchema.pick({ token: true, refresh_token: true }).extend({
    user: UserSummarySchema.pick({ id: true }),
  }),
);
const CurrentUserResponseSchema = successEnvelope(
  UserSummarySchema.pick({ id: true, email: true }),
);

async function account(target: Target, who: 'user' | 'peer'): Promise<Account> {
  const given = target[who];
  if ('token' in given) {
    const res = await httpCall({
      method: 'GET',
      url: `${target.baseUrl}/auth/user/`,
      headers: bearer(given.token),
      timeoutMs: target.timeoutMs,
    });
    const me = res.ok ? CurrentUserResponseSchema.safeParse(res.json) : undefined;
    if (!me?.success)
      throw new SetupError(
        `the ${who} token was not accepted by GET /auth/user/: ${describeResponse(res)}`,
      );
    return { id: me.data.entity.id, email: me.data.entity.email, token: given.token };
  }
  const res = await httpCall({
    method: 'POST',
    url: `${target.baseUrl}/auth/login/`,
    body: given,
    timeoutMs: target.timeoutMs,
  });
  const login = res.ok ? LoginResponseSchema.safeParse(res.json) : undefined;
  if (!login?.success)
    throw new SetupError(
      `login as ${given.email} failed: ${describeResponse(res)}${prefixHint(target.baseUrl, res)}`,
    );
  const { user, token, refresh_token } = login.data.entity;
  return {
    id: user.id,
    email: given.email,
    password: given.password,
    token,
    refresh: refresh_token,
  };
}

/** A 404 under a base URL with a path: that path was read as the API's prefix, perhaps wrongly. */
function prefixHint(baseUrl: string, res: HttpResult): string {
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  if (!res.ok || res.status !== 404 || prefix === '') return '';
  return ` (the base URL's path ${prefix} was taken as an API prefix, so the login went to ${prefix}/auth/login/: if the API is at the host's root, drop ${prefix} from --base-url)`;
}

/** The default socket URL: the base URL's host, ws or wss, and the documented path. */
export function defaultWsUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = `${url.pathname.replace(/\/$/, '')}${SOCKET_PATH}`;
  return url.toString();
}

/** Checks the server answers at all, then logs in both accounts. Throws SetupError with one clear line. */
export async function prepareContext(given: Target): Promise<RunContext> {
  // `https://host/api/` and `https://host/api` are the same server: paths are appended to it.
  const target = { ...given, baseUrl: given.baseUrl.replace(/\/+$/, '') };
  const probe = await httpCall({
    method: 'GET',
    url: `${target.baseUrl}/auth/user/`,
    timeoutMs: target.timeoutMs,
  });
  if (!probe.ok) throw new SetupError(`cannot reach ${target.baseUrl}: ${probe.error}`);
  const [user, peer] = [await account(target, 'user'), await account(target, 'peer')];
  if (user.id === peer.id) throw new SetupError('--user and --peer must be two different accounts');
  return {
    baseUrl: target.baseUrl,
    wsUrl: target.wsUrl ?? defaultWsUrl(target.baseUrl),
    timeoutMs: target.timeoutMs,
    allowWrites: target.allowWrites,
    expiredToken: target.expiredToken,
    jwtSecret: target.jwtSecret,
    echoWindowMs: target.echoWindowMs,
    user,
    peer,
    once: memo(),
  };
}
