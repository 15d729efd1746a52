import { methodNotAllowed, NOT_AUTHENTICATED_DETAIL, WWW_AUTHENTICATE, } from '../../spec/schemas/auth.js';
import { failure } from '../../spec/schemas/envelope.js';
import { failureResponse } from './errors.js';
import { canonicalPath, findContractPath, findOperation } from './route-table.js';
/** Longest delay a client may ask for, so a typo cannot hang a test run. */
export const MAX_DELAY_MS = 60_000;
/** Parses `Prefer: code=404, delay=200` (Prism's convention) into its numeric preferences. */
export function parsePrefer(header) {
    const out = {};
    for (const part of (header ?? '').split(/[,;]/)) {
        const [key, value] = part.trim().split('=');
        const number = Number(value);
        if ((key === 'code' || key === 'delay') && value && Number.isInteger(number))
            out[key] = number;
    }
    return out;
}
/** The example the contract documents for a status, or a body of the documented shape. */
function documentedBody(example, status, description, method) {
    if (example !== undefined)
        return example;
    if (status === 401)
        return { detail: NOT_AUTHENTICATED_DETAIL };
    if (status === 405)
        return methodNotAllowed(method);
    return failure(description);
}
/**
 * Latency (`--latency MS` and `Prefer: delay=MS`) and forced responses (`Prefer: code=N`) for
 * frontends testing edge states. A forced code must be one the contract documents for the
 * operation; the body is its documented example.
 */
export function preferences({ latencyMs }) {
    return async function preferences(c, next) {
        const prefer = parsePrefer(c.req.header('prefer'));
        const delay = Math.min(MAX_DELAY_MS, Math.max(0, prefer.delay ?? latencyMs));
        if (delay > 0)
            await new Promise((resolve) => setTimeout(resolve, delay));
        if (prefer.code === undefined || prefer.code === 200)
            return next();
        const entry = findContractPath(canonicalPath(c.req.path));
        const operation = entry && findOperation(entry, c.req.method);
        if (!operation)
            return next();
        const responses = operation.responses;
        const documented = responses[String(prefer.code)];
        if (!documented) {
            const known = Object.keys(responses).join(', ');
            return failureResponse(c, `Prefer: code=${prefer.code} is not documented for ${c.req.method} ${operation.path}; documented: ${known}`);
        }
        if (prefer.code === 401)
            c.header('WWW-Authenticate', WWW_AUTHENTICATE);
        const example = documented.content?.['application/json']?.example;
        return c.json(documentedBody(example, prefer.code, documented.description, c.req.method), prefer.code);
    };
}
