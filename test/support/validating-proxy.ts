import { afterEach } from 'vitest';
import type { ProxyFinding } from '../../conformance/proxy/findings.js';
import { type RunningProxy, startProxy } from '../../conformance/proxy/server.js';

/**
 * A validating proxy per test, in process, in front of `target`; closed after each test.
 *
 * @example
 * const validating = useValidatingProxy();
 * const proxy = await validating(standIn.url);
 */
export function useValidatingProxy(): (
  target: string,
  options?: { maxUnreadBytes?: number },
) => Promise<RunningProxy & { lines: string[] }> {
  let running: RunningProxy | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  return async (target, options = {}) => {
    const lines: string[] = [];
    running = await startProxy({
      target: new URL(target),
      host: '127.0.0.1',
      port: 0,
      ...options,
      log: (line) => lines.push(line),
      onFinding: (finding, isNew) =>
        lines.push(`${isNew ? 'new' : 'again'} ${finding.operation} ${finding.verdict.rule}`),
    });
    return { ...running, lines };
  };
}

/** The findings of a proxy as `operation rule` keys, for compact assertions. */
export const findingKeys = (findings: readonly ProxyFinding[]) =>
  findings.map((f) => `${f.side} ${f.operation} ${f.verdict.rule}`);
