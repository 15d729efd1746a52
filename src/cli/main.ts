import { ConfigError, parseConfig, USAGE } from '../server/config.js';
import { startStandIn } from '../server/start.js';
import { StartupError } from '../store/startup-error.js';
import { tuneHeapForTheStandIn } from './heap-tuning.js';

tuneHeapForTheStandIn();
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
