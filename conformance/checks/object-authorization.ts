import { type Check, describeResponse, fail, failRule, pass, skip } from '../model/types.js';
import { probePeerChange, settingsCall, settingsIn } from './peer-settings.js';

/** The risk, in the words a report reader needs (OWASP API1, broken object level authorization). */
const RISK =
  "OWASP API1 (broken object level authorization): the docs let any logged-in user address any user's settings by id";

const refused = (status: number) => [401, 403, 404].includes(status);

/**
 * Advisories: the user reaching the peer's settings. The docs allow it, so these warn, never
 * fail, and say what an attacker could do with it. The peer's answer is classed by what the docs
 * state only (an assumption broken never turns a 200 into a skip), and a change is tried in every
 * form a DRF server plausibly applies, not only the documented one.
 */
export const OBJECT_AUTHORIZATION_CHECKS: Check[] = [
  {
    id: 'authz.peer-settings-read',
    title: "A user cannot read another user's trading settings",
    docRef: 'Get user settings',
    severity: 'warning',
    rules: ['authz.peer-read'],
    async run(ctx) {
      const res = await settingsCall(ctx, ctx.peer.id, ctx.user.token);
      if (res.ok && refused(res.status)) return pass();
      const settings = settingsIn(res);
      if (!settings) return skip(`neither settings nor a refusal: ${describeResponse(res)}`);
      const owner = (settings.user as { id?: unknown } | undefined)?.id;
      // The caller's own settings under the peer's id leak nothing of the peer's.
      if (owner === ctx.user.id) return pass();
      return fail(
        "a refusal (401, 403 or 404): a user's trading settings are theirs alone",
        `the user read the peer's settings (HTTP 200). Risk: ${RISK}, so anyone with an account can map every user's trading permissions`,
      );
    },
  },
  {
    id: 'authz.peer-settings-change',
    title: "A user cannot change another user's trading settings (in any form)",
    docRef: 'Change user settings',
    severity: 'warning',
    writes: true,
    rules: ['authz.peer-change'],
    async run(ctx) {
      const probe = await probePeerChange(ctx);
      if (probe.unavailable) return skip(probe.unavailable);
      if (!probe.worked) return pass();
      const { form, answer } = probe.worked;
      const restored = probe.notRestored
        ? ` NOT PUT BACK: ${probe.notRestored}.`
        : " The peer's value was put back with the peer's own token.";
      return {
        ...failRule(
          'authz.peer-change',
          `a refusal (401, 403 or 404) to every form (${probe.tried.map((t) => t.form.method).join(', ')}), the peer's settings unchanged`,
          `the user changed the peer's can_trade_btc with ${form.name} (${describeResponse(answer).slice(0, 200)}). Risk: ${RISK}, so anyone with an account can switch another user's trading on or off.${restored}`,
          '$.entity.can_trade_btc',
        ),
      };
    },
  },
];
