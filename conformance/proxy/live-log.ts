import type { ProxyFinding } from './findings.js';

const LABEL: Record<string, string> = { fail: 'FAIL', unconfirmed: 'UNCONFIRMED' };

/**
 * One console line for a finding as it happens; a repeat prints again only at ×10, ×100…
 *
 * @example
 * // FAIL  server getMessages status: Documented: 200, 401 / Received: HTTP 203 (×1)
 */
export function findingLine(finding: ProxyFinding, isNew: boolean): string {
  const { verdict } = finding;
  const label =
    finding.severity === 'warning' && verdict.outcome === 'fail'
      ? 'WARNING'
      : (LABEL[verdict.outcome] ?? verdict.outcome);
  const who = finding.side === 'client' ? 'client (frontend)' : 'server (backend)';
  const what = [verdict.expected, verdict.actual].filter(Boolean).join(' / ').split('\n')[0] ?? '';
  const where = verdict.path ? ` at ${verdict.path}` : '';
  const decisions = verdict.decisions?.length ? ` [${verdict.decisions.join(', ')}]` : '';
  const count = isNew ? '' : ' again';
  return `${label.padEnd(11)} ${who} ${finding.operation} ${verdict.rule}${where}${decisions}: ${what.slice(0, 240)} (×${finding.count}${count})`;
}
