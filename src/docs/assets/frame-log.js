// The frame log of one console pane: every frame in and out, pretty-printed and timed.

/** What a close code tells a developer; the reference's "Close codes" table says more. */
const CLOSE_MEANINGS = {
  1000: 'normal closure',
  1001: 'going away',
  1006: 'no close frame: the handshake was refused (bad or expired token) or the server stopped',
  1008: 'policy violation',
  1009: 'message too big: nothing of that frame was stored',
  1011: 'internal error: the server could not act on a frame (socket errors: close, D120) or was told to close; nothing of that frame was stored: reconnect',
  1013: 'too many unread frames: reconnect and read the history',
};

const pretty = (text) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
};

const isErrorFrame = (text) => {
  try {
    return JSON.parse(text)?.action === 'error';
  } catch {
    return false;
  }
};

/**
 * Appends entries to `list` (an `<ol>`); answers the operations a pane needs.
 *
 * @example
 * const log = frameLog(document.querySelector('.frames'));
 * log.frame('in', '{"action":"re_message"}');
 */
export function frameLog(list) {
  const entries = [];
  const add = (kind, label, text, extraClass = '') => {
    const time = new Date();
    entries.push({ time: time.toISOString(), kind, label, text });
    const item = document.createElement('li');
    item.className = `entry ${kind} ${extraClass}`.trim();
    const head = document.createElement('div');
    head.className = 'entry-head';
    const stamp = document.createElement('time');
    stamp.dateTime = time.toISOString();
    stamp.textContent =
      time.toLocaleTimeString([], { hour12: false }) +
      `.${String(time.getMilliseconds()).padStart(3, '0')}`;
    const what = document.createElement('span');
    what.className = 'direction';
    what.textContent = label;
    head.append(stamp, what);
    item.append(head);
    if (text !== undefined) {
      const body = document.createElement('pre');
      body.textContent = pretty(text);
      item.append(body);
    }
    list.append(item);
    item.scrollIntoView?.({ block: 'nearest' });
  };
  return {
    frame(direction, text) {
      const error = direction === 'in' && isErrorFrame(text);
      const label = direction === 'in' ? (error ? '← error frame' : '← received') : '→ sent';
      add(direction, label, text, error ? 'error' : '');
    },
    event(text) {
      add('event', text);
    },
    closed(code, reason) {
      const meaning = CLOSE_MEANINGS[code] ?? 'see the close codes above';
      add(
        'event',
        `closed ${code} (${meaning})${reason ? `: ${reason}` : ''}`,
        undefined,
        code === 1000 ? '' : 'error',
      );
    },
    clear() {
      entries.length = 0;
      list.replaceChildren();
    },
    async copy() {
      const text = entries
        .map((e) => `${e.time} ${e.label}${e.text ? `\n${pretty(e.text)}` : ''}`)
        .join('\n');
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        const area = Object.assign(document.createElement('textarea'), { value: text });
        document.body.append(area);
        area.select();
        document.execCommand('copy');
        area.remove();
      }
    },
  };
}
