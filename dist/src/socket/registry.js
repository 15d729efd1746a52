/**
 * Open sockets by user id. A user may hold many (tabs, devices); each gets every frame meant for
 * that user. Removing the last socket drops the user's entry, so nothing lingers after a close.
 */
export class ConnectionRegistry {
    #byUser = new Map();
    add(userId, socket) {
        const sockets = this.#byUser.get(userId) ?? new Set();
        sockets.add(socket);
        this.#byUser.set(userId, sockets);
    }
    remove(userId, socket) {
        const sockets = this.#byUser.get(userId);
        if (!sockets)
            return;
        sockets.delete(socket);
        if (sockets.size === 0)
            this.#byUser.delete(userId);
    }
    /** Sends `data` to every socket of `userId`; answers how many it reached. */
    sendTo(userId, data) {
        const sockets = this.#byUser.get(userId);
        if (!sockets)
            return 0;
        for (const socket of sockets)
            socket.send(data);
        return sockets.size;
    }
    get userCount() {
        return this.#byUser.size;
    }
    get socketCount() {
        let count = 0;
        for (const sockets of this.#byUser.values())
            count += sockets.size;
        return count;
    }
}
