import {
  ChatMessageFrameSchema,
  ErrorFrameSchema,
  INTERNAL_ERROR_CLOSE,
  ReMessageFrameSchema,
  ServerFrameSchema,
  SLOW_READER_CLOSE,
  TOO_BIG_CLOSE,
} from '../../spec/schemas/socket.js';
import { findNested } from '../judging/nested.js';
import { extraFields, judgeProblems, judgeShape } from '../judging/shape.js';
import type { Verdict } from '../model/types.js';
import type { Sighting } from './traffic.js';

const SENDING = 'Sending messages';
const SOCKET = 'Connecting and using the websocket';

const broken = (v: Verdict): v is Verdict & { rule: string } =>
  (v.outcome === 'fail' || v.outcome === 'unconfirmed') && v.rule !== undefined;

type Broken = Verdict & { rule: string };

/**
 * A frame's JSON, or the verdict on a frame that is not JSON text: both sides are held to that
 * rule the same way (`frame.binary`, `frame.json`).
 */
function jsonOfFrame(text: string, isBinary: boolean): { json: unknown } | { verdict: Broken } {
  const expected = 'a JSON text frame';
  if (isBinary)
    return {
      verdict: {
        outcome: 'fail',
        rule: 'frame.binary',
        expected,
        actual: `a binary frame of ${Buffer.byteLength(text)} bytes`,
      },
    };
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    const actual = `not JSON (${(error as Error).message}): ${text.slice(0, 200)}`;
    return { verdict: { outcome: 'fail', rule: 'frame.json', expected, actual } };
  }
}

const actionOf = (json: unknown) =>
  json && typeof json === 'object' && !Array.isArray(json)
    ? (json as { action?: unknown }).action
    : undefined;

/**
 * A client frame against `chat_message`, the only frame the docs let a client send: not JSON, a
 * binary frame, or a frame breaking the schema is a frontend bug (`client.` rules). Extra fields
 * are ignored, as the server ignores them (D81).
 */
export function judgeClientFrame(text: string, isBinary: boolean): Sighting[] {
  const client = (verdict: Broken): Sighting => ({
    side: 'client',
    operation: 'chat_message',
    title: `chat socket: the client sent a frame that is not a chat_message (${verdict.rule})`,
    docRef: SENDING,
    severity: 'error',
    verdict: { ...verdict, rule: `client.${verdict.rule}` },
  });
  const read = jsonOfFrame(text, isBinary);
  if ('verdict' in read) return [client(read.verdict)];
  const v = judgeShape('the documented chat_message frame', ChatMessageFrameSchema, read.json);
  return broken(v) ? [client(v)] : [];
}

const isReMessage = (v: unknown) => actionOf(v) === 're_message';

/**
 * A server frame against the documented `re_message` (and our error frame, D19): not JSON, a
 * re_message that came wrapped, a broken field (with provenance), or undocumented fields (a
 * warning). Judged with the judges the suite's socket checks use.
 */
export function judgeServerFrame(text: string, isBinary: boolean): Sighting[] {
  const server = (
    operation: string,
    verdict: Broken,
    severity: 'error' | 'warning' = 'error',
  ): Sighting => ({
    side: 'server',
    operation,
    title: `chat socket: a ${operation} frame from the server (${verdict.rule})`,
    docRef: SENDING,
    severity,
    verdict,
  });
  const read = jsonOfFrame(text, isBinary);
  if ('verdict' in read) return [server('server frame', read.verdict)];
  const { json } = read;
  const action = actionOf(json);
  if (action === 'error') {
    const v = judgeShape('the error frame (D19)', ErrorFrameSchema, json);
    return broken(v) ? [server('error', v)] : [];
  }
  if (action !== 're_message') {
    const at = findNested(json, isReMessage);
    if (at && at !== '$')
      return [
        server('re_message', {
          outcome: 'fail',
          rule: 'delivery.unwrapped',
          expected: 'the re_message as the frame itself',
          actual: 'the re_message arrived wrapped',
          found_at: `${at} of the frame`,
        }),
      ];
    const v = judgeShape('a documented server frame', ServerFrameSchema, json);
    return broken(v) ? [server('server frame', v)] : [];
  }
  const v = judgeShape('the documented re_message frame', ReMessageFrameSchema, json);
  if (broken(v)) return [server('re_message', v)];
  const extra = judgeProblems('only documented fields', extraFields(ReMessageFrameSchema, json));
  return extra.outcome === 'fail'
    ? [server('re_message', { ...extra, rule: 'extra-fields' }, 'warning')]
    : [];
}

/**
 * Close codes a server may send on its own (D129): normal, going away, no code, a restart (D52)
 * and the slow-reader close (D91). 1011 is an internal error, a failure; any other code is a
 * question (unconfirmed).
 */
const EXPECTED_CLOSES = new Set([1000, 1001, 1005, 1012, SLOW_READER_CLOSE.code]);

/**
 * Closes a server may answer a frame it cannot act on with: D120's `close` policy, and 1007 for
 * text that is not UTF-8 (RFC 6455 §8.1).
 */
const REFUSAL_CLOSES = new Set([INTERNAL_ERROR_CLOSE, TOO_BIG_CLOSE, 1007]);

/**
 * How the server closed the socket; a close the client started is the client's business.
 * `afterClientBreak`: the client's last frame broke `chat_message`, and a server may close on
 * such a frame (D120), so 1011 or 1009 then is no drift: the client's finding stands.
 */
export function judgeServerClose(code: number, afterClientBreak = false): Sighting[] {
  if (EXPECTED_CLOSES.has(code)) return [];
  if (afterClientBreak && REFUSAL_CLOSES.has(code)) return [];
  const internal = code === INTERNAL_ERROR_CLOSE;
  return [
    {
      side: 'server',
      operation: 'socket',
      title: `chat socket: closed by the server with ${code}`,
      docRef: SOCKET,
      severity: 'error',
      verdict: {
        outcome: internal ? 'fail' : 'unconfirmed',
        rule: internal ? 'close.internal-error' : 'close.code',
        expected: `a close with ${[...EXPECTED_CLOSES].join(', ')} (D91, D129)`,
        actual: `closed with ${code}${internal ? ' (internal error) after a frame the contract accepts' : ''}`,
        ...(internal ? {} : { decisions: ['D129'] }),
      },
    },
  ];
}
