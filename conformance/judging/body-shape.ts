import { AnyEnvelopeSchema } from '../../spec/schemas/envelope.js';
import type { BodyShape } from '../../spec/schemas/observations.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * The shape of a body the docs show none for, in the words of spec/schemas/observations.ts: the
 * documented envelope, DRF's `{"detail": …}`, DRF's field errors (`{"field": ["…"]}`), an HTML
 * page, other JSON, other text, or nothing.
 *
 * @example
 * bodyShapeOf('text/html', '<h1>Bad Request (400)</h1>') // 'html'
 */
export function bodyShapeOf(contentType: string | null, text: string): BodyShape {
  if (text.trim() === '') return 'empty';
  if (/html/.test(contentType ?? '') || /^\s*<(!doctype|html|h1|body)/i.test(text)) return 'html';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'text';
  }
  if (AnyEnvelopeSchema.safeParse(json).success) return 'envelope';
  if (isObject(json) && typeof json.detail === 'string') return 'drf-detail';
  const fieldErrors =
    isObject(json) &&
    Object.keys(json).length > 0 &&
    Object.values(json).every(
      (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
    );
  return fieldErrors ? 'drf-field-errors' : 'other-json';
}
