import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../env.js';
/** Largest request body read, in bytes; more is a 400 (D14). */
export declare const BODY_LIMIT_BYTES: number;
export type BodyResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    message: string;
};
/**
 * Reads the body as JSON or as a form, by content type. An empty body is `undefined`: each route
 * decides whether that is allowed. Never throws.
 */
export declare function readBody(c: Context<AppEnv>): Promise<BodyResult<unknown>>;
/** Validates a body already read against a contract schema; a failure is one readable message. */
export declare function validateBody<T extends z.ZodType>(schema: T, value: unknown): BodyResult<z.infer<T>>;
/** Reads and validates the body against a contract schema, turning every failure into a message. */
export declare function readValidBody<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<BodyResult<z.infer<T>>>;
