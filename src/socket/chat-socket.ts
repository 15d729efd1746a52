import type { createNodeWebSocket } from '@hono/node-ws';
import type { Context, MiddlewareHandler } from 'hono';
import type { WSContext } from 'hono/ws';
import {
  type ErrorFrame,
  FRAME_MAX_BYTES,
  type ReMessageFrame,
  SLOW_READER_CLOSE,
} from '../../spec/schemas/socket.js';
import { authenticateToken } from '../auth/authenticate.js';
import type { AppEnv } from '../http/hono-env.js';
import type { LogLine } from '../http/request-log.js';
import type { Policies } from '../policy/policies.js';
import type { RecordSocketEvent } from '../state/request-journal.js';
import type { Store } from '../store/index.js';
import { httpTimestamp, nowMicros, socketTimestamp } from '../store/timestamps.js';
import { BoundedSink } from './bounded-sink.js';
import { errorFrame, parseClientFrame } from './frames.js';
import type { MessageWriter } from './message-writer.js';
import { refusalFor } from './refusal.js';
import type { ConnectionRegistry } from './registry.js';

export interface ChatSocketDeps {
  store: Store;
  secret: () => string;
  registry: ConnectionRegistry<BoundedSink>;
  writer: MessageWriter;
  /** One line per socket event; absent with --quiet, so nothing is formatted for no one. */
  log?: LogLine;
  /** Frames a client may leave unread before its socket is closed (D91). */
  maxUnreadBytes: number;
  /** The journal's ear: open, frames in, replies, errors, close (deliveries: `delivery.ts`). */
  record: RecordSocketEvent;
  /** What a refused frame and a message to yourself get (D120, D121); default: lenient. */
  policies: Pick<Policies, 'socket' | 'selfMessage'>;
}

/** Refuses the handshake with 403 before the upgrade when `?token=` is missing or bad. */
export function socketHandshake({
  store,
  secret,
}: Pick<ChatSocketDeps, 'store' | 'secret'>): MiddlewareHandler<AppEnv> {
  return async function socketHandshake(c, next) {
    const auth = authenticateToken(c.req.query('token'), secret(), store.users);
    if (!auth.ok) return c.json(auth.body, 403);
    c.set('user', auth.user);
    return next();
  };
}

/** Frames are journaled up to the largest frame read; a copy, so a huge frame is not kept alive. */
function journaledFrame(data: unknown): string {
  if (typeof data !== 'string') return '(binary frame)';
  return data.length > FRAME_MAX_BYTES
    ? Buffer.from(data.slice(0, FRAME_MAX_BYTES)).toString()
    : data;
}

type NodeUpgradeWebSocket = ReturnType<typeof createNodeWebSocket>['upgradeWebSocket'];

/** The chat protocol of "Sending messages": validate, store, then deliver to the receiver. */
export function chatSocket(upgradeWebSocket: NodeUpgradeWebSocket, deps: ChatSocketDeps) {
  const { store, registry, writer, maxUnreadBytes, record } = deps;
  const log = deps.log ?? (() => {});
  return upgradeWebSocket((c: Context<AppEnv>) => {
    const user = c.get('user');
    let sink: BoundedSink | undefined;
    /** Set once a refusal closed the socket: frames still in flight are neither read nor stored. */
    let closing = false;
    /** Error frames to the sender go through its sink too, under the same bound. */
    const reply = (frame: object) => {
      const data = JSON.stringify(frame);
      sink?.send(data);
      record({ event: 'frame_out', user_id: user.id, data });
    };
    /** The one place a refused frame is answered, as the socket error policy says (D120). */
    const refuse = (error: ErrorFrame) => {
      const refusal = refusalFor(deps.policies.socket[error.code], error);
      record({ event: 'frame_refused', user_id: user.id, data: refusal.note });
      log(`WS ${user.email} refused ${refusal.note}`);
      if (refusal.reply) reply(refusal.reply);
      if (refusal.close !== undefined) {
        closing = true;
        drop();
        sink?.close(refusal.close);
      }
    };
    const drop = () => sink && registry.remove(user.id, sink);
    return {
      onOpen(_event: Event, ws: WSContext) {
        sink = new BoundedSink(ws, maxUnreadBytes, (unread) => {
          drop();
          log(`WS ${user.email} closed ${SLOW_READER_CLOSE.code}: ${unread} bytes unread`);
        });
        registry.add(user.id, sink);
        writer.warmUp();
        record({ event: 'open', user_id: user.id });
        log(`WS open ${user.email} (${registry.socketCount} sockets)`);
      },
      async onMessage(event: MessageEvent) {
        if (closing) return;
        const started = performance.now();
        record({ event: 'frame_in', user_id: user.id, data: journaledFrame(event.data) });
        const parsed = parseClientFrame(event.data);
        if (!parsed.ok) return refuse(parsed.error);
        const { receiver_id: receiverId, message_body: body } = parsed.frame;
        const self = deps.policies.selfMessage;
        if (receiverId === user.id && self.kind === 'refuse')
          return refuse(errorFrame('self_message', 'You cannot message yourself'));
        if (!store.users.findUser(receiverId)) {
          return refuse(errorFrame('unknown_receiver', `No user has id ${receiverId}`));
        }
        const micros = nowMicros();
        const stored = await writer.store({
          senderId: user.id,
          receiverId,
          body,
          created: httpTimestamp(micros),
        });
        if (stored instanceof Error)
          return refuse(errorFrame('not_stored', 'The message could not be stored; send it again'));
        const frame: ReMessageFrame = {
          message_body: body,
          sender_id: user.id,
          receiver_id: receiverId,
          timestamp: socketTimestamp(micros),
          created_msg_id: stored.id,
          action: 're_message',
        };
        // To yourself, by the docs' rule: your sockets are the receiver's, the sending one aside
        // unless the policy echoes (D121).
        const except =
          receiverId === user.id && self.kind === 'deliver' && !self.echo ? sink : undefined;
        const reached = registry.sendTo(receiverId, JSON.stringify(frame), except);
        deps.log?.(
          `WS chat_message ${user.email} -> ${receiverId} id=${stored.id} delivered=${reached} ${(performance.now() - started).toFixed(1)}ms`,
        );
      },
      onClose(event: CloseEvent) {
        drop();
        record({ event: 'close', user_id: user.id, code: event.code });
        log(`WS close ${user.email}`);
      },
      onError(event: Event) {
        drop();
        const error = (event as ErrorEvent).error;
        record({ event: 'error', user_id: user.id, data: String(error?.message ?? error) });
      },
    };
  });
}
