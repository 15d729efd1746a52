import { COVERAGE_DIMENSION_NAMES, COVERAGE_DIMENSIONS } from '../../spec/schemas/coverage.js';
import type { Report } from '../model/types.js';

const html = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

const list = (items: string[]) =>
  `<ul>${items.map((item) => `<li><code>${html(item)}</code></li>`).join('')}</ul>`;

/**
 * What the run's requests and frames touched of the contract (D141): a row per dimension, then,
 * folded, what was never hit and what was seen but is not documented.
 */
export function coverageSection(report: Report): string {
  const coverage = report.coverage;
  if (!coverage) return '';
  const rows = COVERAGE_DIMENSION_NAMES.map((name) => {
    const d = coverage.dimensions[name];
    const numbers = d.measured
      ? `<td>${d.covered}/${d.total}</td><td>${d.percent?.toFixed(1)}%</td>`
      : `<td colspan="2">not measured: ${html(d.reason ?? '')}</td>`;
    return `<tr><th>${html(COVERAGE_DIMENSIONS[name])}</th>${numbers}</tr>`;
  }).join('');
  const details = COVERAGE_DIMENSION_NAMES.flatMap((name) => {
    const d = coverage.dimensions[name];
    const title = html(COVERAGE_DIMENSIONS[name]);
    const parts: string[] = [];
    if (d.missed.length)
      parts.push(
        `<details class="check coverage-missed" data-dimension="${name}"><summary>${title}: ${d.missed.length} never hit</summary>${list(d.missed)}</details>`,
      );
    if (d.undocumented.length)
      parts.push(
        `<details class="check coverage-undocumented" data-dimension="${name}"><summary>${title}: ${d.undocumented.length + d.undocumented_overflow} undocumented, seen</summary>${list(d.undocumented.map((u) => `${u.item} (${u.count}×)`))}</details>`,
      );
    return parts;
  }).join('\n');
  const overall =
    coverage.overall.percent === null ? 'not measured' : `${coverage.overall.percent.toFixed(1)}%`;
  return `<section class="coverage"><h2>Contract coverage</h2><p><strong>${overall}</strong> overall: ${html(coverage.overall.rule)}. From ${coverage.exchanges.http} HTTP exchanges, ${coverage.exchanges.frames} socket frames and ${coverage.exchanges.closes} closes this run made.</p><table>${rows}</table>${details}</section>`;
}
