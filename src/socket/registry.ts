/** Anything that can be sent a text frame and closed: hono's WSContext in the server, a fake in tests. */
export interface FrameSink {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** Hands one frame to one socket of a user: the seam where socket faults and the journal apply. */
export type Deliver<S extends FrameSink> = (userId: string, socket: S, data: string) => void;

/**
 * Open sockets by user id. A user may hold many (tabs, devices); each gets every frame meant for
 * that user. Removing the last socket drops the user's entry, so nothing lingers after a close.
 */
export class ConnectionRegistry<S extends FrameSink = FrameSink> {
  readonly #byUser = new Map<string, Set<S>>();

  constructor(
    private readonly deliver: Deliver<S> = (_userId, socket, data) => socket.send(data),
  ) {}

  add(userId: string, socket: S): void {
    const sockets = this.#byUser.get(userId) ?? new Set<S>();
    sockets.add(socket);
    this.#byUser.set(userId, sockets);
  }

  remove(userId: string, socket: S): void {
    const sockets = this.#byUser.get(userId);
    if (!sockets) return;
    sockets.delete(socket);
    if (sockets.size === 0) this.#byUser.delete(userId);
  }

  /** Sends `data` to every socket of `userId` but `except`; answers how many it reached. */
  sendTo(userId: string, data: string, except?: S): number {
    const sockets = this.#byUser.get(userId);
    if (!sockets) return 0;
    let reached = 0;
    for (const socket of sockets) {
      if (socket === except) continue;
      this.deliver(userId, socket, data);
      reached += 1;
    }
    return reached;
  }

  /** Closes every socket of `userId`, or every socket when no user is given; answers how many. */
  closeAll(code: number, reason: string, userId?: string): number {
    const groups = userId === undefined ? [...this.#byUser.values()] : [this.#byUser.get(userId)];
    let closed = 0;
    for (const sockets of groups)
      for (const socket of [...(sockets ?? [])]) {
        socket.close(code, reason);
        closed += 1;
      }
    return closed;
  }

  get userCount(): number {
    return this.#byUser.size;
  }

  get socketCount(): number {
    let count = 0;
    for (const sockets of this.#byUser.values()) count += sockets.size;
    return count;
  }
}
