import {
  INTERNAL_ERROR_CLOSE,
  SOCKET_ERROR_CODES,
  type SocketErrorCode,
  TOO_BIG_CLOSE,
} from '../../spec/schemas/socket.js';

/**
 * Policies: how the stand-in answers where the docs are silent (DECISIONS.md D120–D126). Each is
 * data, decided once at start-up from `--strict`, `--socket-errors` and `--like`, and read at one
 * seam each: the socket's refusal (src/socket/refusal.ts), the body reader and the DRF error bodies
 * (src/http/drf-errors.ts), the 404 (src/http/not-found.ts), the slash (src/http/trailing-slash.ts),
 * the gate's forms (src/http/gate.ts). No handler asks which mode runs.
 */

/** What the socket does with a frame it cannot act on (D120). */
export type SocketReaction =
  | { kind: 'frame' }
  | { kind: 'close'; code: number }
  | { kind: 'silent' };

/** The `--socket-errors` values: one reaction for every refusal. */
export const SOCKET_ERROR_POLICIES = ['frame', 'close', 'silent'] as const;
export type SocketErrorPolicy = (typeof SOCKET_ERROR_POLICIES)[number];

// Declared in the contract, which the coverage model reads too (spec/coverage/universe.ts).
export { INTERNAL_ERROR_CLOSE, TOO_BIG_CLOSE } from '../../spec/schemas/socket.js';

/** Messaging yourself (D121): refused, or delivered by the docs' rule (the receiver's sockets). */
export type SelfMessagePolicy = { kind: 'refuse' } | { kind: 'deliver'; echo: boolean };

/** A documented path without its trailing slash (D22, D63). */
export type SlashReaction = 'serve' | 'redirect' | 'not-found';

export interface Policies {
  /** Per refusal code; `self_message` applies only when `selfMessage` refuses. */
  socket: Record<SocketErrorCode, SocketReaction>;
  selfMessage: SelfMessagePolicy;
  /** A body that does not parse as JSON (D122): the envelope, or DRF's ParseError. */
  malformedJson: 'envelope' | 'drf';
  /** A body whose fields are missing or mistyped, with no documented message (D122). */
  fieldErrors: 'envelope' | 'drf';
  /** A route the contract does not have (D123). */
  unknownRoute: 'envelope' | 'django-html' | 'drf-detail';
  /** Form and multipart bodies (D124): accepted loudly, or as DRF's default parsers accept them. */
  forms: 'loud' | 'drf';
  /** A contract path without its slash, for GET/HEAD and for every other method. */
  slashless: { get: SlashReaction; other: SlashReaction };
}

export type PolicyName = keyof Policies;

/** Every refusal answered alike: what `--socket-errors` sets. */
export function socketReactions(
  policy: SocketErrorPolicy,
): Record<SocketErrorCode, SocketReaction> {
  return Object.fromEntries(
    SOCKET_ERROR_CODES.map((code) => [code, reactionFor(policy, code)]),
  ) as Record<SocketErrorCode, SocketReaction>;
}

function reactionFor(policy: SocketErrorPolicy, code: SocketErrorCode): SocketReaction {
  if (policy !== 'close') return { kind: policy };
  return { kind: 'close', code: code === 'frame_too_large' ? TOO_BIG_CLOSE : INTERNAL_ERROR_CLOSE };
}

/**
 * What a Channels consumer built exactly to the docs does (D120): its `receive` raises on every
 * frame it cannot read (bad JSON, a missing key, a receiver looked up with `.get()`), and the ASGI
 * server closes with 1011; an action it has no branch for is ignored; a frame larger than the
 * server reads is closed with 1009.
 */
export function channelsReactions(): Record<SocketErrorCode, SocketReaction> {
  return { ...socketReactions('close'), unknown_action: { kind: 'silent' } };
}

/** The lenient stand-in (the default): today's answers, each extension named (D63). */
export const LENIENT: Policies = {
  socket: socketReactions('frame'),
  selfMessage: { kind: 'refuse' },
  malformedJson: 'envelope',
  fieldErrors: 'envelope',
  unknownRoute: 'envelope',
  forms: 'loud',
  slashless: { get: 'serve', other: 'serve' },
};

/** `--strict`: what a Django REST + Channels server built exactly to the docs answers (D63, D120–D124). */
export const STRICT: Policies = {
  socket: channelsReactions(),
  selfMessage: { kind: 'deliver', echo: false },
  malformedJson: 'drf',
  fieldErrors: 'drf',
  unknownRoute: 'django-html',
  forms: 'drf',
  slashless: { get: 'redirect', other: 'redirect' },
};
