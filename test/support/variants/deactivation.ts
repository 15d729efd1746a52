import type { Breakage } from '../breaking-proxy.js';
import { mapJson } from '../conformance-run.js';
import { inspectToken } from './tokens.js';
import type { Variant } from './variant.js';

const settingsOwner = (path: string) => /^\/exec\/user\/settings\/([^/]+)\//.exec(path)?.[1];
const deactivates = (body: string) => /"is_active":\s*false/.test(body);

/**
 * A handshake that lets a deactivated user in: the proxy notes who was deactivated (and by whose
 * token) from the settings changes it forwards, and opens their sockets with that token instead.
 */
function socketIgnoresDeactivation(secret: string): Breakage {
  const deactivated = new Map<string, string>();
  return {
    request: (req) => {
      const owner = settingsOwner(req.path);
      const by = req.headers.authorization?.replace(/^Bearer /, '');
      if (!owner || !by || !req.body) return;
      if (deactivates(req.body)) deactivated.set(owner, by);
      else if (/"is_active":\s*true/.test(req.body)) deactivated.delete(owner);
    },
    handshakeTokenFor: (token) => {
      const user = inspectToken(token, secret)?.claims.user_id;
      return user ? deactivated.get(user) : undefined;
    },
  };
}

/** Deactivated accounts (with --allow-writes): every credential refused, and the peer back after. */
export const DEACTIVATION_VARIANTS: Variant[] = [
  {
    name: "a socket that accepts a deactivated user's token",
    breakage: ({ secret }) => socketIgnoresDeactivation(secret),
    expect: [
      { checks: /^deactivated\.socket$/, rule: 'deactivated.accepted' },
      { checks: /^deactivated\.(access-token|login|reactivated)$/, outcome: 'pass' },
    ],
  },
  {
    name: 'a deactivation answered as applied but never enforced',
    breakage: () => ({
      request: (req) => {
        if (settingsOwner(req.path) && deactivates(req.body))
          req.body = req.body.replace(/"is_active":\s*false,?/, '').replace(/,}$/, '}');
      },
      response: (req, res) =>
        settingsOwner(req.path) && deactivates(req.body)
          ? mapJson(res, (json) => {
              const entity = (json as { entity?: Record<string, unknown> }).entity;
              if (entity) entity.is_active = false;
              return json;
            })
          : res,
    }),
    expect: [
      {
        checks: /^deactivated\.(access-token|refresh-token|socket|login)$/,
        rule: 'deactivated.accepted',
      },
      { checks: /^deactivated\.reactivated$/, outcome: 'pass' },
    ],
  },
];
