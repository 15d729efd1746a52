import { mapJson } from '../conformance-run.js';
import type { Variant } from './variant.js';

const isSettings = (path: string) => path.startsWith('/exec/user/settings/');

/** Object authorization (OWASP API1): a real hole is a warning however the server dresses it. */
export const AUTHORIZATION_VARIANTS: Variant[] = [
  {
    name: 'peer settings answered with null in a field the docs only show with a value (assumed, D28)',
    breakage: () => ({
      response: (req, res) =>
        isSettings(req.path)
          ? mapJson(res, (json) => {
              const user = (json as { entity?: { user?: Record<string, unknown> } }).entity?.user;
              if (user) user.phone_number = null;
              return json;
            })
          : res,
    }),
    expect: [
      { checks: /^authz\.peer-settings-read$/, rule: 'authz.peer-read', mentions: 'OWASP API1' },
      { checks: /^authz\.peer-settings-change$/, rule: 'authz.peer-change' },
    ],
  },
  {
    name: 'settings that change only through POST (GET with a body ignored, PUT and PATCH 405)',
    breakage: () => ({
      request: (req) => {
        if (!isSettings(req.path)) return;
        if (req.method === 'GET') req.body = '';
        if (req.method === 'PUT' || req.method === 'PATCH')
          Object.assign(req, { method: 'GET', body: '' });
      },
      response: (req, res) =>
        isSettings(req.path) && (req.method === 'PUT' || req.method === 'PATCH')
          ? {
              status: 405,
              headers: { 'content-type': 'application/json', allow: 'GET, POST, HEAD, OPTIONS' },
              body: `{"detail":"Method \\"${req.method}\\" not allowed."}`,
            }
          : res,
    }),
    expect: [
      {
        checks: /^authz\.peer-settings-change$/,
        rule: 'authz.peer-change',
        mentions: 'with POST with the complete settings object',
      },
    ],
  },
];
