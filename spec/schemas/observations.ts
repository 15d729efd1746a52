import { z } from '@hono/zod-openapi';

/**
 * Observations: what a server does where the docs are silent. The conformance suite asks each
 * question and records the answer as `observed` (never pass or fail: there is no documented
 * answer to judge it against); the stand-in's `--like REPORT.json` reads the same records to
 * behave like that server. Both products import this module and neither imports the other, so the
 * ids and the shape are contract (DECISIONS.md D113).
 */

/** Every question, by id. An id is stable: reports are compared across runs and servers. */
export const OBSERVATION_QUESTIONS = {
  'socket.malformed-json': 'What does the socket do with a text frame that is not JSON?',
  'socket.missing-field': 'What does the socket do with a chat_message that has no message_body?',
  'socket.receiver-not-uuid':
    'What does the socket do with a chat_message whose receiver_id is not a UUID?',
  'socket.receiver-unknown':
    'What does the socket do with a chat_message to a UUID that is no user?',
  'socket.unknown-action': 'What does the socket do with a frame whose action it does not know?',
  'socket.binary-frame': 'What does the socket do with a binary frame?',
  'socket.message-to-self':
    'What happens when a user sends a chat_message to themselves (the sender and their other sockets)?',
  'http.login-malformed-json': 'How is a login with a malformed JSON body answered?',
  'http.settings-malformed-json': 'How is a settings change with a malformed JSON body answered?',
  'http.get-without-slash':
    'How is a GET answered on a documented path without its trailing slash?',
  'http.post-without-slash':
    'How is a POST answered on a documented path without its trailing slash?',
  'http.unknown-route': 'How is a request to a route the docs do not list answered?',
  'http.cors-preflight': 'How is a CORS preflight (OPTIONS with Origin) on an API route answered?',
} as const;

export type ObservationId = keyof typeof OBSERVATION_QUESTIONS;
export const OBSERVATION_IDS = Object.keys(OBSERVATION_QUESTIONS) as [
  ObservationId,
  ...ObservationId[],
];

/**
 * How a socket reacted to one frame, within the suite's echo window: an error frame (its `code`
 * when it had one), a close (its code), nothing at all, or delivery (of a message to yourself:
 * `to_own_sockets` says whether your other sockets received it).
 */
export const SocketReactionSchema = z.discriminatedUnion('reaction', [
  z.object({
    channel: z.literal('socket'),
    reaction: z.literal('error-frame'),
    error_code: z.string().optional(),
    frame: z.string().describe('The frame as received, for people.'),
  }),
  z.object({
    channel: z.literal('socket'),
    reaction: z.literal('close'),
    close_code: z.number().int(),
    close_reason: z.string().optional(),
  }),
  z.object({ channel: z.literal('socket'), reaction: z.literal('silence') }),
  z.object({
    channel: z.literal('socket'),
    reaction: z.literal('delivered'),
    to_own_sockets: z.boolean(),
    echoed_to_sender: z.boolean(),
  }),
]);

/** The shapes a body can have where the docs show none: enough to answer the same way. */
export const BODY_SHAPES = [
  'envelope',
  'drf-detail',
  'drf-field-errors',
  'html',
  'other-json',
  'text',
  'empty',
] as const;
export type BodyShape = (typeof BODY_SHAPES)[number];

/** How an HTTP request was answered: status, content type, the body's shape, and the headers that matter. */
export const HttpReactionSchema = z.object({
  channel: z.literal('http'),
  status: z.number().int(),
  content_type: z.string().nullable(),
  body_shape: z.enum(BODY_SHAPES),
  /** A redirect's target (Django's APPEND_SLASH answers 301 to the slashed path). */
  location: z.string().optional(),
  /** For the CORS preflight: `Access-Control-Allow-Origin`, null when absent. */
  allow_origin: z.string().nullable().optional(),
});

export const ObservedSchema = z.union([SocketReactionSchema, HttpReactionSchema]);
export type Observed = z.infer<typeof ObservedSchema>;

export const ObservationSchema = z.object({
  id: z.enum(OBSERVATION_IDS),
  question: z.string(),
  /** One line for people: "closed with 1011", "400 application/json drf-detail". */
  summary: z.string(),
  observed: ObservedSchema,
  /** The exchange or socket transcript behind it, as the suite records evidence; opaque here. */
  evidence: z.record(z.string(), z.unknown()).optional(),
});
export type Observation = z.infer<typeof ObservationSchema>;

/**
 * The part of a conformance JSON report a stand-in reads (`--like`): any JSON with an
 * `observations` list. Unknown ids are kept out by the enum, so a report from a newer suite is
 * read as far as this contract knows it.
 */
export const ObservationsReportSchema = z.looseObject({
  target: z.string(),
  observations: z.array(z.unknown()),
});

/** Summarises an observed reaction in the words the console and the stand-in's banner use. */
export function summariseObserved(observed: Observed): string {
  if (observed.channel === 'http') {
    const where = observed.location ? ` to ${observed.location}` : '';
    const cors =
      observed.allow_origin === undefined ? '' : ` allow-origin ${observed.allow_origin ?? 'none'}`;
    return `${observed.status}${where} ${observed.content_type ?? '(no content type)'} ${observed.body_shape}${cors}`;
  }
  switch (observed.reaction) {
    case 'error-frame':
      return `error frame${observed.error_code ? ` (${observed.error_code})` : ''}, socket open`;
    case 'close':
      return `closed with ${observed.close_code}`;
    case 'silence':
      return 'nothing sent, socket open';
    case 'delivered':
      return `delivered${observed.to_own_sockets ? ' to your other sockets' : ''}${observed.echoed_to_sender ? ' and echoed to the sender' : ''}`;
  }
}
