import { SETTINGS_UPDATED } from '../../spec/routes/exec.js';
import { successEnvelope } from '../../spec/schemas/envelope.js';
import { TradingSettingsSchema } from '../../spec/schemas/exec.js';
import { bearer, httpCall } from '../client.js';
import { describeProblems, shapeErrors } from '../shape.js';
import { describeResponse, fail, pass } from '../types.js';
const SettingsEnvelopeSchema = successEnvelope(TradingSettingsSchema);
/**
 * "Change user settings": flips can_trade_btc with the documented GET-with-body, reads it back,
 * then puts the original value back.
 */
export const SETTINGS_CHECKS = [
    {
        id: 'changeUserSettings.applies',
        title: 'Change user settings (GET with a JSON body) changes and returns the settings',
        docRef: 'Change user settings',
        severity: 'error',
        writes: true,
        async run(ctx) {
            const url = `${ctx.baseUrl}/exec/user/settings/${ctx.user.id}/`;
            const call = (body) => httpCall({
                method: 'GET',
                url,
                headers: bearer(ctx.user.token),
                body,
                timeoutMs: ctx.timeoutMs,
            });
            const before = await call();
            const current = before.ok ? SettingsEnvelopeSchema.safeParse(before.json) : undefined;
            if (!current?.success)
                return fail('the current settings (GET without a body)', describeResponse(before));
            const original = current.data.entity.can_trade_btc;
            const changed = await call({ can_trade_btc: !original });
            try {
                if (!changed.ok || changed.status !== 200)
                    return fail('Documented: 200', `Received: ${describeResponse(changed)}`);
                const problems = shapeErrors(SettingsEnvelopeSchema, changed.json);
                if (problems.length)
                    return fail('the settings envelope', describeProblems(problems), problems[0]?.path);
                const body = SettingsEnvelopeSchema.parse(changed.json);
                if (body.message !== SETTINGS_UPDATED)
                    return fail(JSON.stringify(SETTINGS_UPDATED), JSON.stringify(body.message), '$.message');
                if (body.entity.can_trade_btc === original)
                    return fail(`can_trade_btc: ${!original}`, `can_trade_btc: ${original}`, '$.entity.can_trade_btc');
                const reread = await call();
                const readBack = reread.ok ? SettingsEnvelopeSchema.safeParse(reread.json) : undefined;
                if (readBack?.data?.entity.can_trade_btc !== !original)
                    return fail(`a later read shows can_trade_btc: ${!original}`, describeResponse(reread));
                return pass();
            }
            finally {
                await call({ can_trade_btc: original });
            }
        },
    },
];
