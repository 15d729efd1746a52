import { SETTINGS_UPDATED } from '../../../spec/routes/exec.js';
import type { Breakage, ProxiedResponse } from '../breaking-proxy.js';
import { mapJson } from '../conformance-run.js';
import type { Variant } from './variant.js';

const isSettings = (path: string) => path.startsWith('/exec/user/settings/');

/** Drops every settings change on its way to the server, then lets `answer` dress up the reply. */
function changeIgnored(answer?: (json: Record<string, unknown>) => void): () => Breakage {
  return () => ({
    request: (req) => {
      if (isSettings(req.path)) req.body = '';
    },
    response: (req, res: ProxiedResponse) =>
      answer && isSettings(req.path) && req.body !== ''
        ? mapJson(res, (json) => {
            answer(json as Record<string, unknown>);
            return json;
          })
        : res,
  });
}

/** "Change user settings": the answer, the value in it, and the value read back later. */
export const SETTINGS_VARIANTS: Variant[] = [
  {
    name: 'a settings change that is ignored',
    breakage: changeIgnored(),
    expect: [{ checks: /^changeUserSettings\.applies$/, rule: 'settings.message' }],
  },
  {
    name: 'a settings change answered as done but not applied',
    breakage: changeIgnored((json) => {
      json.message = SETTINGS_UPDATED;
    }),
    expect: [{ checks: /^changeUserSettings\.applies$/, rule: 'settings.applied' }],
  },
  {
    name: 'a settings change answered with the new value but never stored',
    breakage: changeIgnored((json) => {
      json.message = SETTINGS_UPDATED;
      const entity = json.entity as { can_trade_btc: boolean };
      entity.can_trade_btc = !entity.can_trade_btc;
    }),
    expect: [{ checks: /^changeUserSettings\.applies$/, rule: 'settings.read-back' }],
  },
];
