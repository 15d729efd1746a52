import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './processes.js';
import { figure as f } from './section.js';

interface Load {
  rps: number;
  p50: number;
  p99: number;
}
interface SocketRun {
  deliveredPerSecond: number;
  p50: number;
  p99: number;
  lost: number;
  warmup: { messages: number; p99: number };
}
interface Results {
  command: string;
  measured_at: string;
  machine: { cores: number; node: string };
  http: {
    routes: { route: string; standIn: Load; ceiling: Load; prism?: Load; of_ceiling: number }[];
    peak_rss_mb: number;
    startup_rss_mb: number;
    tsx_startup: { startup_ms: number; rss_mb: number };
  };
  /** Absent from runs before the request-log section existed. */
  request_log?: { ratio: number; round_ratios: number[]; cpu_ratio: number; quiet: Load[] };
  sockets: { closed_loop: SocketRun; open_loop_10_per_socket: SocketRun; peak_rss_mb: number };
  scale: {
    seed_ms: number;
    seed_peak_rss_mb: number;
    startup_ms: number;
    threads: { standIn: Load; ceiling: Load };
    largest_conversation: {
      bytes: number;
      standIn: Load;
      ceiling: Load;
      one_connection: { standIn: Load; ceiling: Load };
    };
    sockets: { closed_loop: SocketRun; open_loop_10_per_socket: SocketRun };
    peak_rss_mb: number;
  };
}

/** The request log's row under the HTTP table: log on (stdout to a file) against `--quiet`. */
function requestLogRow(log: Results['request_log']): string[] {
  if (!log) return [];
  const quiet = log.quiet.reduce((sum, run) => sum + run.rps, 0) / log.quiet.length;
  const rounds = log.round_ratios.map((ratio) => f(ratio, 2)).join(', ');
  return [
    '',
    `Request log on, stdout to a file: ${f(log.ratio, 2)} of \`--quiet\`'s ${f(quiet)} req/s on the docs conversation (rounds ${rounds}), ${f(log.cpu_ratio, 2)}× its CPU per request.`,
  ];
}

/**
 * The README's benchmark tables, from bench/results.json: `tsx bench/readme-table.ts` prints them,
 * so the README shows the figures of exactly one run.
 */
export function readmeTables(r: Results): string {
  const sock = (s: SocketRun) =>
    `${f(s.deliveredPerSecond)} msg/s, p50 ${f(s.p50)} / p99 ${f(s.p99)} ms, ${s.lost} lost (before it, not counted: a warm-up of ${f(s.warmup.messages)} messages, p99 ${f(s.warmup.p99)} ms)`;
  return [
    `\`${r.command}\` on ${r.machine.cores} cores, Node ${r.machine.node}, ${r.measured_at.slice(0, 16).replace('T', ' ')} UTC:`,
    '',
    '| HTTP route, 50 connections | req/s | p50 / p99 ms | of ceiling | vs Prism |',
    '|---|---:|---:|---:|---:|',
    ...r.http.routes.map(
      (h) =>
        `| ${h.route} | ${f(h.standIn.rps)} | ${f(h.standIn.p50)} / ${f(h.standIn.p99)} | ${f(h.of_ceiling, 2)} | ${h.prism ? `${f(h.standIn.rps / h.prism.rps, 1)}×` : '-'} |`,
    ),
    ...requestLogRow(r.request_log),
    '',
    '| Sockets, 1,000 in pairs | figures |',
    '|---|---|',
    `| closed loop | ${sock(r.sockets.closed_loop)} |`,
    `| open loop, 10,000 msg/s offered | ${sock(r.sockets.open_loop_10_per_socket)} |`,
    `| peak RSS (built code, as the package bin runs it) | HTTP load ${f(r.http.peak_rss_mb)} MB, socket load ${f(r.sockets.peak_rss_mb)} MB |`,
    `| idle RSS after start-up | built ${f(r.http.startup_rss_mb)} MB; through tsx (\`npm start\`) ${f(r.http.tsx_startup.rss_mb)} MB |`,
    '',
    '| Scale: 1,000,000 messages, 5,000 people | figures |',
    '|---|---|',
    `| seeding (\`--users 5000 --messages 1000000\`, to first answer) | ${f(r.scale.seed_ms / 1000, 1)} s, peak RSS ${f(r.scale.seed_peak_rss_mb)} MB |`,
    `| start-up on that file | ${f(r.scale.startup_ms)} ms |`,
    `| threads, 50 connections | ${f(r.scale.threads.standIn.rps)} req/s, p50 ${f(r.scale.threads.standIn.p50)} ms (ceiling ${f(r.scale.threads.ceiling.rps)} req/s) |`,
    `| 6,700-message conversation (${f(r.scale.largest_conversation.bytes / 1e6, 1)} MB), 50 connections | ${f(r.scale.largest_conversation.standIn.rps)} req/s, p50 ${f(r.scale.largest_conversation.standIn.p50)} ms (ceiling ${f(r.scale.largest_conversation.ceiling.rps)} req/s, p50 ${f(r.scale.largest_conversation.ceiling.p50)} ms) |`,
    `| the same conversation, 1 connection | p50 ${f(r.scale.largest_conversation.one_connection.standIn.p50)} / p99 ${f(r.scale.largest_conversation.one_connection.standIn.p99)} ms (ceiling p50 ${f(r.scale.largest_conversation.one_connection.ceiling.p50)} ms) |`,
    `| sockets on it, closed loop | ${sock(r.scale.sockets.closed_loop)} |`,
    `| sockets on it, open loop 10,000 msg/s | ${sock(r.scale.sockets.open_loop_10_per_socket)} |`,
    `| peak RSS serving | ${f(r.scale.peak_rss_mb)} MB |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as Results;
  console.log(readmeTables(results));
}
