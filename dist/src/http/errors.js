import { failure } from '../../spec/schemas/envelope.js';
/** Answers the documented failure envelope; 400 unless the docs name another (D14). */
export function failureResponse(c, message, status) {
    return c.json(failure(message), (status ?? 400));
}
/** "receiver_id: Invalid UUID; message_body: Too small": readable, one line, paths first. */
export function describeIssues(error) {
    return error.issues
        .slice(0, 5)
        .map((issue) => issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)
        .join('; ');
}
