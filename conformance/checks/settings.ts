import { SETTINGS_UPDATED } from '../../spec/routes/exec.js';
import { successEnvelope } from '../../spec/schemas/envelope.js';
import { TradingSettingsSchema } from '../../spec/schemas/exec.js';
import { asCleanup } from '../client/evidence.js';
import { bearer, type HttpResult, httpCall } from '../client/http-client.js';
import { judgeShape } from '../judging/shape.js';
import { type Check, describeResponse, failRule, pass, type Verdict } from '../model/types.js';

export const SettingsEnvelopeSchema = successEnvelope(TradingSettingsSchema);
/** Only the flag the check flips: a read must not fail on fields another check judges. */
const FlagEnvelopeSchema = successEnvelope(TradingSettingsSchema.pick({ can_trade_btc: true }));

const flagIn = (res: HttpResult) =>
  res.ok ? FlagEnvelopeSchema.safeParse(res.json).data?.entity.can_trade_btc : undefined;

/**
 * "Change user settings": flips can_trade_btc with the documented GET-with-body, checks the answer
 * and a later read both show the new value, then puts the original value back.
 */
export const SETTINGS_CHECKS: Check[] = [
  {
    id: 'changeUserSettings.applies',
    title: 'Change user settings (GET with a JSON body) changes and returns the settings',
    docRef: 'Change user settings',
    severity: 'error',
    writes: true,
    rules: [
      'settings.read',
      'settings.status',
      'settings.shape',
      'settings.message',
      'settings.applied',
      'settings.read-back',
    ],
    async run(ctx) {
      const url = `${ctx.baseUrl}/exec/user/settings/${ctx.user.id}/`;
      const call = (body?: unknown) =>
        httpCall({
          method: 'GET',
          url,
          headers: bearer(ctx.user.token),
          body,
          timeoutMs: ctx.timeoutMs,
        });
      const before = await call();
      const original = flagIn(before);
      if (original === undefined)
        return failRule(
          'settings.read',
          'the current settings (GET without a body)',
          describeResponse(before),
        );
      const wanted = !original;
      const changed = await call({ can_trade_btc: wanted });
      try {
        if (!changed.ok || changed.status !== 200)
          return failRule(
            'settings.status',
            'Documented: 200',
            `Received: ${describeResponse(changed)}`,
          );
        const shape: Verdict = judgeShape(
          'the settings envelope',
          SettingsEnvelopeSchema,
          changed.json,
        );
        if (shape.outcome === 'fail') return { ...shape, rule: 'settings.shape' };
        const message = (changed.json as { message?: unknown }).message;
        if (message !== SETTINGS_UPDATED)
          return failRule(
            'settings.message',
            JSON.stringify(SETTINGS_UPDATED),
            JSON.stringify(message),
            '$.message',
          );
        const answered = flagIn(changed);
        if (answered !== wanted)
          return failRule(
            'settings.applied',
            `can_trade_btc: ${wanted} in the answer`,
            `can_trade_btc: ${answered}`,
            '$.entity.can_trade_btc',
          );
        const reread = await call();
        const readBack = flagIn(reread);
        if (readBack !== wanted)
          return failRule(
            'settings.read-back',
            `a later read shows can_trade_btc: ${wanted}`,
            readBack === undefined ? describeResponse(reread) : `can_trade_btc: ${readBack}`,
            '$.entity.can_trade_btc',
          );
        // Applied and read back; an answer that broke only assumptions still says so.
        return shape.outcome === 'unconfirmed' ? { ...shape, rule: 'settings.shape' } : pass();
      } finally {
        await asCleanup(() => call({ can_trade_btc: original }));
      }
    },
  },
];
