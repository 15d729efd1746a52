import { isMadeUpToken } from '../client/made-up-tokens.js';

/** A credential and the shell variable that stands for it in every output (`$TOKEN`…). */
export interface Secret {
  name: string;
  value: string | undefined;
}

/** The variables a `curl` line may need; README tells which is which. */
export const SECRET_NAMES = [
  'TOKEN',
  'PEER_TOKEN',
  'REFRESH_TOKEN',
  'PEER_REFRESH_TOKEN',
  'EXPIRED_TOKEN',
  'PASSWORD',
  'PEER_PASSWORD',
  'JWT_SECRET',
] as const;

interface Credentials {
  user: { token?: string; refresh?: string; password?: string };
  peer: { token?: string; refresh?: string; password?: string };
  expiredToken?: string;
  jwtSecret?: string;
}

export function secretsOf({ user, peer, expiredToken, jwtSecret }: Credentials): Secret[] {
  return [
    { name: 'TOKEN', value: user.token },
    { name: 'PEER_TOKEN', value: peer.token },
    { name: 'REFRESH_TOKEN', value: user.refresh },
    { name: 'PEER_REFRESH_TOKEN', value: peer.refresh },
    { name: 'EXPIRED_TOKEN', value: expiredToken },
    { name: 'PASSWORD', value: user.password },
    { name: 'PEER_PASSWORD', value: peer.password },
    { name: 'JWT_SECRET', value: jwtSecret },
  ];
}

/** Anything shaped like a JWT: tokens the server issued during the run are secrets too. */
const JWT = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every secret with `$NAME`, in the forms it travels in (raw, JSON-escaped, URL-encoded),
 * and any other JWT with a marker; tokens the suite made up stay readable.
 *
 * @example
 * const redact = redactor(secretsOf(ctx));
 * print(redact(line));
 */
export function redactor(secrets: readonly Secret[]): (text: string) => string {
  const forms = secrets.flatMap(({ name, value }) =>
    value
      ? [...new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])].map(
          (form) => ({ form, name }),
        )
      : [],
  );
  forms.sort((a, b) => b.form.length - a.form.length);
  // When two accounts share a value (a common test password), the first name in the list wins.
  const names = new Map<string, string>();
  for (const { form, name } of forms) if (!names.has(form)) names.set(form, name);
  // A short secret is replaced only where it stands alone, not inside a longer word: a password
  // such as `b` must not turn every "b" of a report into `$PASSWORD`. Longer ones go everywhere.
  const alone = (form: string) =>
    form.length >= 8
      ? escapeRegex(form)
      : `${/^\w/.test(form) ? '(?<!\\w)' : ''}${escapeRegex(form)}${/\w$/.test(form) ? '(?!\\w)' : ''}`;
  const pattern = forms.length
    ? new RegExp(forms.map(({ form }) => alone(form)).join('|'), 'g')
    : undefined;
  return (text) => {
    const named = pattern ? text.replace(pattern, (found) => `$${names.get(found)}`) : text;
    return named.replace(JWT, (token) => (isMadeUpToken(token) ? token : '[redacted JWT]'));
  };
}

/** A copy of `value` with every string in it (keys included) passed through `redact`. */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)]),
    ) as T;
  return value;
}
