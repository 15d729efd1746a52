import { randomBytes } from 'node:crypto';
import {
  ChatMessageFrameSchema,
  type ReMessageFrame,
  ReMessageFrameSchema,
} from '../../../spec/schemas/socket.js';
import { openSocket, type SocketSession } from '../../client/http-client.js';
import { findNested } from '../../judging/nested.js';
import { type RunContext, skip, type Verdict } from '../../model/types.js';

export const SECTION = 'Connecting and using the websocket';
export const SENDING = 'Sending messages';

/** The shortest no-echo window, when `--echo-window` does not set another. */
export const ECHO_WINDOW_FLOOR_MS = 1000;
/** The window is this many times the measured delivery time, when that is longer than the floor. */
export const ECHO_WINDOW_FACTOR = 5;

/**
 * How long the sender's socket is watched for an echo after sending: a multiple of how long the
 * server took to deliver to the peer, never less than the floor. A late echo is still an echo (D31).
 */
export function echoWindowMs(deliveryMs: number, floorMs = ECHO_WINDOW_FLOOR_MS): number {
  return Math.max(floorMs, Math.ceil(ECHO_WINDOW_FACTOR * deliveryMs));
}

/** What one user → peer message did: the frame the peer got, and both sockets' records. */
export interface Exchange {
  error?: string;
  body: string;
  frame?: unknown;
  /** Milliseconds from sending to the peer's frame arriving. */
  deliveryMs?: number;
  /** How long the sender's socket was watched, from sending. */
  echoWindowMs?: number;
  /** Where the message sat inside `frame`: `$` at the top, as documented, or deeper when wrapped. */
  foundAt?: string;
  userSocket?: SocketSession;
  peerSocket?: SocketSession;
}

/** The socket URL with `token` as its query parameter, as the docs connect. */
export const withToken = (ctx: RunContext, token: string) =>
  `${ctx.wsUrl}${ctx.wsUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;

const isMessage = (body: string) => (f: unknown) =>
  (f as { message_body?: unknown } | null)?.message_body === body;
/** A frame carrying the message anywhere inside it: a wrapped frame is found, then reported as such. */
const carries = (body: string) => (f: unknown) => findNested(f, isMessage(body)) !== undefined;

/** Opens both sockets, sends one uniquely-marked message user → peer, collects what arrives. Once per run. */
export function exchange(ctx: RunContext): Promise<Exchange> {
  return ctx.once('socket:exchange', async () => {
    const body = `conformance ${randomBytes(6).toString('hex')}`;
    const [user, peer] = await Promise.all([
      openSocket(withToken(ctx, ctx.user.token), ctx.timeoutMs, { label: 'user' }),
      openSocket(withToken(ctx, ctx.peer.token), ctx.timeoutMs, { label: 'peer' }),
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
    const sentAt = performance.now();
    user.session.send(JSON.stringify(frame));
    const arrived = await peer.session.waitForFrame(carries(body), ctx.timeoutMs);
    const deliveryMs = arrived === undefined ? undefined : performance.now() - sentAt;
    const window = echoWindowMs(deliveryMs ?? 0, ctx.echoWindowMs);
    await user.session.waitForFrame(
      carries(body),
      Math.max(0, sentAt + window - performance.now()),
    );
    await Promise.all([user.session.close(), peer.session.close()]);
    return {
      body,
      frame: arrived,
      foundAt: arrived === undefined ? undefined : findNested(arrived, isMessage(body)),
      deliveryMs: deliveryMs === undefined ? undefined : Math.round(deliveryMs),
      echoWindowMs: window,
      userSocket: user.session,
      peerSocket: peer.session,
    };
  });
}

/** The delivered frame, parsed, or the verdict that says why there is none. */
export async function deliveredFrame(
  ctx: RunContext,
): Promise<{ frame: ReMessageFrame } | { verdict: Verdict }> {
  const ex = await exchange(ctx);
  if (ex.error) return { verdict: skip(`no open sockets (${ex.error}); see socket.delivery`) };
  const parsed = ReMessageFrameSchema.safeParse(ex.frame);
  if (!parsed.success)
    return { verdict: skip('no well-formed re_message arrived; see socket.delivery') };
  return { frame: parsed.data };
}
