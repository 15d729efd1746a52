import type { WatchedResponse } from './contract-watch.js';

/**
 * Answers the stand-in sends on purpose outside the published contract, each named in its
 * `X-Standin-Deviation` header by the decision that allows it: the watch judges them by that
 * decision's own rule instead of the contract's, so a deliberate deviation passes and an
 * undeclared one still fails. Answers `undefined` when the response declares none of these.
 */
export function checkDeclaredDeviation(r: WatchedResponse, where: string): string[] | undefined {
  const declared = r.deviation ?? '';
  if (declared.includes("D122; the docs show no body for a malformed request: DRF's ParseError"))
    return drfParseError(r, where);
  if (
    declared.includes(
      "D122; the docs show no body for a missing or mistyped field: DRF's field errors",
    )
  )
    return drfFieldErrors(r, where);
  if (declared.includes("D123; a route the docs do not list: Django's HTML 404"))
    return djangoNotFound(r, where);
  if (declared.includes("D123; a route the docs do not list: DRF's NotFound body"))
    return r.status === 404 && JSON.stringify(r.json) === '{"detail":"Not found."}'
      ? []
      : [`${where}: D123 declared, but not DRF's 404 {"detail":"Not found."}`];
  return undefined;
}

function drfParseError(r: WatchedResponse, where: string): string[] {
  const body = r.json as { detail?: unknown } | undefined;
  const keys = body && typeof body === 'object' ? Object.keys(body) : [];
  return r.status === 400 &&
    keys.join() === 'detail' &&
    typeof body?.detail === 'string' &&
    body.detail.startsWith('JSON parse error - ')
    ? []
    : [`${where}: D122 declared, but not DRF's 400 {"detail":"JSON parse error - …"}`];
}

function drfFieldErrors(r: WatchedResponse, where: string): string[] {
  const body = r.json;
  const fields =
    body && typeof body === 'object' && !Array.isArray(body) ? Object.values(body) : [];
  const ok =
    r.status === 400 &&
    fields.length > 0 &&
    fields.every(
      (messages) => Array.isArray(messages) && messages.every((m) => typeof m === 'string'),
    );
  return ok ? [] : [`${where}: D122 declared, but not DRF's 400 {"field": ["message", …]}`];
}

function djangoNotFound(r: WatchedResponse, where: string): string[] {
  return r.status === 404 && r.contentType?.startsWith('text/html')
    ? []
    : [`${where}: D123 declared, but not Django's text/html 404`];
}
