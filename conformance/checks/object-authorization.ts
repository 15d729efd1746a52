import { asCleanup } from '../client/evidence.js';
import { bearer, type HttpResult, httpCall } from '../client/http-client.js';
import { type Check, describeResponse, fail, pass, type RunContext, skip } from '../model/types.js';
import { SettingsEnvelopeSchema } from './settings.js';

/** The risk, in the words a report reader needs (OWASP API1, broken object level authorization). */
const RISK =
  "OWASP API1 (broken object level authorization): the docs let any logged-in user address any user's settings by id";

const settingsOf = (ctx: RunContext, owner: string, token: string, change?: unknown) =>
  httpCall({
    method: 'GET',
    url: `${ctx.baseUrl}/exec/user/settings/${owner}/`,
    headers: bearer(token),
    body: change,
    timeoutMs: ctx.timeoutMs,
  });

const refused = (res: HttpResult) => res.ok && [401, 403, 404].includes(res.status);
const settingsIn = (res: HttpResult) =>
  res.ok && res.status === 200
    ? SettingsEnvelopeSchema.safeParse(res.json).data?.entity
    : undefined;

/**
 * Advisories: the user reaching the peer's settings. The docs allow it, so these warn, never
 * fail, and say what an attacker could do with it.
 */
export const OBJECT_AUTHORIZATION_CHECKS: Check[] = [
  {
    id: 'authz.peer-settings-read',
    title: "A user cannot read another user's trading settings",
    docRef: 'Get user settings',
    severity: 'warning',
    async run(ctx) {
      const res = await settingsOf(ctx, ctx.peer.id, ctx.user.token);
      if (refused(res)) return pass();
      if (!settingsIn(res)) return skip(`neither settings nor a refusal: ${describeResponse(res)}`);
      return fail(
        "a refusal (401, 403 or 404): a user's trading settings are theirs alone",
        `the user read the peer's settings (HTTP 200). Risk: ${RISK}, so anyone with an account can map every user's trading permissions`,
      );
    },
  },
  {
    id: 'authz.peer-settings-change',
    title: "A user cannot change another user's trading settings",
    docRef: 'Change user settings',
    severity: 'warning',
    writes: true,
    async run(ctx) {
      const before = settingsIn(await settingsOf(ctx, ctx.peer.id, ctx.peer.token));
      if (!before) return skip("the peer's own settings could not be read; see getUserSettings");
      const original = before.can_trade_btc;
      try {
        const attempt = await settingsOf(ctx, ctx.peer.id, ctx.user.token, {
          can_trade_btc: !original,
        });
        const after = settingsIn(
          await asCleanup(() => settingsOf(ctx, ctx.peer.id, ctx.peer.token)),
        );
        if (!after) return skip("the peer's settings could not be read back");
        if (after.can_trade_btc === original)
          return refused(attempt) || attempt.ok ? pass() : skip(describeResponse(attempt));
        return fail(
          "a refusal (401, 403 or 404), the peer's settings unchanged",
          `the user flipped the peer's can_trade_btc to ${!original} (${describeResponse(attempt)}). Risk: ${RISK}, so anyone with an account can switch another user's trading on or off`,
          '$.entity.can_trade_btc',
        );
      } finally {
        await asCleanup(() =>
          settingsOf(ctx, ctx.peer.id, ctx.peer.token, { can_trade_btc: original }),
        );
      }
    },
  },
];
