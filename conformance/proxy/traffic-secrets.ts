import { redactor, type Secret } from '../report/redact.js';

/** The bearer token of a request, from its Authorization header or the socket's `?token=`. */
export function tokenOf(headers: Record<string, string | string[] | undefined>, url: string) {
  const auth = headers.authorization;
  const bearer = /^(?:Bearer|JWT|Token)\s+(\S+)/i.exec(
    Array.isArray(auth) ? (auth[0] ?? '') : (auth ?? ''),
  )?.[1];
  if (bearer) return bearer;
  try {
    return new URL(url, 'http://proxy').searchParams.get('token') ?? undefined;
  } catch {
    return undefined;
  }
}

function fieldOf(body: string, name: string): string | undefined {
  try {
    const value = (JSON.parse(body) as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The secrets the proxy learns from the traffic it forwards, since it is given none: every password
 * a login carried is `$PASSWORD` everywhere afterwards; in one exchange's evidence, that request's
 * own token is `$TOKEN` and its refresh token `$REFRESH_TOKEN`, so its curl line replays with the
 * reader's own token. Any other JWT is `[redacted JWT]` (conformance/report/redact.ts).
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
    return redactor(secrets);
  }

  /** For lines with no exchange of their own (the console, the reports' last pass). */
  everywhere(): (text: string) => string {
    return this.forExchange(undefined);
  }
}
