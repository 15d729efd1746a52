import { ConfigError, parseConfig, USAGE } from '../server/config.js';
import { startStandIn } from '../server/start.js';
import { StartupError } from '../store/startup-error.js';
import { bufferedLog } from './buffered-log.js';
import { tuneHeapForTheStandIn } from './heap-tuning.js';

tuneHeapForTheStandIn();
// The banner and the request log on stdout, written a turn at a time (buffered-log.ts).
// Every way out that runs JavaScript passes 'exit' (process.exit, an uncaught exception, the end
// of the event loop), so what is still queued is written then; a SIGKILL alone loses it.
const log = bufferedLog(1, {
  onError: (error) => console.error(`9app-standin: the request log stopped: ${error.message}`),
});
process.on('exit', log.flush);
try {
  const config = parseConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    console.log(USAGE);
  } else {
    const standIn = await startStandIn(config, log.print);
    // Flushed first too: a second Ctrl-C while the server closes ends the process at once.
    const stop = () => {
      log.flush();
      standIn.close().then(
        () => process.exit(0),
        (error: Error) => {
          console.error(`9app-standin: could not close cleanly: ${error.message}`);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  // One line, never a stack trace: what went wrong and what to do (STYLE.md, standards).
  const known = error instanceof ConfigError || error instanceof StartupError;
  const message = (error as Error).message?.split('\n')[0] ?? String(error);
  console.error(
    `9app-standin: ${known ? message : `${message} (unexpected: please report it as a stand-in bug)`}`,
  );
  process.exit(error instanceof ConfigError ? 2 : 1);
}
