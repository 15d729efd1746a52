import { SLOW_READER_CLOSE } from '../../spec/schemas/socket.js';
import { INTERNAL_ERROR_CLOSE, TOO_BIG_CLOSE } from '../policy/policies.js';

/** One close code a client of this server can see: the reference's words and the console's. */
export interface CloseCodeMeaning {
  /** A code, or the application range `4000–4999`. */
  code: string;
  /** The reference's "Close codes" row on `/docs/ws` (inline markdown). */
  meaning: string;
  /** What the console's frame log prints after `closed N`. */
  short: string;
}

const CONTROL = '`POST /__mock/sockets/close` or a `close_after_frames` fault';

/**
 * Every close code `/docs/ws` explains, and the only place their meanings are written: the
 * reference renders the table from it and the console reads the short forms from the page
 * (`data-close-meanings`), so the two cannot disagree. A control sends only 1001, 1011, 1012 and
 * 4000–4999 (D52); the server sends 1009, 1011 and 1013 on its own; 1000 and 1006 come from the
 * client's side.
 */
export const CLOSE_CODES: CloseCodeMeaning[] = [
  {
    code: '1000',
    meaning:
      "Normal closure: the client closed the socket (the console's Disconnect). The stand-in never sends it: a control cannot (D52).",
    short: 'normal closure',
  },
  {
    code: '1001',
    meaning: `Going away: the server is shutting down or a page is leaving. Sent by ${CONTROL} with \`code: 1001\`. Reconnect later.`,
    short: 'going away: sent by a stand-in control; reconnect later',
  },
  {
    code: '1006',
    meaning:
      'Closed without a close frame, reported by the client: the stand-in stopped, or the handshake was refused (browsers cannot see the 403, only this).',
    short: 'no close frame: the handshake was refused (bad or expired token) or the server stopped',
  },
  {
    code: String(TOO_BIG_CLOSE),
    meaning:
      'Message too big: a frame larger than the server reads, under the socket error policy `close` (D120). Nothing was stored.',
    short: 'message too big: nothing of that frame was stored',
  },
  {
    code: String(INTERNAL_ERROR_CLOSE),
    meaning: `Internal error: the server could not act on a frame (bad JSON, a missing field, an unknown receiver), as Django Channels closes a consumer whose \`receive\` raised. Sent under the socket error policy \`close\` (\`--socket-errors close\`, \`--strict\`: D120); nothing of that frame was stored. Also sent by ${CONTROL} with \`code: 1011\`, as a crash. Reconnect, then send a corrected frame.`,
    short:
      'internal error: the server could not act on a frame (socket errors: close, D120) or a control simulated a crash; nothing of that frame was stored: reconnect',
  },
  {
    code: '1012',
    meaning: `Service restart: ${CONTROL} (the default code), as a deploy restarting the server. Reconnect; messages sent meanwhile are in the history.`,
    short: 'service restart: sent by a stand-in control; reconnect and read the history',
  },
  {
    code: String(SLOW_READER_CLOSE.code),
    meaning: `The client left too many frames unread (reason: "${SLOW_READER_CLOSE.reason}"). Nothing is lost: reconnect and read the history (D91).`,
    short: 'too many unread frames: reconnect and read the history',
  },
  {
    code: '4000–4999',
    meaning: `Application codes: only ${CONTROL} with such a \`code\` sends them, so an app can test how it treats a code of its own (the reason says what the test asked for). Production's server sends none.`,
    short: 'an application code, sent by a stand-in control',
  },
];

/** The console's lookup: code (or `4000–4999`) → its short meaning, for `data-close-meanings`. */
export function closeMeaningsForConsole(): Record<string, string> {
  return Object.fromEntries(CLOSE_CODES.map(({ code, short }) => [code, short]));
}
