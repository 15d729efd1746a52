import type Database from 'better-sqlite3';

/** A message to store, as the socket hands it over (`NewMessage` in chat.ts). */
export interface MessageToCommit {
  senderId: string;
  receiverId: string;
  body: string;
  created: string;
}

/** Per message: where it was stored, or why it was not. */
export type CommitOutcome = { id: number; threadId: number } | { error: string };

export declare const WRITER_PRAGMAS: readonly string[];
/** Each WRITER_PRAGMAS setting by name, as the connection reads it back. */
export type WriterSettings = Record<string, unknown>;
export declare function readWriterSettings(db: Database.Database): WriterSettings;
export declare const FIND_THREAD: string;
export declare const INSERT_THREAD: string;
export declare const INSERT_MESSAGE: string;
export declare const TOUCH_THREAD: string;

export declare function createMessageCommit(
  db: Database.Database,
): (batch: readonly MessageToCommit[]) => CommitOutcome[];
