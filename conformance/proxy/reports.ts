import { formatCoverageText } from '../../spec/coverage/format.js';
import { summariseResults } from '../model/summary.js';
import type { CheckResult, Report } from '../model/types.js';
import { belowMinCoverage } from '../report/min-coverage.js';
import { redactDeep } from '../report/redact.js';
import type { ProxyFinding } from './findings.js';
import type { ProxyRuntime } from './runtime.js';

/** A finding as the suite's CheckResult, so the JSON, JUnit and HTML writers and `diff` read it as is. */
function toCheckResult(finding: ProxyFinding): CheckResult {
  const { verdict, http, transcript } = finding;
  const seen = finding.count === 1 ? 'seen once' : `seen ${finding.count} times`;
  return {
    id: `proxy.${finding.side}.${finding.operation}.${verdict.rule}`,
    title: `${finding.side === 'client' ? 'Client (frontend)' : 'Server (backend)'}: ${finding.title} (${seen}, first at ${finding.first_seen})`,
    doc_ref: finding.docRef,
    severity: finding.severity,
    ...verdict,
    ...(http ? { http, reproduce: http.reproduce } : {}),
    ...(transcript?.length ? { transcript } : {}),
    duration_ms: 0,
  };
}

/** What went through without a finding, or why nothing was judged: never a silent green (D132). */
function trafficResult(rt: ProxyRuntime, findings: number): CheckResult {
  const { http, judged, frames, sockets } = rt.counts;
  const base = {
    id: 'proxy.traffic',
    title: `Traffic through the proxy to ${rt.target.origin}`,
    doc_ref: 'Endpoint overview',
    severity: 'error' as const,
    duration_ms: 0,
  };
  if (http + frames + sockets === 0)
    return {
      ...base,
      outcome: 'skip',
      actual: 'no traffic went through the proxy: nothing was judged',
    };
  // An exchange the contract names no operation for was forwarded, not judged: it is no pass.
  if (judged + frames + sockets === 0)
    return {
      ...base,
      outcome: 'skip',
      actual: `${http} HTTP exchange(s) went through, none of them a documented operation: nothing was judged`,
    };
  const unjudged = http - judged;
  return {
    ...base,
    outcome: 'pass',
    actual: `${judged} HTTP exchange(s)${unjudged ? ` (and ${unjudged} forwarded unjudged)` : ''}, ${sockets} socket(s), ${frames} frame(s) judged; ${findings ? `${findings} finding(s), listed apart` : 'no finding'}`,
  };
}

/** Requests the contract names no operation for: forwarded, not judged, and said so. */
function unmatchedResult(rt: ProxyRuntime): CheckResult[] {
  if (rt.unmatched.size === 0) return [];
  const list = [...rt.unmatched]
    .sort((a, b) => b[1] - a[1])
    .map(([request, count]) => `${request} ×${count}`)
    .join(', ');
  return [
    {
      id: 'proxy.unmatched',
      title: 'Requests the contract documents no operation for (forwarded, not judged)',
      doc_ref: 'Endpoint overview',
      severity: 'warning',
      outcome: 'skip',
      actual: `not in the contract, so not judged: ${list}`,
      duration_ms: 0,
    },
  ];
}

/**
 * Coverage as a result line, so JUnit and HTML show it too: a pass with the figures, or a failure
 * below `--min-coverage` (D134); without traffic, a skip (nothing was measured).
 */
function coverageResult(rt: ProxyRuntime, minCoverage: number | undefined): CheckResult {
  const coverage = rt.coverage.snapshot();
  const percent = coverage.overall.percent;
  const base = {
    id: 'proxy.coverage',
    title: `Contract coverage of the traffic${minCoverage === undefined ? '' : ` (at least ${minCoverage}%)`}`,
    doc_ref: 'Endpoint overview',
    severity: 'error' as const,
    duration_ms: 0,
  };
  const text = formatCoverageText(coverage, { source: 'the proxy', listLimit: 10 });
  // With no traffic, 0% measures nothing: a skip, never a pass or a coverage failure.
  if (percent === null || rt.counts.http + rt.counts.sockets === 0)
    return { ...base, outcome: 'skip', actual: `nothing measured: no traffic\n${text}` };
  const below = belowMinCoverage(coverage, minCoverage) !== undefined;
  return {
    ...base,
    outcome: below ? 'fail' : 'pass',
    ...(below ? { rule: 'min-coverage', expected: `at least ${minCoverage}% overall` } : {}),
    actual: text,
  };
}

/**
 * The proxy run as the suite's Report: one result per finding (deduplicated, with its count and
 * first evidence), the traffic line and the unmatched requests; every string redacted.
 */
export function proxyReport(rt: ProxyRuntime, startedAt: string, minCoverage?: number): Report {
  const findings = rt.findings.list().map(toCheckResult);
  const checks = [
    ...findings,
    trafficResult(rt, findings.length),
    ...unmatchedResult(rt),
    coverageResult(rt, minCoverage),
  ];
  return redactDeep(
    {
      target: rt.target.href,
      started_at: startedAt,
      summary: summariseResults(checks),
      checks,
      // The proxy judges what it sees; the docs-silent questions are the fixed suite's (D113).
      observations: [],
      coverage: rt.coverage.snapshot(),
    },
    rt.secrets.everywhere(),
  );
}
