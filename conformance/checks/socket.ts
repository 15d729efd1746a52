import { randomBytes } from 'node:crypto';
import {
  ChatMessageFrameSchema,
  type ReMessageFrame,
  ReMessageFrameSchema,
} from '../../spec/schemas/socket.js';
import { bearer, httpCall, openSocket, type SocketSession } from '../client.js';
import { extraFields, judgeProblems, shapeErrors } from '../shape.js';
import {
  type Check,
  describeResponse,
  fail,
  pass,
  type RunContext,
  skip,
  type Verdict,
} from '../types.js';

const SECTION = 'Connecting and using the websocket';
const SENDING = 'Sending messages';

interface Exchange {
  error?: string;
  body: string;
  frame?: unknown;
  userSocket?: SocketSession;
  peerSocket?: SocketSession;
}

const withToken = (ctx: RunContext, token: string) =>
  `${ctx.wsUrl}${ctx.wsUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;

/** Opens both sockets, sends one uniquely-marked message user → peer, collects what arrives. Once per run. */
function exchange(ctx: RunContext): Promise<Exchange> {
  return ctx.once('socket:exchange', async () => {
    const body = `conformance ${randomBytes(6).toString('hex')}`;
    const [user, peer] = await Promise.all([
      openSocket(withToken(ctx, ctx.user.token), ctx.timeoutMs),
      openSocket(withToken(ctx, ctx.peer.token), ctx.timeoutMs),
    ]);
    if (!user.ok || !peer.ok) {
      for (const side of [user, peer]) if (side.ok) await side.session.close();
      return {
        body,
        error:
          `could not open both sockets: ${user.ok ? '' : `user: ${user.error}`} ${peer.ok ? '' : `peer: ${peer.error}`}`.trim(),
      };
    }
    const frame = ChatMessageFrameSchema.parse({
      action: 'chat_message',
      message_body: body,
      receiver_id: ctx.peer.id,
    });
    user.session.send(JSON.stringify(frame));
    const arrived = await peer.session.waitForFrame(
      (f) => (f as { message_body?: unknown })?.message_body === body,
      ctx.timeoutMs,
    );
    // Give a wrong delivery to the sender the same chance to show up before anyone looks.
    await user.session.waitForFrame(
      (f) => (f as { message_body?: unknown })?.message_body === body,
      200,
    );
    await Promise.all([user.session.close(), peer.session.close()]);
    return { body, frame: arrived, userSocket: user.session, peerSocket: peer.session };
  });
}

/** The delivered frame, parsed, or the verdict that says why there is none. */
async function deliveredFrame(
  ctx: RunContext,
): Promise<{ frame: ReMessageFrame } | { verdict: Verdict }> {
  const ex = await exchange(ctx);
  if (ex.error) return { verdict: fail('two open sockets', ex.error) };
  const parsed = ReMessageFrameSchema.safeParse(ex.frame);
  if (!parsed.success)
    return { verdict: skip('no well-formed re_message arrived; see socket.delivery') };
  return { frame: parsed.data };
}

export const SOCKET_CHECKS: Check[] = [
  {
    id: 'socket.handshake-without-token',
    title: 'The socket handshake without a token is refused with HTTP 403',
    docRef: 'production-notes.md: Errors outside the envelope',
    severity: 'error',
    async run(ctx) {
      const opened = await openSocket(ctx.wsUrl, ctx.timeoutMs);
      if (opened.ok) {
        await opened.session.close();
        return fail('HTTP 403 before the upgrade', 'the socket opened');
      }
      return opened.status === 403 ? pass() : fail('HTTP 403 before the upgrade', opened.error);
    },
  },
  {
    id: 'socket.handshake-with-token',
    title: 'The socket opens with ?token=<access token>',
    docRef: SECTION,
    severity: 'error',
    async run(ctx) {
      const opened = await openSocket(withToken(ctx, ctx.user.token), ctx.timeoutMs);
      if (!opened.ok) return fail('an open socket', opened.error);
      await opened.session.close();
      return pass();
    },
  },
  {
    id: 'socket.delivery',
    title: 'A chat_message from user to peer arrives at the peer as a re_message frame',
    docRef: SENDING,
    severity: 'error',
    writes: true,
    async run(ctx) {
      const ex = await exchange(ctx);
      if (ex.error) return fail('two open sockets', ex.error);
      if (ex.frame === undefined) {
        const seen = ex.peerSocket?.frames.length
          ? JSON.stringify(ex.peerSocket.frames).slice(0, 300)
          : 'nothing';
        return fail(
          `a re_message carrying "${ex.body}" within ${ctx.timeoutMs} ms`,
          `the peer received ${seen}`,
        );
      }
      const problems = shapeErrors(ReMessageFrameSchema, ex.frame);
      return judgeProblems('the documented re_message frame', problems);
    },
  },
  {
    id: 'socket.re-message-extra-fields',
    title: 'The re_message frame has no undocumented fields',
    docRef: SENDING,
    severity: 'warning',
    writes: true,
    async run(ctx) {
      const ex = await exchange(ctx);
      const extras = ex.frame === undefined ? [] : extraFields(ReMessageFrameSchema, ex.frame);
      return judgeProblems('only documented fields', extras);
    },
  },
  {
    id: 'socket.re-message-ids',
    title: 'The re_message names the right sender and receiver',
    docRef: SENDING,
    severity: 'error',
    writes: true,
    async run(ctx) {
      const got = await deliveredFrame(ctx);
      if ('verdict' in got) return got.verdict;
      const { sender_id, receiver_id } = got.frame;
      if (sender_id !== ctx.user.id)
        return fail(`sender_id ${ctx.user.id}`, `sender_id ${sender_id}`, '$.sender_id');
      if (receiver_id !== ctx.peer.id)
        return fail(`receiver_id ${ctx.peer.id}`, `receiver_id ${receiver_id}`, '$.receiver_id');
      return pass();
    },
  },
  {
    id: 'socket.no-echo-to-sender',
    title: "The sender's socket does not receive the frame meant for the peer",
    docRef: SENDING,
    severity: 'error',
    writes: true,
    async run(ctx) {
      const ex = await exchange(ctx);
      if (ex.error) return fail('two open sockets', ex.error);
      const echoed = ex.userSocket?.frames.find(
        (f) => (f as { message_body?: unknown })?.message_body === ex.body,
      );
      return echoed === undefined
        ? pass()
        : fail('nothing on the sender socket', JSON.stringify(echoed).slice(0, 300));
    },
  },
  {
    id: 'socket.message-in-history',
    title: "The delivered created_msg_id is in the peer's GET /chat/messages/<user>/",
    docRef: '1. Get Messages',
    severity: 'error',
    writes: true,
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
        return fail(`a message with id ${got.frame.created_msg_id}`, describeResponse(res));
      return stored.message === got.frame.message_body
        ? pass()
        : fail(
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
          return fail(
            `the ${who}'s thread with last_message ${JSON.stringify(got.frame.message_body)}`,
            thread ? `last_message ${JSON.stringify(thread.last_message)}` : describeResponse(res),
          );
        }
      }
      return pass();
    },
  },
];
