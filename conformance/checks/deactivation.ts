import { asCleanup } from '../client/evidence.js';
import { bearer, type HttpResult, httpCall, openSocket } from '../client/http-client.js';
import { undoOnInterrupt } from '../client/on-interrupt.js';
import {
  type Check,
  describeResponse,
  fail,
  failRule,
  pass,
  type RunContext,
  skip,
  type Verdict,
} from '../model/types.js';
import {
  changeBody,
  probePeerChange,
  SETTINGS_FORMS,
  type Settings,
  type SettingsForm,
  settingsCall,
  settingsIn,
} from './peer-settings.js';
import { withToken } from './socket/exchange.js';

/** What the peer's credentials did while the peer was deactivated, and whether it came back. */
interface Deactivation {
  unavailable?: string;
  access?: HttpResult;
  refresh?: HttpResult;
  socket?: { opened: boolean; error?: string };
  login?: HttpResult;
  /** Set when the peer could not be reactivated: what to do by hand. */
  notReactivated?: string;
}

const active = (res: HttpResult) => settingsIn(res)?.is_active;

/** Reactivates the peer as the user (the way back the probe saw work), then by every other form. */
async function reactivate(ctx: RunContext, before: Settings, first: SettingsForm) {
  for (const form of [first, ...SETTINGS_FORMS.filter((f) => f !== first)]) {
    const body = changeBody(form, before, { is_active: true });
    const answer = await settingsCall(ctx, ctx.peer.id, ctx.user.token, { form, body });
    if (active(answer) === true) return true;
    if (active(await settingsCall(ctx, ctx.peer.id, ctx.user.token)) === true) return true;
  }
  return false;
}

/** Tries each of the peer's credentials while deactivated. */
async function tryCredentials(ctx: RunContext): Promise<Omit<Deactivation, 'unavailable'>> {
  const call = (method: string, path: string, body?: unknown, token?: string) =>
    httpCall({
      method,
      url: `${ctx.baseUrl}${path}`,
      headers: token ? bearer(token) : {},
      body,
      timeoutMs: ctx.timeoutMs,
    });
  const access = await call('GET', '/auth/user/', undefined, ctx.peer.token);
  const refresh = ctx.peer.refresh
    ? await call('POST', '/auth/token/refresh/', { refresh: ctx.peer.refresh })
    : undefined;
  const opened = await openSocket(withToken(ctx, ctx.peer.token), ctx.timeoutMs, { label: 'peer' });
  if (opened.ok) await opened.session.close();
  const login =
    ctx.peer.email && ctx.peer.password
      ? await call('POST', '/auth/login/', { email: ctx.peer.email, password: ctx.peer.password })
      : undefined;
  return {
    access,
    refresh,
    socket: opened.ok ? { opened: true } : { opened: false, error: opened.error },
    login,
  };
}

/**
 * Deactivates the peer with `is_active: false` through the form the user was seen to apply to the
 * peer's settings (the way back is then known to exist), tries the peer's credentials, and always
 * reactivates: in `finally`, and on Ctrl-C or a crash. Once per run.
 */
function deactivation(ctx: RunContext): Promise<Deactivation> {
  return ctx.once('deactivation', async () => {
    const probe = await probePeerChange(ctx);
    if (probe.unavailable) return { unavailable: probe.unavailable };
    if (!probe.worked)
      return {
        unavailable:
          "needs a way back: on this server the user cannot change the peer's settings (see authz.peer-settings-change), and a deactivated peer cannot reactivate itself; check deactivated accounts with an admin",
      };
    const { form } = probe.worked;
    const before = settingsIn(await settingsCall(ctx, ctx.peer.id, ctx.peer.token));
    if (!before?.is_active) return { unavailable: "the peer's settings do not show it active" };
    const undo = () => asCleanup(() => reactivate(ctx, before, form));
    const release = undoOnInterrupt(
      undo,
      `reactivating the peer (${ctx.peer.email ?? ctx.peer.id})`,
    );
    let reactivated = false;
    try {
      const body = changeBody(form, before, { is_active: false });
      const answer = await settingsCall(ctx, ctx.peer.id, ctx.user.token, { form, body });
      const seen =
        active(answer) === false ||
        active(await asCleanup(() => settingsCall(ctx, ctx.peer.id, ctx.user.token))) === false;
      if (!seen)
        return {
          unavailable: `the deactivation (${form.name}, is_active: false) was not seen to apply: ${describeResponse(answer).slice(0, 200)}`,
        };
      return await tryCredentials(ctx);
    } finally {
      reactivated = await undo();
      release();
      if (!reactivated) {
        const notReactivated = `the peer ${ctx.peer.email ?? ctx.peer.id} could NOT be reactivated: set is_active true on its settings by hand`;
        // biome-ignore lint/correctness/noUnsafeFinally: the one fact that must reach the report.
        return { unavailable: notReactivated, notReactivated };
      }
    }
  });
}

const RISK =
  'a deactivated account keeps its access: deactivation (support locking a compromised or departed account) does not lock it out';

/** A deactivation check of one credential: a warning when it was accepted. */
function credentialCheck(name: string, title: string, judge: (d: Deactivation) => Verdict): Check {
  return {
    id: `deactivated.${name}`,
    title: `A deactivated user's ${title}`,
    docRef: 'Change user settings',
    severity: 'warning',
    writes: true,
    rules: ['deactivated.accepted'],
    async run(ctx) {
      const d = await deactivation(ctx);
      return d.unavailable ? skip(d.unavailable) : judge(d);
    },
  };
}

const accepted = (what: string, detail: string) =>
  failRule('deactivated.accepted', `${what} refused`, `${detail}. Risk: ${RISK}`);

/** Deactivated accounts (with --allow-writes): every credential of the peer refused, and the peer back. */
export const DEACTIVATION_CHECKS: Check[] = [
  credentialCheck('access-token', 'access token is refused over HTTP', ({ access }) =>
    access?.ok && access.status < 300
      ? accepted('GET /auth/user/ with the access token', describeResponse(access))
      : pass(),
  ),
  credentialCheck('refresh-token', 'refresh token gets no new access token', ({ refresh }) => {
    if (!refresh) return skip("needs the peer's refresh token (log in with --peer)");
    return refresh.ok && refresh.status < 300
      ? accepted('POST /auth/token/refresh/ with the refresh token', describeResponse(refresh))
      : pass();
  }),
  credentialCheck('socket', 'access token cannot open the socket', ({ socket }) =>
    socket?.opened ? accepted('the socket handshake', 'the socket opened') : pass(),
  ),
  credentialCheck('login', 'password cannot log in', ({ login }) => {
    if (!login) return skip("needs the peer's password (--peer EMAIL:PASSWORD)");
    return login.ok && login.status < 300
      ? accepted('POST /auth/login/', describeResponse(login))
      : pass();
  }),
  {
    id: 'deactivated.reactivated',
    title: 'The deactivated peer was reactivated after the checks',
    docRef: 'Change user settings',
    severity: 'error',
    writes: true,
    async run(ctx) {
      const d = await deactivation(ctx);
      if (d.notReactivated) return fail('the peer active again', d.notReactivated);
      return d.unavailable ? skip(d.unavailable) : pass();
    },
  },
];
