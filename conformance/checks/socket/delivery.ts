import { ReMessageFrameSchema } from '../../../spec/schemas/socket.js';
import { extraFields, judgeProblems, judgeShape } from '../../judging/shape.js';
import { type Check, failRule, pass, skip } from '../../model/types.js';
import { SCHEMA_RULES } from '../http/schema.js';
import {
  deliveredFrame,
  ECHO_WINDOW_FACTOR,
  ECHO_WINDOW_FLOOR_MS,
  exchange,
  SENDING,
} from './exchange.js';

/** One message user → peer: what arrives, to whom, and to nobody else. */
export const DELIVERY_CHECKS: Check[] = [
  {
    id: 'socket.delivery',
    title: 'A chat_message from user to peer arrives at the peer as a re_message frame',
    docRef: SENDING,
    severity: 'error',
    writes: true,
    rules: ['delivery.sockets', 'delivery.arrives', 'delivery.unwrapped', ...SCHEMA_RULES],
    async run(ctx) {
      const ex = await exchange(ctx);
      if (ex.error) return failRule('delivery.sockets', 'two open sockets', ex.error);
      if (ex.frame === undefined) {
        const seen = ex.peerSocket?.frames.length
          ? JSON.stringify(ex.peerSocket.frames).slice(0, 300)
          : 'nothing';
        return failRule(
          'delivery.arrives',
          `a re_message carrying "${ex.body}" within ${ctx.timeoutMs} ms`,
          `the peer received ${seen}`,
        );
      }
      if (ex.foundAt !== '$')
        return {
          ...failRule(
            'delivery.unwrapped',
            'the re_message as the frame itself',
            'the re_message arrived wrapped',
          ),
          found_at: `${ex.foundAt} of the frame the peer received`,
        };
      return judgeShape('the documented re_message frame', ReMessageFrameSchema, ex.frame);
    },
  },
  {
    id: 'socket.re-message-extra-fields',
    title: 'The re_message frame has no undocumented fields',
    docRef: SENDING,
    severity: 'warning',
    writes: true,
    rules: ['extra-fields'],
    async run(ctx) {
      const ex = await exchange(ctx);
      if (ex.frame === undefined) return skip('no re_message arrived; see socket.delivery');
      return judgeProblems('only documented fields', extraFields(ReMessageFrameSchema, ex.frame));
    },
  },
  {
    id: 'socket.re-message-ids',
    title: 'The re_message names the right sender and receiver',
    docRef: SENDING,
    severity: 'error',
    writes: true,
    rules: ['delivery.sender', 'delivery.receiver'],
    async run(ctx) {
      const got = await deliveredFrame(ctx);
      if ('verdict' in got) return got.verdict;
      const { sender_id, receiver_id } = got.frame;
      if (sender_id !== ctx.user.id)
        return failRule(
          'delivery.sender',
          `sender_id ${ctx.user.id}`,
          `sender_id ${sender_id}`,
          '$.sender_id',
        );
      if (receiver_id !== ctx.peer.id)
        return failRule(
          'delivery.receiver',
          `receiver_id ${ctx.peer.id}`,
          `receiver_id ${receiver_id}`,
          '$.receiver_id',
        );
      return pass();
    },
  },
  {
    id: 'socket.no-echo-to-sender',
    title: "The sender's socket does not receive the frame meant for the peer",
    docRef: SENDING,
    severity: 'error',
    writes: true,
    rules: ['no-echo'],
    async run(ctx) {
      const ex = await exchange(ctx);
      if (ex.error) return skip(`no open sockets (${ex.error}); see socket.delivery`);
      const echoed = ex.userSocket?.frames.find(
        (f) => (f as { message_body?: unknown })?.message_body === ex.body,
      );
      if (echoed !== undefined)
        return failRule(
          'no-echo',
          `nothing on the sender socket within ${ex.echoWindowMs} ms of sending (${ECHO_WINDOW_FACTOR}× the delivery time of ${ex.deliveryMs ?? '?'} ms, at least ${ctx.echoWindowMs ?? ECHO_WINDOW_FLOOR_MS} ms)`,
          JSON.stringify(echoed).slice(0, 300),
        );
      // Silence on the sender's socket proves nothing when the message went nowhere at all.
      return ex.frame === undefined
        ? skip('the message was not delivered; see socket.delivery')
        : pass();
    },
  },
];
