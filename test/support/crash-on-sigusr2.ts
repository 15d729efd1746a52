import { subscribe } from 'node:diagnostics_channel';

// Imported first (`node --import tsx --import ./test/support/crash-on-sigusr2.ts src/cli/main.ts`):
// after SIGUSR2, the next HTTP answer to finish throws, an uncaught exception in the real CLI at a
// moment with its request log line still queued (test/standin/request-log.test.ts). The stand-in
// itself has no such switch.
let armed = false;
process.on('SIGUSR2', () => {
  armed = true;
});
subscribe('http.server.response.finish', () => {
  if (armed) throw new Error('crashed on purpose by the test (SIGUSR2)');
});
