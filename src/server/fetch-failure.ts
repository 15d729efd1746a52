import type { NetworkFault } from '../../spec/schemas/mock.js';

/** The network faults that leave no response at all (D51): `malformed` still answers a 200. */
export type LostConnection = Exclude<NetworkFault, 'malformed'>;

/**
 * What Node's `fetch` (undici) rejects with when the server does the same thing on a real socket,
 * measured on Node 20 against a server calling `resetAndDestroy()` / `destroySoon()` (D156):
 * `TypeError: fetch failed` whose `cause` is the system error `read ECONNRESET` (errno -104) for a
 * reset, and undici's `SocketError` (`UND_ERR_SOCKET`, "other side closed") for a closed one.
 *
 * The TypeError also carries its cause's `code` and `errno`: MSW's interceptors pass a handler's
 * rejection on as a network error only when it looks like a Node system error (`code` and `errno`
 * present); any other rejection becomes a 500 response, which is what an app must never see here.
 */
export function fetchFailure(fault: LostConnection): TypeError {
  const cause =
    fault === 'reset'
      ? Object.assign(new Error('read ECONNRESET'), {
          errno: -104,
          code: 'ECONNRESET',
          syscall: 'read',
        })
      : Object.assign(new Error('other side closed'), {
          name: 'SocketError',
          code: 'UND_ERR_SOCKET',
          errno: undefined,
        });
  return Object.assign(new TypeError('fetch failed', { cause }), {
    code: cause.code,
    errno: cause.errno,
  });
}
