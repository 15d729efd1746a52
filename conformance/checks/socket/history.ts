import { bearer, httpCall } from '../../client/http-client.js';
import { type Check, describeResponse, failRule, pass } from '../../model/types.js';
import { deliveredFrame } from './exchange.js';

/** After delivery, the HTTP side agrees: the message is in the history and the threads. */
export const HISTORY_CHECKS: Check[] = [
  {
    id: 'socket.message-in-history',
    title: "The delivered created_msg_id is in the peer's GET /chat/messages/<user>/",
    docRef: '1. Get Messages',
    severity: 'error',
    writes: true,
    rules: ['history.stored', 'history.body'],
    async run(ctx) {
      const got = await deliveredFrame(ctx);
      if ('verdict' in got) return got.verdict;
      const res = await httpCall({
        method: 'GET',
        url: `${ctx.baseUrl}/chat/messages/${ctx.user.id}/`,
        headers: bearer(ctx.peer.token),
        timeoutMs: ctx.timeoutMs,
      });
      const messages =
        (res.ok
          ? (res.json as { entity?: { messages?: { id?: unknown; message?: unknown }[] } })?.entity
              ?.messages
          : undefined) ?? [];
      const stored = messages.find((m) => m.id === got.frame.created_msg_id);
      if (!stored)
        return failRule(
          'history.stored',
          `a message with id ${got.frame.created_msg_id}`,
          describeResponse(res),
        );
      return stored.message === got.frame.message_body
        ? pass()
        : failRule(
            'history.body',
            JSON.stringify(got.frame.message_body),
            JSON.stringify(stored.message),
            '$.entity.messages[].message',
          );
    },
  },
  {
    id: 'socket.thread-last-message',
    title: "Both users' thread lists show the thread with the new last message",
    docRef: '3. Get user threads',
    severity: 'error',
    writes: true,
    rules: ['thread.last-message'],
    async run(ctx) {
      const got = await deliveredFrame(ctx);
      if ('verdict' in got) return got.verdict;
      for (const [who, account, other] of [
        ['user', ctx.user, ctx.peer],
        ['peer', ctx.peer, ctx.user],
      ] as const) {
        const res = await httpCall({
          method: 'GET',
          url: `${ctx.baseUrl}/chat/get-user-threads/`,
          headers: bearer(account.token),
          timeoutMs: ctx.timeoutMs,
        });
        const threads = (res.ok ? (res.json as { entity?: unknown })?.entity : undefined) as
          | { user_one?: { id?: string }; user_two?: { id?: string }; last_message?: unknown }[]
          | undefined;
        const thread = Array.isArray(threads)
          ? threads.find((t) => [t.user_one?.id, t.user_two?.id].includes(other.id))
          : undefined;
        if (thread?.last_message !== got.frame.message_body) {
          return failRule(
            'thread.last-message',
            `the ${who}'s thread with last_message ${JSON.stringify(got.frame.message_body)}`,
            thread ? `last_message ${JSON.stringify(thread.last_message)}` : describeResponse(res),
          );
        }
      }
      return pass();
    },
  },
];
