import { z } from '@hono/zod-openapi';
/** A Django UUID primary key, as the docs show it: lower-case, hyphenated. */
export const UuidSchema = z.uuid().openapi({ example: '68f6cebe-1dfb-418d-8c4e-3ada680984d1' });
/**
 * An HTTP datetime: ISO-8601 UTC with `Z`. DRF prints microseconds when they are non-zero and
 * none otherwise (the docs' `last_login` has none), so any precision is accepted.
 */
export const DateTimeSchema = z.iso.datetime().openapi({ example: '2024-06-17T11:28:21.902531Z' });
/** The socket's timestamp: Python's `isoformat()` of an aware UTC datetime, so `+00:00`. */
export const SocketTimestampSchema = z.iso
    .datetime({ offset: true, local: false })
    .regex(/\+00:00$/, 'timestamp must end in +00:00')
    .openapi({ example: '2024-06-17T12:48:28.228342+00:00' });
/** A money amount as Django's DecimalField(decimal_places=5) serialises it: `"50.00000"`. */
export const DecimalStringSchema = z
    .string()
    .regex(/^-?\d+\.\d{5}$/, 'a decimal string with five places, such as "50.00000"')
    .openapi({ example: '50.00000' });
