import { authenticateToken } from '../auth/authenticate.js';
import { httpTimestamp, nowMicros, socketTimestamp } from '../time.js';
import { errorFrame, parseClientFrame } from './frames.js';
/** Refuses the handshake with 403 before the upgrade when `?token=` is missing or bad. */
export function socketHandshake({ store, secret, }) {
    return async function socketHandshake(c, next) {
        const auth = authenticateToken(c.req.query('token'), secret(), store.users);
        if (!auth.ok)
            return c.json(auth.body, 403);
        c.set('user', auth.user);
        return next();
    };
}
/** The chat protocol of "Sending messages": validate, store, then deliver to the receiver. */
export function chatSocket(upgradeWebSocket, deps) {
    const { store, registry, writer, log } = deps;
    return upgradeWebSocket((c) => {
        const user = c.get('user');
        const send = (ws, frame) => ws.send(JSON.stringify(frame));
        return {
            onOpen(_event, ws) {
                registry.add(user.id, ws);
                log(`WS open ${user.email} (${registry.socketCount} sockets)`);
            },
            async onMessage(event, ws) {
                const started = performance.now();
                const parsed = parseClientFrame(event.data);
                if (!parsed.ok) {
                    send(ws, parsed.error);
                    log(`WS ${user.email} error ${parsed.error.code}`);
                    return;
                }
                const { receiver_id: receiverId, message_body: body } = parsed.frame;
                if (receiverId === user.id)
                    return send(ws, errorFrame('self_message', 'You cannot message yourself'));
                if (!store.users.findUser(receiverId)) {
                    return send(ws, errorFrame('unknown_receiver', `No user has id ${receiverId}`));
                }
                const micros = nowMicros();
                const stored = await writer.store({
                    senderId: user.id,
                    receiverId,
                    body,
                    created: httpTimestamp(micros),
                });
                if (stored instanceof Error)
                    return send(ws, errorFrame('not_stored', 'The message could not be stored; send it again'));
                const frame = {
                    message_body: body,
                    sender_id: user.id,
                    receiver_id: receiverId,
                    timestamp: socketTimestamp(micros),
                    created_msg_id: stored.id,
                    action: 're_message',
                };
                const reached = registry.sendTo(receiverId, JSON.stringify(frame));
                log(`WS chat_message ${user.email} -> ${receiverId} id=${stored.id} delivered=${reached} ${(performance.now() - started).toFixed(1)}ms`);
            },
            onClose(_event, ws) {
                registry.remove(user.id, ws);
                log(`WS close ${user.email}`);
            },
            onError(_event, ws) {
                registry.remove(user.id, ws);
            },
        };
    });
}
