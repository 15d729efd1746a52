import { ReMessageFrameSchema } from '../../../spec/schemas/socket.js';
import { extraFields, judgeProblems, shapeErrors } from '../../shape.js';
import { type Check, fail, pass, skip } from '../../types.js';
import { deliveredFrame, exchange, SENDING } from './exchange.js';

/** One message user → peer: what arrives, to whom, and to nobody else. */
export const DELIVERY_CHECKS: Check[] = [
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
      if (ex.foundAt !== '$')
        return {
          ...fail('the re_message as the frame itself', 'the re_message arrived wrapped'),
          found_at: `${ex.foundAt} of the frame the peer received`,
        };
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
      if (ex.frame === undefined) return skip('no re_message arrived; see socket.delivery');
      const extras = extraFields(ReMessageFrameSchema, ex.frame);
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
      if (ex.error) return skip(`no open sockets (${ex.error}); see socket.delivery`);
      const echoed = ex.userSocket?.frames.find(
        (f) => (f as { message_body?: unknown })?.message_body === ex.body,
      );
      if (echoed !== undefined)
        return fail('nothing on the sender socket', JSON.stringify(echoed).slice(0, 300));
      // Silence on the sender's socket proves nothing when the message went nowhere at all.
      return ex.frame === undefined
        ? skip('the message was not delivered; see socket.delivery')
        : pass();
    },
  },
];
