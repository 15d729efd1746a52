import type { Breakage } from '../breaking-proxy.js';
import { mapJson } from '../conformance-run.js';
import type { Variant } from './variant.js';

type Entity = { entity?: unknown };
const idOf = (user: unknown) => (user as { id?: unknown } | null)?.id ?? user;

/**
 * A fresh server: no history and no threads until a message is sent over the socket, and then a
 * participant shape of its own (ids where the docs show user objects, as a DRF serializer's
 * default PrimaryKeyRelatedField writes them). An empty list must not pass for a checked one.
 */
function freshServer(): Breakage {
  let sent = false;
  return {
    clientFrame: (data) => {
      if (data.includes('chat_message')) sent = true;
      return undefined;
    },
    response: (req, res) =>
      mapJson(res, (json) => {
        const entity = (json as Entity)?.entity;
        if (req.path.startsWith('/chat/messages/') && entity && typeof entity === 'object') {
          const box = entity as { messages: Record<string, unknown>[] };
          if (!sent) box.messages = [];
          for (const m of box.messages)
            Object.assign(m, { sender: idOf(m.sender), receiver: idOf(m.receiver) });
        }
        if (req.path.startsWith('/chat/get-user-threads/') && Array.isArray(entity)) {
          const threads = entity as Record<string, unknown>[];
          if (!sent) threads.length = 0;
          for (const t of threads)
            Object.assign(t, { user_one: idOf(t.user_one), user_two: idOf(t.user_two) });
        }
        return json;
      }),
  };
}

/** Checks over lists: never a pass on nothing (issue 20). */
export const FRESH_VARIANTS: Variant[] = [
  {
    name: 'a fresh server whose history is empty until a message is sent, with its own participant shape',
    breakage: freshServer,
    expect: [{ checks: /^(getMessages\.peer|getUserThreads\.ok):schema$/, rule: 'schema.type' }],
  },
  {
    name: 'the same fresh server, read-only: nothing to validate is a skip, not a pass',
    readOnly: true,
    breakage: freshServer,
    expect: [
      { checks: /^(getMessages\.peer|getUserThreads\.ok):(schema|extra-fields)$/, outcome: 'skip' },
    ],
  },
];
