import { afterEach } from 'vitest';
import { main } from '../../conformance/cli/main.js';
import { type Breakage, startBreakingProxy } from './breaking-proxy.js';
import { KYRIAN, PASSWORD, UDO } from './standin.js';

/** Both documented accounts as the CLI's flags. */
export const ACCOUNT_FLAGS = [
  '--user',
  `${UDO.email}:${PASSWORD}`,
  '--peer',
  `${KYRIAN.email}:${PASSWORD}`,
];

/** Runs the CLI in-process, as a CI job would, and answers its exit code and both streams. */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
    env,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * A breaking proxy per test in front of the stand-in, closed after each test.
 *
 * @example
 * const proxy = useBreakingProxy(() => standIn.url);
 * const url = await proxy({ frame: () => null });
 */
export function useBreakingProxy(upstream: () => string): (breakage: Breakage) => Promise<string> {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });
  return async (breakage) => {
    const started = await startBreakingProxy(upstream(), breakage);
    close = started.close;
    return started.url;
  };
}
