import { type ChatMessageFrame, type ErrorFrame, type SocketErrorCode } from '../../spec/schemas/socket.js';
export declare function errorFrame(code: SocketErrorCode, message: string): ErrorFrame;
/**
 * Reads one client frame into a `chat_message`, or the error frame that says why not. Pure, so
 * every malformed-frame case is testable without a socket.
 */
export declare function parseClientFrame(data: string | ArrayBuffer | Blob | ArrayBufferLike): {
    ok: true;
    frame: ChatMessageFrame;
} | {
    ok: false;
    error: ErrorFrame;
};
