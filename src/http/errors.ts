import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { failure } from '../../spec/schemas/envelope.js';

/** Answers the documented failure envelope; 400 unless the docs name another (D14). */
export function failureResponse<S extends ContentfulStatusCode = 400>(
  c: Context,
  message: string,
  status?: S,
) {
  return c.json(failure(message), (status ?? 400) as S);
}

/** "receiver_id: Invalid UUID; message_body: Too small": readable, one line, paths first. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}
