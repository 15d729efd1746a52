import { randomBytes, randomUUID } from 'node:crypto';
import {
  OBSERVATION_QUESTIONS,
  type ObservationId,
  type Observed,
} from '../../../spec/schemas/observations.js';
import { openSocket, type SocketSession } from '../../client/http-client.js';
import { type Check, type RunContext, skip, type Verdict } from '../../model/types.js';
import { ECHO_WINDOW_FLOOR_MS, withToken } from '../socket/exchange.js';
import { observed, SILENT } from './verdict.js';

type SocketReaction = Extract<Observed, { channel: 'socket' }>;

/** How long a frame's answer is waited for: the echo window, as for the no-echo check (D31). */
const windowOf = (ctx: RunContext) => ctx.echoWindowMs ?? ECHO_WINDOW_FLOOR_MS;

/** The first thing a socket did after a frame: an error (or any) frame, a close, or nothing. */
function reactionOf(session: SocketSession): SocketReaction {
  const frame = session.frames[0];
  if (frame !== undefined) {
    const code = (frame as { code?: unknown } | null)?.code;
    return {
      channel: 'socket',
      reaction: 'error-frame',
      ...(typeof code === 'string' ? { error_code: code } : {}),
      frame: typeof frame === 'string' ? frame : JSON.stringify(frame).slice(0, 500),
    };
  }
  const closed = session.closedWith();
  if (closed)
    return {
      channel: 'socket',
      reaction: 'close',
      close_code: closed.code,
      ...(closed.reason ? { close_reason: closed.reason } : {}),
    };
  return { channel: 'socket', reaction: 'silence' };
}

/** Opens the user's socket, sends one frame, and records how the socket reacted within the window. */
async function reactionTo(
  ctx: RunContext,
  id: ObservationId,
  frame: (ctx: RunContext) => string | Buffer,
): Promise<Verdict> {
  const opened = await openSocket(withToken(ctx, ctx.user.token), ctx.timeoutMs, { label: 'user' });
  if (!opened.ok) return skip(`the user's socket did not open (${opened.error})`);
  const { session } = opened;
  session.send(frame(ctx));
  await session.waitUntil(
    () => session.frames.length > 0 || session.closedWith() !== undefined,
    windowOf(ctx),
  );
  const answer = reactionOf(session);
  await session.close();
  return observed(id, answer);
}

const chat = (fields: Record<string, unknown>) =>
  JSON.stringify({ action: 'chat_message', message_body: 'conformance observation', ...fields });

/** What a frame to yourself did: to the sender, and to the sender's other socket. */
async function messageToSelf(ctx: RunContext): Promise<Verdict> {
  const [sender, other] = await Promise.all(
    ['user', 'user (second socket)'].map((label) =>
      openSocket(withToken(ctx, ctx.user.token), ctx.timeoutMs, { label }),
    ),
  );
  if (!sender?.ok || !other?.ok) {
    for (const side of [sender, other]) if (side?.ok) await side.session.close();
    return skip("the user's two sockets did not both open");
  }
  const body = `conformance to self ${randomBytes(6).toString('hex')}`;
  const carries = (f: unknown) => JSON.stringify(f ?? null).includes(body);
  const started = performance.now();
  sender.session.send(chat({ message_body: body, receiver_id: ctx.user.id }));
  const reacted = () =>
    sender.session.frames.length > 0 ||
    sender.session.closedWith() !== undefined ||
    other.session.frames.some(carries);
  await Promise.race([
    sender.session.waitUntil(reacted, windowOf(ctx)),
    other.session.waitUntil(reacted, windowOf(ctx)),
  ]);
  const toOwn = other.session.frames.some(carries);
  // Delivered to the other socket: watch the sender for an echo for the rest of the window.
  if (toOwn)
    await sender.session.waitForFrame(
      carries,
      Math.max(0, started + windowOf(ctx) - performance.now()),
    );
  const echoed = sender.session.frames.some(carries);
  await Promise.all([sender.session.close(), other.session.close()]);
  if (toOwn || echoed)
    return observed('socket.message-to-self', {
      channel: 'socket',
      reaction: 'delivered',
      to_own_sockets: toOwn,
      echoed_to_sender: echoed,
    });
  return observed('socket.message-to-self', reactionOf(sender.session));
}

const socketObservation = (
  id: ObservationId,
  frame: (ctx: RunContext) => string | Buffer,
): Check => ({
  id: `observe.${id}`,
  title: OBSERVATION_QUESTIONS[id],
  docRef: SILENT,
  severity: 'warning',
  observes: true,
  run: (ctx) => reactionTo(ctx, id, frame),
});

/** The socket where the docs are silent: what it does with frames it cannot act on. */
export const SOCKET_OBSERVATIONS: Check[] = [
  socketObservation('socket.malformed-json', () => '{"action": "chat_message", '),
  socketObservation('socket.missing-field', (ctx) =>
    JSON.stringify({ action: 'chat_message', receiver_id: ctx.peer.id }),
  ),
  socketObservation('socket.receiver-not-uuid', () => chat({ receiver_id: 'not-a-uuid' })),
  socketObservation('socket.receiver-unknown', () => chat({ receiver_id: randomUUID() })),
  socketObservation('socket.unknown-action', (ctx) =>
    JSON.stringify({ action: 'conformance_unknown', receiver_id: ctx.peer.id }),
  ),
  socketObservation('socket.binary-frame', (ctx) =>
    Buffer.from(chat({ receiver_id: ctx.peer.id })),
  ),
  {
    id: 'observe.socket.message-to-self',
    title: OBSERVATION_QUESTIONS['socket.message-to-self'],
    docRef: SILENT,
    severity: 'warning',
    observes: true,
    // A server may store a message to yourself: only with --allow-writes.
    writes: true,
    run: messageToSelf,
  },
];
