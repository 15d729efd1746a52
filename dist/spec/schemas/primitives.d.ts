import { z } from '@hono/zod-openapi';
/** A Django UUID primary key, as the docs show it: lower-case, hyphenated. */
export declare const UuidSchema: z.ZodUUID;
/**
 * An HTTP datetime: ISO-8601 UTC with `Z`. DRF prints microseconds when they are non-zero and
 * none otherwise (the docs' `last_login` has none), so any precision is accepted.
 */
export declare const DateTimeSchema: z.ZodISODateTime;
/** The socket's timestamp: Python's `isoformat()` of an aware UTC datetime, so `+00:00`. */
export declare const SocketTimestampSchema: z.ZodISODateTime;
/** A money amount as Django's DecimalField(decimal_places=5) serialises it: `"50.00000"`. */
export declare const DecimalStringSchema: z.ZodString;
