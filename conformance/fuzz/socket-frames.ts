import fc from 'fast-check';
import { buildAsyncApiDocument, inlinePayload } from '../../spec/asyncapi.js';
import { type ChatMessageFrame, ChatMessageFrameSchema } from '../../spec/schemas/socket.js';
import { arbitraryOf, type JsonSchema, type Known } from './schema-arbitrary.js';

const DOCUMENT = buildAsyncApiDocument();

/** The AsyncAPI `chat_message` payload: the one frame a client sends (its references inlined). */
const CHAT_MESSAGE = Object.entries(DOCUMENT.components.messages).find(
  ([, m]) => m.name === 'chat_message',
)?.[0] as keyof typeof DOCUMENT.components.messages | undefined;
if (!CHAT_MESSAGE) throw new Error('the AsyncAPI document has no chat_message');
const PAYLOAD = inlinePayload(DOCUMENT, CHAT_MESSAGE) as JsonSchema;
const noRefs = () => {
  throw new Error('the chat_message payload has no references');
};

/** One frame a case sends: its text (or bytes), and what it breaks on purpose. */
export interface FrameSpec {
  kind:
    | 'valid'
    | 'wrong-type'
    | 'missing'
    | 'extra'
    | 'too-long'
    | 'binary'
    | 'empty'
    | 'not-json'
    | 'unknown-action';
  text: string;
  binary?: boolean;
}

/** A case: frames sent back to back (a burst when more than one). */
export interface SocketFuzzCase {
  frames: FrameSpec[];
}

const asText = (kind: FrameSpec['kind']) => (value: unknown) => ({
  kind,
  text: JSON.stringify(value),
});

/** Frames drawn from the payload schema, left valid or broken one way; receivers from `known`. */
function frameOf(known: Known, allowWrites: boolean): fc.Arbitrary<FrameSpec> {
  const valid = arbitraryOf(PAYLOAD, noRefs, known) as fc.Arbitrary<Record<string, unknown>>;
  const keys = Object.keys(PAYLOAD.properties ?? {});
  const max = PAYLOAD.properties?.message_body?.maxLength ?? 4000;
  const invalid = fc.oneof(
    fc
      .tuple(valid, fc.constantFrom(...keys), fc.constantFrom(42, null, true, [], {}))
      .map(([f, k, v]) => asText('wrong-type')({ ...f, [k]: v })),
    fc.tuple(valid, fc.constantFrom(...keys)).map(([f, k]) => {
      const { [k]: _gone, ...rest } = f;
      return asText('missing')(rest);
    }),
    valid.map((f) => asText('too-long')({ ...f, message_body: 'x'.repeat(max + 1) })),
    valid.map((f) => asText('unknown-action')({ ...f, action: 'typing' })),
    fc.string({ maxLength: 8 }).map((text) => ({ kind: 'not-json' as const, text: `${text}{` })),
    fc.constant({ kind: 'empty' as const, text: '' }),
    fc.string({ maxLength: 8 }).map((text) => ({ kind: 'binary' as const, text, binary: true })),
  );
  // A valid frame stores a message: sent only with --allow-writes. Extra fields are ignored (D81).
  return allowWrites
    ? fc.oneof(
        { weight: 3, arbitrary: valid.map(asText('valid')) },
        { weight: 1, arbitrary: valid.map((f) => asText('extra')({ ...f, extra: 1 })) },
        { weight: 2, arbitrary: invalid },
      )
    : invalid;
}

/**
 * Cases of one to three frames: alone, or a burst sent within the same millisecond. Drawn with
 * `minLength: 0` and the empty case filtered out, not `minLength: 1`: fast-check shrinks an array's
 * tail with the array's own length bounds, so with a minimum of one it can never drop the last
 * frame of `[needed, harmless]`; with zero it can, and the minimal case is the one needed frame.
 */
export const socketCases = (known: Known, allowWrites: boolean): fc.Arbitrary<SocketFuzzCase> =>
  fc.record({
    frames: fc
      .array(frameOf(known, allowWrites), { maxLength: 3 })
      .filter((frames) => frames.length > 0),
  });

/** What the fuzzer reads of a frame it sends, from one parse of its text. */
export interface FrameReading {
  /** The frame as the contract accepts it, else undefined. */
  accepted?: ChatMessageFrame;
  /** Its `message_body` when that is a string in a JSON object. */
  body?: string;
  /** Its `receiver_id`, whatever its type. */
  receiver?: unknown;
}

export function readFrame(spec: FrameSpec): FrameReading {
  if (spec.binary) return {};
  let value: unknown;
  try {
    value = JSON.parse(spec.text);
  } catch {
    return {};
  }
  const fields = (value ?? {}) as { message_body?: unknown; receiver_id?: unknown };
  const parsed = ChatMessageFrameSchema.safeParse(value);
  return {
    accepted: parsed.success ? parsed.data : undefined,
    body: typeof fields.message_body === 'string' ? fields.message_body : undefined,
    receiver: fields.receiver_id,
  };
}
