/** How the model reads an exchange's parts, whatever source built it. */

/** The query written on a path as sent, when the source gave none apart. */
export function queryOf(path: string): Record<string, string> {
  const start = path.indexOf('?');
  if (start === -1) return {};
  return Object.fromEntries(new URLSearchParams(path.slice(start + 1).split('#')[0]));
}

/** A body given as JSON text is read as JSON; other text carries no fields. */
export function parsed(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** A frame as sources hand it to the model: its JSON, or the raw text when it is not JSON. */
export function frameOfText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `chat_message`, or why a frame has no action: the kinds of frames nobody documented. */
export function actionOf(frame: unknown): string {
  if (typeof frame === 'string') return '(not JSON)';
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) return '(not an object)';
  const action = (frame as { action?: unknown }).action;
  return typeof action === 'string' ? action : '(no action)';
}
