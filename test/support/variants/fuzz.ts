import { setTimeout as sleep } from 'node:timers/promises';
import type { Breakage } from '../breaking-proxy.js';
import { inspectToken } from './tokens.js';

/**
 * Servers that break only on rare inputs the fixed suite never sends: what `fuzz` must find and
 * shrink. Each names the minimal case the fuzzer must end with.
 */

const serverError = { status: 500, headers: { 'content-type': 'text/plain' }, body: 'boom' };

function jsonOf(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** 500 for one combination of two settings flags: can_withdraw on while can_transfer is off. */
export const settingsCombination = (): Breakage => ({
  response: (req, res) => {
    const body = req.path.startsWith('/exec/user/settings/') ? jsonOf(req.body) : undefined;
    return body?.can_withdraw === true && body.can_transfer === false ? serverError : res;
  },
});

/** As `settingsCombination`, then down for good: every later connection reset. */
export function diesAfterSettingsCombination(): Breakage {
  const breaks = settingsCombination();
  let dead = false;
  return {
    dead: () => dead,
    response: (req, res) => {
      const answer = breaks.response?.(req, res) ?? res;
      if (answer.status === 500) dead = true;
      return answer;
    },
  };
}

/** 500 when the conversation's uuid is written in upper case (one path only). */
export const upperCaseUuid = (): Breakage => ({
  response: (req, res) =>
    /^\/chat\/messages\/[^/]*[A-F][^/]*\/$/.test(req.path) ? serverError : res,
});

/** The transactions list answers without a token: the user's own token is added on the way. */
export const transactionsWithoutToken = (userToken: string): Breakage => ({
  request: (req) => {
    if (req.path.startsWith('/transactions/all/') && !req.headers.authorization)
      req.headers.authorization = `Bearer ${userToken}`;
  },
});

const bodyOf = (text: string) => jsonOf(text)?.message_body;

/** Closes the sender's socket with 1011 when a message body contains a line break. */
export const newlineCloses1011 = (): Breakage => ({
  clientFrame: (text) => {
    const body = bodyOf(text);
    return typeof body === 'string' && body.includes('\n')
      ? { close: 1011, reason: 'internal error' }
      : undefined;
  },
});

/**
 * Closes 1011 on a line break, once the copies of the frames read before it whose copies had not
 * come yet have come from the server; those copies go late, to the receiver's next socket as it
 * opens: a server that finishes a crashed consumer's work after the crash. Such a copy is not a
 * duplicate: the fuzzer must not count it for the next case. `held()` says how many copies were
 * held, so a test can tell its premise held. Pending frames are tracked by body, not by a time
 * window, so a loaded machine cannot make the burst look over.
 */
export function lateCopiesAfterClose(): Breakage & { held(): number } {
  const closes = newlineCloses1011();
  let pending: unknown[] = [];
  const waiting = new Map<unknown, () => void>();
  let held = 0;
  const copyOf = (body: unknown) =>
    new Promise<void>((resolve) => {
      waiting.set(body, resolve);
    });
  return {
    held: () => held,
    clientFrame: (text, isBinary) => {
      const close = closes.clientFrame?.(text, isBinary);
      if (!close) {
        // The same body sent again is a new message, delivered as usual.
        waiting.get(bodyOf(text))?.();
        waiting.delete(bodyOf(text));
        if (typeof bodyOf(text) === 'string') pending.push(bodyOf(text));
        return undefined;
      }
      const copies = Promise.all(pending.map(copyOf));
      pending = [];
      return { ...close, after: Promise.race([copies, sleep(1000)]) };
    },
    holdForNextSocket: (text) => {
      if (jsonOf(text)?.action !== 're_message') return false;
      const body = bodyOf(text);
      const resolve = waiting.get(body);
      if (!resolve) {
        // Delivered as usual: that frame is no longer waiting for its copy.
        const at = pending.indexOf(body);
        if (at !== -1) pending.splice(at, 1);
        return false;
      }
      waiting.delete(body);
      resolve();
      held++;
      return true;
    },
  };
}

/** Takes a frame of an unknown action (a string other than `chat_message`) as a chat message, and delivers it. */
export const acceptsUnknownAction = (): Breakage => ({
  clientText: (text) => {
    const frame = jsonOf(text);
    return typeof frame?.action === 'string' && frame.action !== 'chat_message'
      ? JSON.stringify({ ...frame, action: 'chat_message' })
      : text;
  },
});

/** Delivers a message twice when it was sent within 1 ms of the frame before it (that one copy only). */
export function twiceWhenFast(): Breakage {
  let last = 0;
  const fast = new Set<unknown>();
  return {
    clientFrame: (text) => {
      const now = performance.now();
      // Only the current burst's bodies: a fast frame that was never delivered (an unknown
      // receiver) must not double a later, slow frame with the same body.
      if (now - last < 1) fast.add(bodyOf(text));
      else fast.clear();
      last = now;
      return undefined;
    },
    // Each fast frame is doubled once: a body seen fast in one case does not double later cases.
    frameCopies: (text) =>
      jsonOf(text)?.action === 're_message' && fast.delete(bodyOf(text)) ? 2 : 1,
  };
}

const signedWithoutUserId = (token: string | null | undefined, secret: string) => {
  const inspected = inspectToken(token, secret);
  return !!inspected?.signed && inspected.claims.user_id === undefined;
};

/** A 500 (HTTP and handshake) for a correctly signed token without `user_id`: needs the secret to find. */
export const noUserIdServerError = (secret: string): Breakage => ({
  response: (req, res) =>
    signedWithoutUserId(req.headers.authorization, secret) ? serverError : res,
  handshakeStatusFor: (token) => (signedWithoutUserId(token, secret) ? 500 : undefined),
});

/** Every handshake refused with 403, the documented one with a valid token too. */
export const refusesEveryHandshake = (): Breakage => ({ refuseSockets: true });

/** Every socket opens, then closes at once with 1011 (internal error). */
export const closes1011OnOpen = (): Breakage => ({ closeSockets: true, closeCode: 1011 });

/** HTTP (only) takes a correctly signed refresh token as an access token. */
export const refreshTokenAccepted = (secret: string, userToken: string): Breakage => ({
  request: (req) => {
    const inspected = inspectToken(req.headers.authorization, secret);
    if (inspected?.signed && inspected.claims.token_type === 'refresh')
      req.headers.authorization = `Bearer ${userToken}`;
  },
});

/** The socket (only) opens for a JWT signed with any key: the handshake checks no signature. */
export const socketAcceptsForgery = (secret: string, userToken: string): Breakage => ({
  handshakeTokenFor: (token) => {
    const inspected = inspectToken(token, secret);
    return inspected && !inspected.signed ? userToken : undefined;
  },
});
