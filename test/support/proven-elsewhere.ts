/**
 * Checks whose breaking servers live in another test file, by that file: the variants file's
 * "every check fails somewhere" leaves them to it, and that file asserts each one is caught.
 */
export const PROVEN_ELSEWHERE: Record<string, string> = {
  'socket.handshake-expired-token': 'conformance.security.test.ts',
  'socket.handshake-other-key-token': 'conformance.security.test.ts',
  'socket.handshake-refresh-token': 'conformance.security.test.ts',
  'socket.docs-example-url': 'conformance.security.test.ts',
  'authz.peer-settings-read': 'conformance.security.test.ts',
  'authz.peer-settings-change': 'conformance.security.test.ts',
  'deactivated.reactivated': 'conformance.security.test.ts',
};
