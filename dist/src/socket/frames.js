import { ChatMessageFrameSchema, FRAME_MAX_BYTES, } from '../../spec/schemas/socket.js';
import { describeIssues } from '../http/errors.js';
export function errorFrame(code, message) {
    return { action: 'error', code, message };
}
/**
 * Reads one client frame into a `chat_message`, or the error frame that says why not. Pure, so
 * every malformed-frame case is testable without a socket.
 */
export function parseClientFrame(data) {
    if (typeof data !== 'string') {
        return {
            ok: false,
            error: errorFrame('binary_not_supported', 'Frames are JSON text; binary frames are not read'),
        };
    }
    if (Buffer.byteLength(data) > FRAME_MAX_BYTES) {
        return {
            ok: false,
            error: errorFrame('frame_too_large', `Frames are limited to ${FRAME_MAX_BYTES} bytes`),
        };
    }
    let json;
    try {
        json = JSON.parse(data);
    }
    catch {
        return { ok: false, error: errorFrame('invalid_json', 'The frame is not valid JSON') };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return {
            ok: false,
            error: errorFrame('invalid_frame', 'A frame is a JSON object with an "action"'),
        };
    }
    const action = json.action;
    if (action !== 'chat_message') {
        const shown = typeof action === 'string' ? `"${action.slice(0, 64)}"` : String(action);
        return {
            ok: false,
            error: errorFrame('unknown_action', `Unknown action ${shown}; the only action is "chat_message"`),
        };
    }
    const parsed = ChatMessageFrameSchema.safeParse(json);
    if (!parsed.success)
        return { ok: false, error: errorFrame('invalid_frame', describeIssues(parsed.error)) };
    return { ok: true, frame: parsed.data };
}
