/**
 * A reason the stand-in cannot start that the person starting it can fix: the CLI prints the
 * message as its one line and exits 1, never a stack trace.
 */
export class StartupError extends Error {}

type NodeError = NodeJS.ErrnoException & { code?: string };

/** The one-line reason a listen failed, and what to do about it. */
export function listenError(error: NodeError, host: string, port: number): Error {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(
        `port ${port} is already in use on ${host}: stop whatever holds it, or start with --port <another port> (--port 0 picks a free one)`,
      );
    case 'EACCES':
      return new StartupError(
        `not allowed to listen on ${where}: use a port above 1023 (--port 8000)`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new StartupError(
        `cannot listen on ${where}: ${host} is not an address of this machine; try --host 127.0.0.1`,
      );
    default:
      return error;
  }
}

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
