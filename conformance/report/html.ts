import type { CheckResult, HttpEvidence, Report, TranscriptEntry } from '../model/types.js';
import { foldSkips } from './fold.js';
import { coverageSection } from './html-coverage.js';

const html = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** The label a reader sees: a failed advisory is a warning, not a failure. */
const verdictOf = (c: CheckResult) =>
  c.outcome === 'fail' && c.severity === 'warning' ? 'warning' : c.outcome;

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d1d1f;overflow-wrap:anywhere}
section,details,dl,dd{min-width:0;max-width:100%}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}
.summary span{display:inline-block;margin-right:1rem;padding:.2rem .6rem;border-radius:.3rem;background:#eee}
.check{margin:.3rem 0}.passed>summary{cursor:pointer;color:#18794e}.passed{margin:.3rem 0 .3rem 0}.passed>.row{margin-left:1rem}.check>summary{cursor:pointer}.row{margin:.3rem 0}
.badge{display:inline-block;min-width:6.5rem;font-weight:600;text-transform:uppercase;font-size:.75rem}
.pass{color:#18794e}.fail{color:#c9252d}.warning{color:#9a6700}.unconfirmed{color:#6e40c9}.skip{color:#6b6b6b}.observed{color:#0b6e99}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all;max-width:100%;box-sizing:border-box}
.caused{margin-left:1.5rem}.caused>.row{margin-left:1rem}.shared ul{margin:.2rem 0 .6rem 1rem;padding-left:1rem}
table{border-collapse:collapse;display:block;max-width:100%;overflow-x:auto}td,th{padding:.15rem .6rem;text-align:left;vertical-align:top;font-family:monospace}
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
`;

function httpSection(http: HttpEvidence): string {
  const headers = (h: Record<string, string>) =>
    Object.entries(h)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
  const request = `${http.request.method} ${http.request.url}\n${headers(http.request.headers)}${http.request.body === undefined ? '' : `\n\n${http.request.body}`}`;
  const response = http.response
    ? `HTTP ${http.response.status}\n${headers(http.response.headers)}\n\n${http.response.body}${http.response.truncated ? '\n… (cut)' : ''}`
    : `no response: ${http.error ?? 'unknown'}`;
  return `<h4>Replay</h4><pre class="reproduce">${html(http.reproduce)}</pre>
<h4>Request</h4><pre>${html(request)}</pre><h4>Response</h4><pre>${html(response)}</pre>`;
}

function transcriptSection(transcript: TranscriptEntry[]): string {
  const rows = transcript
    .map(
      (e) =>
        `<tr><td>${e.at_ms} ms</td><td>${html(e.socket)}</td><td>${e.event}${e.code === undefined ? '' : ` ${e.code}`}</td><td>${html(e.data ?? '')}</td></tr>`,
    )
    .join('');
  return `<h4>Socket transcript</h4><table class="transcript"><tr><th>at</th><th>socket</th><th>event</th><th>data</th></tr>${rows}</table>`;
}

function finding(c: CheckResult): string {
  const facts: [string, string | undefined][] = [
    ['id', c.id],
    ['rule', c.rule],
    ['expected', c.expected],
    ['received', c.actual],
    ['at', c.path],
    ['found at', c.found_at],
    ['decisions', c.decisions?.join(', ')],
    ['took', `${c.duration_ms} ms`],
  ];
  const list = facts
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${k}</dt><dd>${html(v ?? '')}</dd>`)
    .join('');
  return `<dl>${list}</dl>${c.http ? httpSection(c.http) : ''}${c.transcript?.length ? transcriptSection(c.transcript) : ''}`;
}

function row(c: CheckResult, caused: CheckResult[] = []): string {
  const verdict = verdictOf(c);
  const line = `<span class="badge ${verdict}">${verdict}</span>${html(c.title)}`;
  if (c.outcome === 'pass') return `<div class="row check" data-id="${html(c.id)}">${line}</div>`;
  const why = c.outcome === 'skip' && c.actual ? ` <small>(${html(c.actual)})</small>` : '';
  // The skips this failure caused, folded under it rather than listed as skips of their own.
  const under = caused.length
    ? `<details class="caused"><summary>${caused.length} skipped because of this failure</summary>${caused.map((s) => plainRow(s)).join('\n')}</details>`
    : '';
  return `<details class="check" data-id="${html(c.id)}"><summary>${line}${why}</summary>${finding(c)}</details>${under}`;
}

/** A one-line row, badge, id and title, for a skip shown inside a group. */
const plainRow = (c: CheckResult) =>
  `<div class="row check" data-id="${html(c.id)}"><span class="badge skip">skip</span><code>${html(c.id)}</code> ${html(c.title)}</div>`;

/** Skips that share one reason: the reason once, then the checks (issue 20). */
function sharedSection(shared: Map<string, CheckResult[]>): string {
  if (shared.size === 0) return '';
  const groups = [...shared]
    .map(
      ([reason, checks]) =>
        `<div class="shared"><p><span class="badge skip">${checks.length} skipped</span>${html(reason)}</p><ul>${checks.map((c) => `<li>${plainRow(c)}</li>`).join('')}</ul></div>`,
    )
    .join('\n');
  return `<section><h2>Skipped for a shared reason</h2>${groups}</section>`;
}

/** What the server did where the docs are silent: one row a question, evidence folded (D113). */
function observationsSection(report: Report): string {
  if (report.observations.length === 0) return '';
  const rows = report.observations
    .map((o) => {
      const result = report.checks.find((c) => c.id === `observe.${o.id}`);
      const evidence = result ? finding(result) : '';
      return `<details class="check observation" data-id="${html(o.id)}"><summary><span class="badge observed">observed</span><code>${html(o.id)}</code> ${html(o.summary)}</summary><p>${html(o.question)}</p>${evidence}</details>`;
    })
    .join('\n');
  return `<section><h2>Observed where the docs are silent</h2><p>Recorded, never judged: the docs give no answer to hold these against (D113).</p>${rows}</section>`;
}

/**
 * The whole report as one HTML page with nothing to fetch: inline style, no script, no links.
 * Summary first, then the checks grouped by the docs section they come from, problems first.
 */
export function formatHtmlReport(report: Report): string {
  const { underFailure, sharedReason, folded } = foldSkips(report.checks);
  const sections = new Map<string, CheckResult[]>();
  for (const c of report.checks)
    if (c.outcome !== 'observed' && !folded.has(c.id))
      sections.set(c.doc_ref, [...(sections.get(c.doc_ref) ?? []), c]);
  const rank = (c: CheckResult) =>
    ({ fail: 0, warning: 1, unconfirmed: 2, skip: 3, observed: 4, pass: 5 })[verdictOf(c)];
  const body = [...sections]
    .map(([section, checks]) => {
      const open = checks.filter((c) => c.outcome !== 'pass').sort((a, b) => rank(a) - rank(b));
      const passing = checks.filter((c) => c.outcome === 'pass');
      // Passing checks fold away: a reader opens the report for the findings.
      const passed = passing.length
        ? `<details class="passed"><summary>${passing.length} passed</summary>${passing.map((c) => row(c)).join('\n')}</details>`
        : '';
      return `<section><h2>${html(section)}</h2>${open.map((c) => row(c, underFailure.get(c.id))).join('\n')}${passed}</section>`;
    })
    .join('\n');
  const { passed, failed, warnings, unconfirmed, skipped, observed } = report.summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>9app conformance: ${html(report.target)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>${STYLE}</style></head><body>
<h1>9app conformance against ${html(report.target)}</h1>
<p>Started ${html(report.started_at)}.</p>
<p class="summary"><span class="pass">${passed} passed</span><span class="fail">${failed} failed</span><span class="warning">${warnings} warnings</span><span class="unconfirmed">${unconfirmed} unconfirmed</span><span class="skip">${skipped} skipped</span><span class="observed">${observed} observed</span></p>
${body}
${sharedSection(sharedReason)}
${observationsSection(report)}
${coverageSection(report)}
</body></html>
`;
}
