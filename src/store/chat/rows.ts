import type { ChatMessage, Thread } from '../../../spec/schemas/chat.js';

/** A `messages` row joined with both people's emails, as `history.ts` selects it. */
export interface MessageRow {
  id: number;
  thread_id: number;
  sender_id: string;
  sender_email: string;
  receiver_id: string;
  receiver_email: string;
  body: string;
  created: string;
  updated: string;
  seen: number;
  deleted: number;
}

/** A `threads` row joined with both people's names, as `history.ts` selects it. */
export interface ThreadRow {
  id: number;
  last_message: string | null;
  created: string;
  one_id: string;
  one_email: string;
  one_first: string;
  one_last: string;
  two_id: string;
  two_email: string;
  two_first: string;
  two_last: string;
}

/**
 * The contract's message. The stand-in stores no profiles or attachments: every message carries
 * the docs' values for them (`profile` null, D16; `attached_file_size` "0kb", D29).
 */
export function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    sender: { id: row.sender_id, email: row.sender_email, profile: null },
    receiver: { id: row.receiver_id, email: row.receiver_email, profile: null },
    attached_file_size: '0kb',
    message: row.body,
    updated: row.updated,
    created: row.created,
    seen: row.seen === 1,
    deleted: row.deleted === 1,
    attached_file: null,
    attached_file_name: null,
    thread: row.thread_id,
  };
}

/** The contract's thread, `craeted` spelled as the docs spell it (D6). */
export function toThread(row: ThreadRow): Thread {
  return {
    id: row.id,
    user_one: {
      id: row.one_id,
      email: row.one_email,
      first_name: row.one_first,
      last_name: row.one_last,
    },
    user_two: {
      id: row.two_id,
      email: row.two_email,
      first_name: row.two_first,
      last_name: row.two_last,
    },
    last_message: row.last_message,
    craeted: row.created,
  };
}
