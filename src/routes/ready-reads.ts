import { getMessages, getUserThreads } from '../../spec/routes/chat.js';
import { listUsers } from '../../spec/routes/users.js';
import { parseUuid } from '../../spec/schemas/primitives.js';
import { hasNoBody, type LaneRule } from '../http/lane-rule.js';
import type { Store } from '../store/index.js';
import type { JsonBytes } from '../store/ready-bytes.js';
import type { UserRow } from '../store/users.js';

/**
 * A read operation whose 200 body is the store's ready bytes. Its Hono handler and the read lane
 * (src/app/read-lane.ts) both answer through `body`, so the two cannot drift apart.
 */
export interface ReadyRead<T = unknown> {
  route: { method: string; path: string };
  /**
   * The 200 body for `caller`, given the path's one parameter (raw, as the client sent it) if the
   * path has one; `undefined` when the answer is not a 200 (the handler then answers the error).
   */
  body(store: Store, caller: UserRow, param: string | undefined): JsonBytes<T> | undefined;
}

/** "Get messages": the conversation with `uid`, either case (D73); no such user is no 200 (D1). */
export const conversationRead = {
  route: getMessages,
  body(store: Store, caller: UserRow, uid: string | undefined) {
    const otherId = parseUuid(uid ?? '');
    const other = otherId ? store.users.findUser(otherId) : undefined;
    return other ? store.chat.conversationBody(caller.id, other.id) : undefined;
  },
} satisfies ReadyRead;

export const threadsRead = {
  route: getUserThreads,
  body: (store: Store, caller: UserRow) => store.chat.threadsBody(caller.id),
} satisfies ReadyRead;

export const usersListRead = {
  route: listUsers,
  body: (store: Store) => store.users.usersListBody(),
} satisfies ReadyRead;

/** Every read the lane may answer on its own. */
export const READY_READS: readonly ReadyRead[] = [conversationRead, threadsRead, usersListRead];

/**
 * The handlers' rule for the lane: a ready read has no body. A request with one goes to Hono (the
 * settings change is a GET with a body, D9).
 */
export const readyReadLane: LaneRule = { passes: hasNoBody };
