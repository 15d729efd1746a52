// @ts-check
// The commit thread's entry (D110): its own connection to the live database file, on which it runs
// each group commit the main thread posts, fsync included, and posts back what it stored. Plain
// JavaScript for the reason given in chat/message-commit.js.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createMessageCommit, readWriterSettings, WRITER_PRAGMAS } from './chat/message-commit.js';

/**
 * @import { CommitOutcome, NewMessage, WriterSettings } from './chat/message-commit.js'
 * @typedef {{ id: number, batch: readonly NewMessage[] } | { id: number, read: 'settings' }} CommitRequest
 *   what commit-thread.ts posts: a batch to commit, or a question about this connection's settings
 * @typedef {{ id: number, outcomes: CommitOutcome[] } | { id: number, settings: WriterSettings }} CommitReply
 *   what this thread posts back
 */

const db = new Database(workerData.path);
for (const pragma of WRITER_PRAGMAS) db.pragma(pragma);
const commitMessages = createMessageCommit(db);

parentPort?.on(
  'message',
  /** @param {CommitRequest} request */
  (request) => {
    /** @type {CommitReply} */
    const reply =
      'read' in request
        ? { id: request.id, settings: readWriterSettings(db) }
        : { id: request.id, outcomes: commitMessages(request.batch) };
    parentPort?.postMessage(reply);
  },
);
