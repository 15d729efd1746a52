import type { SocketErrorCode } from '../../spec/schemas/socket.js';
import { type Adoption, adoptObservations, type LikeReport } from './like-report.js';
import {
  LENIENT,
  type Policies,
  type PolicyName,
  type SocketErrorPolicy,
  type SocketReaction,
  STRICT,
  socketReactions,
} from './policies.js';

/** One policy as the banner, `/docs` and `GET /__mock/config` show it. */
export interface PolicyChoice {
  name: PolicyName;
  /** What the stand-in does, in words. */
  value: string;
  /** Why: the mode's default, `--socket-errors`, or `--like FILE`. */
  source: string;
  decision: `D${number}`;
}

export interface ResolvedPolicies {
  mode: 'strict' | 'lenient';
  policies: Policies;
  choices: PolicyChoice[];
  /** What `--like` adopted and could not, when it was given. */
  like?: {
    file: string;
    target: string;
    adopted: Adoption[];
    notAdopted: Adoption[];
    unread: number;
  };
}

const DECISION_OF: Record<PolicyName, `D${number}`> = {
  socket: 'D120',
  selfMessage: 'D121',
  malformedJson: 'D122',
  fieldErrors: 'D122',
  unknownRoute: 'D123',
  forms: 'D124',
  slashless: 'D22',
};

const reactionWords = (reaction: SocketReaction) =>
  reaction.kind === 'close'
    ? `close ${reaction.code}`
    : reaction.kind === 'frame'
      ? 'error frame'
      : 'silent';

/** "close 1011, unknown_action: silent": the most common reaction, then the exceptions. */
function socketWords(socket: Record<SocketErrorCode, SocketReaction>): string {
  const words = Object.entries(socket).map(([code, r]) => [code, reactionWords(r)] as const);
  const counts = new Map<string, number>();
  for (const [, w] of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [common] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['error frame'];
  const exceptions = words.filter(([, w]) => w !== common).map(([code, w]) => `${code}: ${w}`);
  return [common, ...exceptions].join(', ');
}

const WORDS: { [K in PolicyName]: (value: Policies[K]) => string } = {
  socket: socketWords,
  selfMessage: (p) =>
    p.kind === 'refuse'
      ? 'refused (self_message)'
      : `stored and delivered to your other sockets${p.echo ? ' and echoed to the sender' : ''}`,
  malformedJson: (p) => (p === 'drf' ? 'DRF ParseError body' : 'failure envelope'),
  fieldErrors: (p) => (p === 'drf' ? 'DRF field-error body' : 'failure envelope'),
  unknownRoute: (p) =>
    p === 'django-html'
      ? "Django's HTML 404"
      : p === 'drf-detail'
        ? 'DRF {"detail":"Not found."}'
        : 'failure envelope',
  forms: (p) =>
    p === 'drf' ? "accepted, as DRF's parsers do" : 'accepted, named in X-Standin-Deviation',
  slashless: (p) => `GET ${p.get}, other methods ${p.other}`,
};

function words<K extends PolicyName>(name: K, policies: Policies): string {
  return WORDS[name](policies[name]);
}

const POLICY_NAMES = Object.keys(LENIENT) as PolicyName[];

/**
 * The stand-in's policies from its start-up options: the mode's defaults (D63), then what
 * `--like` could reproduce, then `--socket-errors`, which wins over a report.
 *
 * @example
 * resolvePolicies({ strict: true }).policies.socket.invalid_json // { kind: 'close', code: 1011 }
 */
export function resolvePolicies({
  strict = false,
  socketErrors,
  like,
}: {
  strict?: boolean;
  socketErrors?: SocketErrorPolicy;
  like?: LikeReport;
}): ResolvedPolicies {
  const mode = strict ? 'strict' : 'lenient';
  let policies = strict ? STRICT : LENIENT;
  const source = new Map<PolicyName, string>(POLICY_NAMES.map((n) => [n, `${mode} default`]));
  let adoption: ReturnType<typeof adoptObservations> | undefined;
  if (like) {
    adoption = adoptObservations(policies, like);
    for (const name of POLICY_NAMES)
      if (words(name, adoption.policies) !== words(name, policies))
        source.set(name, `--like ${like.file}`);
    policies = adoption.policies;
  }
  if (socketErrors) {
    policies = { ...policies, socket: socketReactions(socketErrors) };
    source.set('socket', `--socket-errors ${socketErrors}`);
  }
  const choices = POLICY_NAMES.map((name) => ({
    name,
    value: words(name, policies),
    source: source.get(name) ?? mode,
    decision: DECISION_OF[name],
  }));
  return {
    mode,
    policies,
    choices,
    like:
      like && adoption
        ? {
            file: like.file,
            target: like.target,
            adopted: adoption.adopted,
            notAdopted: adoption.notAdopted,
            unread: like.unread,
          }
        : undefined,
  };
}
