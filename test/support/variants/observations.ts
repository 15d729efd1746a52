import type { Variant } from './variant.js';

const isJson = (data: string) => {
  try {
    JSON.parse(data);
    return true;
  } catch {
    return false;
  }
};

/** Where the docs are silent: another server's answer is recorded as observed, never failed (D113). */
export const OBSERVATION_VARIANTS: Variant[] = [
  {
    name: 'a socket that closes 1011 on a frame it cannot parse, as a Channels consumer that raises does',
    breakage: () => ({
      clientFrame: (data, isBinary) =>
        isBinary || !isJson(data) ? { close: 1011, reason: 'Internal Error' } : undefined,
    }),
    expect: [
      {
        checks: /^observe\.socket\.malformed-json$/,
        outcome: 'observed',
        summary: 'closed with 1011',
      },
      {
        checks: /^observe\.socket\.binary-frame$/,
        outcome: 'observed',
        summary: 'closed with 1011',
      },
      {
        checks: /^observe\.socket\.unknown-action$/,
        outcome: 'observed',
        summary: 'error frame (unknown_action), socket open',
      },
      { checks: /^socket\.delivery$/, outcome: 'pass' },
    ],
  },
  {
    name: "APPEND_SLASH, Django's default: a 301 to the slashed path",
    breakage: () => ({
      response: (req, res) =>
        /^\/[^?]*[^/?](\?|$)/.test(req.path)
          ? {
              status: 301,
              headers: {
                location: req.path.replace(/^([^?]*)/, '$1/'),
                'content-type': 'text/html',
              },
              body: '',
            }
          : res,
    }),
    expect: [
      {
        checks: /^observe\.http\.get-without-slash$/,
        outcome: 'observed',
        summary: '301 to /auth/user/ text/html empty',
      },
    ],
  },
];
