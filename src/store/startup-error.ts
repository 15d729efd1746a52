/**
 * Lives with the store because opening the database is the first thing that can fail at start-up;
 * the server's listen failures (src/server/listen-error.ts) and the CLI use the same class.
 *
 * A reason the stand-in cannot start that the person starting it can fix: the CLI prints the
 * message as its one line and exits 1, never a stack trace.
 */
export class StartupError extends Error {}

export type NodeError = NodeJS.ErrnoException & { code?: string };

/** The one-line reason the database could not be opened, and what to do about it. */
export function databaseError(error: NodeError, path: string): Error {
  switch (error.code) {
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return new StartupError(
        `cannot open the database ${path}: check that it and its folder are readable and writable, or start with --db <another file>`,
      );
    case 'SQLITE_READONLY':
      return new StartupError(
        `the database ${path} is read-only: make it writable, or start with --db <another file>`,
      );
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new StartupError(
        `${path} is not a usable SQLite database (corrupt, or another kind of file): move it away, or start with --db <another file>`,
      );
    default:
      return error;
  }
}

/** The one-line reason the database's folder could not be created. */
export function databaseFolderError(error: NodeError, folder: string): Error {
  if (!error.code?.startsWith('E')) return error;
  return new StartupError(
    `cannot create the database folder ${folder} (${error.code}): start with --db <a path in a writable folder>`,
  );
}
