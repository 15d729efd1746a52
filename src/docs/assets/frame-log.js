// The frame log of one console pane: every frame in and out, pretty-printed and timed.

/**
 * What a close code tells a developer, from the page (`data-close-meanings`, rendered from the
 * reference's table in src/docs/close-codes.ts) so the console and the reference say the same.
 */
function closeMeaning(meanings, code) {
  const key = code >= 4000 && code <= 4999 ? '4000–4999' : String(code);
  return meanings[key] ?? 'see the close codes above';
}

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
 * const log = frameLog(document.querySelector('.frames'), { 1000: 'normal closure' });
 * log.frame('in', '{"action":"re_message"}');
 */
export function frameLog(list, closeMeanings = {}) {
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
      const meaning = closeMeaning(closeMeanings, code);
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
