// The commit thread's entry (D110): its own connection to the live database file, on which it runs
// each group commit the main thread posts, fsync included, and posts back what it stored. Plain
// JavaScript for the reason given in message-commit.js.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createMessageCommit, readWriterSettings, WRITER_PRAGMAS } from './message-commit.js';

const db = new Database(workerData.path);
for (const pragma of WRITER_PRAGMAS) db.pragma(pragma);
const commitMessages = createMessageCommit(db);

// A batch to commit, or (`read: 'settings'`) a question about this connection's settings.
parentPort?.on('message', ({ id, batch, read }) => {
  if (read === 'settings') parentPort?.postMessage({ id, settings: readWriterSettings(db) });
  else parentPort?.postMessage({ id, outcomes: commitMessages(batch) });
});
