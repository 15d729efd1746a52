import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
/** Answers the documented failure envelope; 400 unless the docs name another (D14). */
export declare function failureResponse<S extends ContentfulStatusCode = 400>(c: Context, message: string, status?: S): Response & import("hono").TypedResponse<{
    status: "failure";
    entity: null;
    message: string;
    success: false;
}, S, "json">;
/** "receiver_id: Invalid UUID; message_body: Too small": readable, one line, paths first. */
export declare function describeIssues(error: z.ZodError): string;
