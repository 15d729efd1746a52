import { SETTINGS_FLAGS } from '../../spec/schemas/exec.js';
import { asCleanup } from '../client/evidence.js';
import { bearer, type HttpResult, httpCall } from '../client/http-client.js';
import { judgeShape } from '../judging/shape.js';
import { describeResponse, type RunContext } from '../model/types.js';
import { SettingsEnvelopeSchema } from './settings.js';

/** One way of sending a settings change: the documented one, then those a DRF server plausibly applies. */
export interface SettingsForm {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** How a report names it. */
  name: string;
  /** Sends only the changed flag (the documented partial change) or the complete settings object. */
  complete: boolean;
}

export const SETTINGS_FORMS: readonly SettingsForm[] = [
  { method: 'GET', name: 'GET with a JSON body (the documented form)', complete: false },
  { method: 'POST', name: 'POST with the complete settings object', complete: true },
  { method: 'PUT', name: 'PUT with the complete settings object', complete: true },
  { method: 'PATCH', name: 'PATCH with the complete settings object', complete: true },
];

export type Settings = Record<string, unknown> & { can_trade_btc: boolean; is_active: boolean };

/** A GET (or, with a change, the form's request) on `owner`'s settings as the holder of `token`. */
export const settingsCall = (
  ctx: RunContext,
  owner: string,
  token: string,
  change?: { form: SettingsForm; body: Record<string, unknown> },
) =>
  httpCall({
    method: change?.form.method ?? 'GET',
    url: `${ctx.baseUrl}/exec/user/settings/${owner}/`,
    headers: bearer(token),
    body: change?.body,
    timeoutMs: ctx.timeoutMs,
  });

/**
 * The settings in a 200, judged by what the docs state only: a field that breaks an assumption
 * (`phone_number: null`, D28) does not make an answer "not settings" (issue 20).
 */
export function settingsIn(res: HttpResult): Settings | undefined {
  if (!res.ok || res.status !== 200) return undefined;
  if (judgeShape('settings', SettingsEnvelopeSchema, res.json).outcome === 'fail') return undefined;
  return (res.json as { entity: Settings }).entity;
}

/** The body a form sends to set `changes` over `current`. */
export function changeBody(form: SettingsForm, current: Settings, changes: Partial<Settings>) {
  if (!form.complete) return changes;
  const flags = Object.fromEntries(
    SETTINGS_FLAGS.filter((flag) => flag in current).map((flag) => [flag, current[flag]]),
  );
  return { ...flags, ...changes };
}

/** What the user could do to the peer's settings, form by form; the value put back with the peer's token. */
export interface PeerChangeProbe {
  /** Why the probe could not run. */
  unavailable?: string;
  /** The first form that changed the peer's settings, with the user's answer. */
  worked?: { form: SettingsForm; answer: HttpResult };
  /** Each form tried, and what it answered. */
  tried: { form: SettingsForm; answer: string }[];
  /** Set when the peer's value could not be put back: what is left as it should not be. */
  notRestored?: string;
}

/** Puts the peer's `can_trade_btc` back with the peer's own token, trying `first`, then every form. */
async function restore(
  ctx: RunContext,
  original: Settings,
  first: SettingsForm,
): Promise<string | undefined> {
  for (const form of [first, ...SETTINGS_FORMS.filter((f) => f !== first)]) {
    const body = changeBody(form, original, { can_trade_btc: original.can_trade_btc });
    await asCleanup(() => settingsCall(ctx, ctx.peer.id, ctx.peer.token, { form, body }));
    const now = settingsIn(await asCleanup(() => settingsCall(ctx, ctx.peer.id, ctx.peer.token)));
    if (now?.can_trade_btc === original.can_trade_btc) return undefined;
  }
  return `the peer's can_trade_btc is still ${!original.can_trade_btc}: put it back to ${original.can_trade_btc} by hand`;
}

/**
 * Tries each form as the user on the peer's settings (flipping can_trade_btc), reads back with
 * the peer's token after each, stops at the first that changed them, and puts the value back with
 * the peer's token. Once per run: the deactivation checks need to know the way back too.
 */
export function probePeerChange(ctx: RunContext): Promise<PeerChangeProbe> {
  return ctx.once('authz:peer-change', async () => {
    const original = settingsIn(await settingsCall(ctx, ctx.peer.id, ctx.peer.token));
    if (!original)
      return {
        unavailable: "the peer's own settings could not be read; see getUserSettings",
        tried: [],
      };
    const tried: PeerChangeProbe['tried'] = [];
    for (const form of SETTINGS_FORMS) {
      const body = changeBody(form, original, { can_trade_btc: !original.can_trade_btc });
      const answer = await settingsCall(ctx, ctx.peer.id, ctx.user.token, { form, body });
      tried.push({ form, answer: describeResponse(answer).slice(0, 120) });
      const after = settingsIn(
        await asCleanup(() => settingsCall(ctx, ctx.peer.id, ctx.peer.token)),
      );
      if (after && after.can_trade_btc !== original.can_trade_btc) {
        const notRestored = await restore(ctx, original, form);
        return { worked: { form, answer }, tried, ...(notRestored ? { notRestored } : {}) };
      }
    }
    return { tried };
  });
}
