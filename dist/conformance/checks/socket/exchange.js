import { randomBytes } from 'node:crypto';
import { ChatMessageFrameSchema, ReMessageFrameSchema, } from '../../../spec/schemas/socket.js';
import { openSocket } from '../../client.js';
import { fail, skip } from '../../types.js';
export const SECTION = 'Connecting and using the websocket';
export const SENDING = 'Sending messages';
/** The socket URL with `token` as its query parameter, as the docs connect. */
export const withToken = (ctx, token) => `${ctx.wsUrl}${ctx.wsUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
const carries = (body) => (f) => f?.message_body === body;
/** Opens both sockets, sends one uniquely-marked message user → peer, collects what arrives. Once per run. */
export function exchange(ctx) {
    return ctx.once('socket:exchange', async () => {
        const body = `conformance ${randomBytes(6).toString('hex')}`;
        const [user, peer] = await Promise.all([
            openSocket(withToken(ctx, ctx.user.token), ctx.timeoutMs),
            openSocket(withToken(ctx, ctx.peer.token), ctx.timeoutMs),
        ]);
        if (!user.ok || !peer.ok) {
            for (const side of [user, peer])
                if (side.ok)
                    await side.session.close();
            return {
                body,
                error: `could not open both sockets: ${user.ok ? '' : `user: ${user.error}`} ${peer.ok ? '' : `peer: ${peer.error}`}`.trim(),
            };
        }
        const frame = ChatMessageFrameSchema.parse({
            action: 'chat_message',
            message_body: body,
            receiver_id: ctx.peer.id,
        });
        user.session.send(JSON.stringify(frame));
        const arrived = await peer.session.waitForFrame(carries(body), ctx.timeoutMs);
        // Give a wrong delivery to the sender the same chance to show up before anyone looks.
        await user.session.waitForFrame(carries(body), 200);
        await Promise.all([user.session.close(), peer.session.close()]);
        return { body, frame: arrived, userSocket: user.session, peerSocket: peer.session };
    });
}
/** The delivered frame, parsed, or the verdict that says why there is none. */
export async function deliveredFrame(ctx) {
    const ex = await exchange(ctx);
    if (ex.error)
        return { verdict: fail('two open sockets', ex.error) };
    const parsed = ReMessageFrameSchema.safeParse(ex.frame);
    if (!parsed.success)
        return { verdict: skip('no well-formed re_message arrived; see socket.delivery') };
    return { frame: parsed.data };
}
