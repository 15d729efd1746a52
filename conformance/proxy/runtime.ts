import { CoverageRecorder } from './coverage-recorder.js';
import { FindingStore, type ProxyFinding } from './findings.js';
import { TrafficSecrets } from './traffic-secrets.js';

/** What the proxy is started with. */
export interface ProxyOptions {
  /** The server the traffic goes to: `https://staging.example`, or with a path prefix. */
  target: URL;
  host: string;
  port: number;
  /** Unread bytes a client socket may leave before it is closed with 1013 (the stand-in's bound). */
  maxUnreadBytes?: number;
  /** Hears each new finding, and each ×10 of a known one. */
  onFinding?: (finding: ProxyFinding, isNew: boolean) => void;
  /** Lines about the proxy itself (a slow reader closed, an unreachable target). */
  log?: (line: string) => void;
}

/** Everything one running proxy holds: the forwarders write to it, the routes and reports read it. */
export interface ProxyRuntime {
  target: URL;
  /** The target's path prefix without its trailing slash (`/api`), prepended to every path. */
  basePath: string;
  maxUnreadBytes: number;
  findings: FindingStore;
  secrets: TrafficSecrets;
  coverage: CoverageRecorder;
  /** What went through, for the findings route and the reports' summary line. */
  counts: {
    http: number;
    /** HTTP exchanges matched to a contract operation, so judged; the others are only forwarded. */
    judged: number;
    frames: number;
    sockets: number;
    /** Socket handshakes the target refused (any answer but 101). */
    refused: number;
  };
  /** Requests the contract names no operation for, by `METHOD /path` (bounded). */
  unmatched: Map<string, number>;
  /** Open sockets, both ends of each link: stopping the proxy cuts them. */
  openSockets: Set<{ terminate(): void }>;
  log(line: string): void;
}

export const UNMATCHED_KEPT = 500;

export function createRuntime(options: ProxyOptions): ProxyRuntime {
  return {
    target: options.target,
    basePath: options.target.pathname.replace(/\/+$/, ''),
    maxUnreadBytes: options.maxUnreadBytes ?? 4 * 1024 * 1024,
    findings: new FindingStore(options.onFinding ?? (() => {})),
    secrets: new TrafficSecrets(),
    coverage: new CoverageRecorder(),
    counts: { http: 0, judged: 0, frames: 0, sockets: 0, refused: 0 },
    unmatched: new Map(),
    openSockets: new Set(),
    log: options.log ?? (() => {}),
  };
}
