import { setFlagsFromString } from 'node:v8';
import { ConfigError, parseConfig, USAGE } from './config.js';
import { startStandIn } from './server.js';
import { StartupError } from './startup-error.js';

// V8 places objects from an allocation site straight in the old generation once most of them
// outlive a young collection. Under socket load the message path's objects do (each waits for its
// group commit), and every dead one then holds what it points at until a full collection: peak
// RSS at 1,000 sockets was ~285 MB, ~215 MB without it, at the same throughput (D111). The flag
// only steers where new objects go, so setting it before the server starts is safe.
setFlagsFromString('--no-allocation-site-pretenuring');
try {
  const config = parseConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    console.log(USAGE);
  } else {
    const standIn = await startStandIn(config);
    const stop = () => void standIn.close().then(() => process.exit(0));
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
