// A frontend's file, type-checked by test/package/pack-install.test.ts against the installed
// tarball: every import resolves from the package's `exports`, and the types are real (were a
// type `any`, each expected error below would be missing and fail the check).
import { createStandIn, type InProcessStandIn } from '9app-standin';
import {
  type ChatMessage,
  type ChatMessageFrame,
  ChatMessageSchema,
  type Envelope,
  type ErrorFrame,
  type FailureEnvelope,
  type LoginEntity,
  type ReMessageFrame,
  ReMessageFrameSchema,
  type Thread,
} from '9app-standin/contract';

export function lastMessage(thread: Thread): string | null {
  // @ts-expect-error the docs spell the field `craeted` (D6); `created` does not exist
  thread.created;
  return thread.last_message;
}

export function sendFrame(to: string, body: string): ChatMessageFrame {
  return { action: 'chat_message', message_body: body, receiver_id: to };
}

export function received(frame: unknown): ReMessageFrame {
  return ReMessageFrameSchema.parse(frame);
}

export function messageText(message: ChatMessage): string {
  // @ts-expect-error a message's id is a number, not a string
  const id: string = message.id;
  return `${id}: ${ChatMessageSchema.parse(message).message}`;
}

export function token(answer: Envelope<LoginEntity>): string | undefined {
  if (answer.success) return answer.entity.token;
  const failure: FailureEnvelope = answer;
  return failure.entity ?? undefined;
}

export function errorCode(frame: ErrorFrame): string {
  return frame.code;
}

export async function inProcess(): Promise<InProcessStandIn> {
  const standIn = await createStandIn({ users: 2, messages: 0 });
  const response: Response = await standIn.fetch(new Request('http://localhost/openapi.json'));
  if (!response.ok) throw new Error('no document');
  return standIn;
}
