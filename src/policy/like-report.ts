import { readFileSync } from 'node:fs';
import {
  type Observation,
  ObservationSchema,
  ObservationsReportSchema,
  type Observed,
} from '../../spec/schemas/observations.js';
import type { SocketErrorCode } from '../../spec/schemas/socket.js';
import type { Policies, SlashReaction, SocketReaction } from './policies.js';

/** `--like FILE` could not be used: unreadable, not JSON, or not a conformance report. One line. */
export class LikeReportError extends Error {}

/** One observation of a report, and what the stand-in made of it. */
export interface Adoption {
  id: Observation['id'];
  /** The report's one-line summary: "closed with 1011". */
  observed: string;
  /** Adopted: what the stand-in now does; not adopted: why not. */
  note: string;
}

export interface LikeReport {
  /** The file as given on the command line. */
  file: string;
  /** The server the report was made against. */
  target: string;
  observations: Observation[];
  /** Entries of `observations` this contract does not know (a newer suite's ids, say). */
  unread: number;
}

/**
 * Reads a conformance JSON report for `--like`: any JSON with `target` and an `observations` list
 * (spec/schemas/observations.ts). Throws LikeReportError with one line for a file that cannot be
 * read, is not JSON, or is some other JSON.
 */
export function readLikeReport(file: string): LikeReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new LikeReportError(
      `--like ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LikeReportError(
      `--like ${file}: not JSON; give a conformance report (--report-json)`,
    );
  }
  const report = ObservationsReportSchema.safeParse(json);
  if (!report.success)
    throw new LikeReportError(
      `--like ${file}: not a conformance report with observations (needs "target" and "observations")`,
    );
  const observations = report.data.observations
    .map((entry) => ObservationSchema.safeParse(entry))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  return {
    file,
    target: report.data.target,
    observations,
    unread: report.data.observations.length - observations.length,
  };
}

/** Which refusal code each socket question asks about. */
const SOCKET_QUESTIONS: Partial<Record<Observation['id'], SocketErrorCode>> = {
  'socket.malformed-json': 'invalid_json',
  'socket.missing-field': 'invalid_frame',
  'socket.receiver-not-uuid': 'invalid_frame',
  'socket.receiver-unknown': 'unknown_receiver',
  'socket.unknown-action': 'unknown_action',
  'socket.binary-frame': 'binary_not_supported',
};

type Change = Partial<Policies> | string;

function socketReaction(observed: Observed): SocketReaction | string {
  if (observed.channel !== 'socket') return 'an HTTP answer to a socket question';
  if (observed.reaction === 'error-frame') return { kind: 'frame' };
  if (observed.reaction === 'close') return { kind: 'close', code: observed.close_code };
  if (observed.reaction === 'silence') return { kind: 'silent' };
  return 'a delivery, which a refusal cannot reproduce';
}

function slashReaction(observed: Observed): SlashReaction | string {
  if (observed.channel !== 'http') return 'a socket answer to an HTTP question';
  if ((observed.status === 301 || observed.status === 308) && observed.location) return 'redirect';
  if (observed.status === 404) return 'not-found';
  if (observed.status < 300) return 'serve';
  return `${observed.status} ${observed.body_shape}, which the stand-in cannot answer there`;
}

/** The change to `current` that reproduces one observation, or why there is none. */
function changeFor(observation: Observation, current: Policies): Change {
  const { id, observed } = observation;
  const code = SOCKET_QUESTIONS[id];
  if (code) {
    const reaction = socketReaction(observed);
    if (typeof reaction === 'string') return reaction;
    return { socket: { ...current.socket, [code]: reaction } };
  }
  if (id === 'socket.message-to-self') {
    if (observed.channel !== 'socket') return 'an HTTP answer to a socket question';
    if (observed.reaction === 'delivered')
      return { selfMessage: { kind: 'deliver', echo: observed.echoed_to_sender } };
    const reaction = socketReaction(observed);
    if (typeof reaction === 'string') return reaction;
    return {
      selfMessage: { kind: 'refuse' },
      socket: { ...current.socket, self_message: reaction },
    };
  }
  if (observed.channel !== 'http') return 'a socket answer to an HTTP question';
  if (id === 'http.login-malformed-json' || id === 'http.settings-malformed-json') {
    if (observed.status !== 400) return `status ${observed.status}: the stand-in answers 400`;
    if (observed.body_shape === 'drf-detail') return { malformedJson: 'drf' };
    if (observed.body_shape === 'envelope') return { malformedJson: 'envelope' };
    return `a ${observed.body_shape} body, which the stand-in has no template for`;
  }
  if (id === 'http.get-without-slash' || id === 'http.post-without-slash') {
    const reaction = slashReaction(observed);
    if (reaction !== 'serve' && reaction !== 'redirect' && reaction !== 'not-found')
      return reaction;
    const which = id === 'http.get-without-slash' ? 'get' : 'other';
    return { slashless: { ...current.slashless, [which]: reaction } };
  }
  if (id === 'http.unknown-route') {
    if (observed.status !== 404) return `status ${observed.status}: the stand-in answers 404`;
    if (observed.body_shape === 'html') return { unknownRoute: 'django-html' };
    if (observed.body_shape === 'envelope') return { unknownRoute: 'envelope' };
    if (observed.body_shape === 'drf-detail') return { unknownRoute: 'drf-detail' };
    return `a ${observed.body_shape} body, which the stand-in has no template for`;
  }
  return 'CORS stays open to any origin, as production-notes.md says';
}

/**
 * Applies every observation of `report` the stand-in can reproduce to `base`, in report order (a
 * later answer to the same question wins; two questions that map to one refusal code, the
 * missing field and the malformed receiver, must agree or the second is not adopted).
 */
export function adoptObservations(
  base: Policies,
  report: LikeReport,
): { policies: Policies; adopted: Adoption[]; notAdopted: Adoption[] } {
  let policies = base;
  const adopted: Adoption[] = [];
  const notAdopted: Adoption[] = [];
  const setBy = new Map<SocketErrorCode, Observation>();
  for (const observation of report.observations) {
    const entry = { id: observation.id, observed: observation.summary };
    const change = changeFor(observation, policies);
    if (typeof change === 'string') {
      notAdopted.push({ ...entry, note: change });
      continue;
    }
    const code = SOCKET_QUESTIONS[observation.id];
    const earlier = code && setBy.get(code);
    if (earlier && earlier.id !== observation.id && earlier.summary !== observation.summary) {
      notAdopted.push({
        ...entry,
        note: `the stand-in answers it like ${earlier.id} (one refusal code, ${code}), which was ${earlier.summary}`,
      });
      continue;
    }
    if (code) setBy.set(code, observation);
    policies = { ...policies, ...change };
    adopted.push({ ...entry, note: `adopted: ${Object.keys(change).join(', ')}` });
  }
  return { policies, adopted, notAdopted };
}
