import { redactor, type Secret } from '../report/redact.js';

/** The schemes whose credential is a token the reader can replay as `$TOKEN`. */
const BEARER = /^(?:Bearer|JWT|Token)\s+(\S+)/i;

/** The bearer token of a request, from its Authorization header or the socket's `?token=`. */
export function tokenOf(headers: Record<string, string | string[] | undefined>, url: string) {
  const auth = headers.authorization;
  const bearer = BEARER.exec(Array.isArray(auth) ? (auth[0] ?? '') : (auth ?? ''))?.[1];
  if (bearer) return bearer;
  try {
    return new URL(url, 'http://proxy').searchParams.get('token') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * An Authorization header as a report may show it: a bearer token is left for the redactor to
 * name `$TOKEN`; any other scheme (`Basic user:password` in base64) is a credential nobody named,
 * so only the scheme stays.
 */
export function shownAuthorization(value: string): string {
  if (BEARER.test(value)) return value;
  const scheme = /^\S+(?=\s)/.exec(value)?.[0];
  return scheme ? `${scheme} [redacted]` : '[redacted]';
}

/** A field of a body sent as JSON, as a URL-encoded form or as multipart form data. */
export function fieldOf(body: string, name: string): string | undefined {
  try {
    const value = (JSON.parse(body) as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' ? value : undefined;
  } catch {
    // Not JSON: a form, of one kind or the other.
  }
  const part = new RegExp(`name="${name}"\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n([^\\r\\n]*)`).exec(
    body,
  );
  if (part) return part[1];
  return new URLSearchParams(body).get(name) ?? undefined;
}

/** The body keys that always hold a credential, whatever the proxy has learned. */
const SECRET_KEYS = 'password|refresh|access';
const IN_JSON = new RegExp(`("(?:${SECRET_KEYS})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'g');
const IN_FORM = new RegExp(`((?:^|[?&])(?:${SECRET_KEYS})=)[^&\\s]*`, 'g');
const IN_PART = new RegExp(
  `(name="(?:${SECRET_KEYS})"\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n)[^\\r\\n]*`,
  'g',
);
/** A value the redactor already named (`$PASSWORD`): kept, so the curl line still replays. */
const NAMED = /^"?\$[A-Z_]+"?$/;

/** Masks the value of every credential key that the redactor could not name. */
function maskSecretKeys(text: string): string {
  const mask = (lead: string, value: string, shown: string) =>
    NAMED.test(value) ? `${lead}${value}` : `${lead}${shown}`;
  return text
    .replace(IN_JSON, (all, lead: string) => mask(lead, all.slice(lead.length), '"[redacted]"'))
    .replace(IN_FORM, (all, lead: string) => mask(lead, all.slice(lead.length), '[redacted]'))
    .replace(IN_PART, (all, lead: string) => mask(lead, all.slice(lead.length), '[redacted]'));
}

/**
 * The secrets the proxy learns from the traffic it forwards, since it is given none: every password
 * a login carried is `$PASSWORD` everywhere afterwards; in one exchange's evidence, that request's
 * own token is `$TOKEN` and its refresh token `$REFRESH_TOKEN`, so its curl line replays with the
 * reader's own token. Any other JWT is `[redacted JWT]` (conformance/report/redact.ts), and any
 * `password`, `refresh` or `access` value still unnamed is `[redacted]`.
 */
export class TrafficSecrets {
  readonly #passwords = new Set<string>();

  /** Learns the password of a login body (a bounded set: a spray of logins cannot grow it far). */
  learn(body: string): void {
    const password = fieldOf(body, 'password');
    if (password && this.#passwords.size < 1000) this.#passwords.add(password);
  }

  /** A redactor for one exchange: its token as `$TOKEN`, every learned password as `$PASSWORD`. */
  forExchange(token: string | undefined, body = ''): (text: string) => string {
    const secrets: Secret[] = [
      { name: 'TOKEN', value: token },
      { name: 'REFRESH_TOKEN', value: fieldOf(body, 'refresh') },
      ...[...this.#passwords].map((value) => ({ name: 'PASSWORD', value })),
    ];
    const named = redactor(secrets);
    return (text) => maskSecretKeys(named(text));
  }

  /** For lines with no exchange of their own (the console, the reports' last pass). */
  everywhere(): (text: string) => string {
    return this.forExchange(undefined);
  }
}
