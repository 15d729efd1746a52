import { SettingsChangeSchema } from '../../spec/schemas/exec.js';
import { asCleanup } from '../client/evidence.js';
import { bearer, type HttpResult, httpCall } from '../client/http-client.js';
import type { RunContext } from '../model/types.js';
import type { HttpFuzzCase } from './http-cases.js';
import type { FuzzOperation } from './operations.js';

/** What a writing run changed that it must put back: coins it disabled. Settings are saved whole. */
export interface Changes {
  disabledCoins: Set<string>;
}

/** Notes a coin a generated case disabled, so the run enables it again at the end. */
export function noteChange(changes: Changes, op: FuzzOperation, c: HttpFuzzCase, res: HttpResult) {
  if (!op.operationId.startsWith('disableCoin') || !res.ok || res.status >= 300) return;
  const body = c.body && 'json' in c.body ? (c.body.json as { coin?: unknown }) : undefined;
  const coin = typeof body?.coin === 'string' ? body.coin : c.query.coin;
  if (coin) changes.disabledCoins.add(coin);
}

const settingsUrl = (ctx: RunContext, id: string) => `${ctx.baseUrl}/exec/user/settings/${id}/`;

/**
 * Runs `work`, then puts back what a writing run may have changed: both accounts' settings as
 * they were, and every coin it disabled enabled again. A read-only run changes nothing.
 */
export async function withStateRestored<T>(
  ctx: RunContext,
  changes: Changes,
  work: () => Promise<T>,
): Promise<T> {
  if (!ctx.allowWrites) return work();
  const headers = bearer(ctx.user.token);
  const fields = Object.keys(SettingsChangeSchema.shape);
  const saved = await asCleanup(() =>
    Promise.all(
      [ctx.user.id, ctx.peer.id].map(async (id) => {
        const res = await httpCall({ method: 'GET', url: settingsUrl(ctx, id), headers });
        const entity = res.ok
          ? (res.json as { entity?: Record<string, unknown> })?.entity
          : undefined;
        const settings = Object.fromEntries(
          fields.filter((f) => entity && f in entity).map((f) => [f, entity?.[f]]),
        );
        return { id, settings };
      }),
    ),
  );
  try {
    return await work();
  } finally {
    await asCleanup(async () => {
      for (const { id, settings } of saved)
        if (Object.keys(settings).length)
          await httpCall({ method: 'POST', url: settingsUrl(ctx, id), headers, body: settings });
      for (const coin of changes.disabledCoins)
        await httpCall({
          method: 'POST',
          url: `${ctx.baseUrl}/exec/coin/enable/`,
          headers,
          body: { coin },
        });
    });
  }
}
