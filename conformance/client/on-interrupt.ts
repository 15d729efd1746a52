/**
 * Runs `undo` when the run is interrupted (Ctrl-C, SIGTERM) or crashes before `release` is called,
 * says on stderr whether it worked, then exits (130 on a signal, 1 on a crash). For state a check
 * must never leave behind, such as a deactivated account.
 *
 * @example
 * const release = undoOnInterrupt(() => reactivate(), 'reactivating the peer');
 * try { … } finally { await reactivate(); release(); }
 */
export function undoOnInterrupt(undo: () => Promise<boolean>, what: string): () => void {
  const say = (line: string) => process.stderr.write(`9app-conformance: ${line}\n`);
  const stop = (code: number, cause: string) => {
    release();
    say(`${cause}: ${what} first`);
    undo()
      .catch(() => false)
      .then((done) => say(done ? `${what}: done` : `${what}: COULD NOT, do it by hand`))
      .finally(() => process.exit(code));
  };
  const onSignal = (signal: NodeJS.Signals) => stop(130, `interrupted (${signal})`);
  const onCrash = (error: unknown) => {
    say(`crashed: ${(error as Error)?.message ?? error}`);
    stop(1, 'crashed');
  };
  function release() {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('uncaughtException', onCrash);
  process.once('unhandledRejection', onCrash);
  return release;
}
