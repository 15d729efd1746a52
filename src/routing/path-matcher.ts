/**
 * One grammar for every path pattern the stand-in matches: the contract's paths, the HTTP fault
 * rules' `match.path` (D53) and the stand-in's own pages. `{name}` is one segment, captured as sent
 * (never decoded, so an escaped `%2F` stays inside its segment); `*` is anything, slashes included;
 * every other character is itself.
 *
 * Hono's routers compile paths too, but not this grammar: PatternRouter makes every trailing slash
 * optional and reads `/:x`, a final `?` and `{…}` as its own syntax with no escape, so a fault's
 * `/:x/` or `/x?` would change meaning, and `*` inside a path is one segment there; RegExpRouter
 * takes no route after its first match (faults come and go) and refuses patterns it finds
 * ambiguous. So one small compiler here, and one table that joins its patterns into a single
 * regular expression, which is RegExpRouter's own technique.
 */

/** Whether `/a` and `/a/` are one path: exactly as written (the contract), or either (fault rules). */
export type TrailingSlash = 'exact' | 'optional';

export type PathParams = Readonly<Record<string, string>>;

const NO_PARAMS: PathParams = Object.freeze({});

/** One pattern, compiled once. */
export class PathPattern {
  readonly names: readonly string[];
  /** The expression without anchors; each `{name}` one capture group, in order. */
  readonly source: string;
  readonly #regex: RegExp;

  constructor(
    readonly pattern: string,
    trailingSlash: TrailingSlash = 'exact',
  ) {
    const names: string[] = [];
    const written = trailingSlash === 'optional' ? pattern.replace(/\/$/, '') : pattern;
    const parts = written.split(/(\{[^}]+\}|\*)/).map((part) => {
      // `[\s\S]`, not `.`: "anything" includes a line break a client escaped into the path.
      if (part === '*') return '[\\s\\S]*';
      if (/^\{[^}]+\}$/.test(part)) {
        names.push(part.slice(1, -1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
    });
    this.names = names;
    this.source = `${parts.join('')}${trailingSlash === 'optional' ? '/?' : ''}`;
    this.#regex = new RegExp(`^${this.source}$`);
  }

  test(path: string): boolean {
    return this.#regex.test(path);
  }

  /** The parameters when `path` matches. */
  match(path: string): PathParams | undefined {
    const found = this.#regex.exec(path);
    return found ? paramsOf(this.names, found, 1) : undefined;
  }
}

function paramsOf(names: readonly string[], found: RegExpExecArray, first: number): PathParams {
  if (names.length === 0) return NO_PARAMS;
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    params[name] = found[first + i] as string;
  });
  return params; // read-only by its type: no freeze, which costs more than the look-up
}

/** A path's entry in a table, with its parameters. */
export interface PathMatch<T> {
  readonly value: T;
  readonly params: PathParams;
}

/** Where one pattern's groups sit in the joined expression. */
interface Slot<T> {
  pattern: PathPattern;
  value: T;
  firstGroup: number;
}

/**
 * Patterns with a value each, matched as one regular expression: `^(?:a()|b()|…)$`, where the
 * empty group closing each alternative marks which one matched (parameters are never empty, so
 * the first `''` in the result is the marker), as Hono's RegExpRouter does. One `exec` answers for
 * the whole table, however many patterns it holds; the first pattern added wins.
 *
 * @example
 * const table = new PathTable<string>().add('/chat/messages/{uid}/', 'conversation');
 * table.match('/chat/messages/42/'); // { value: 'conversation', params: { uid: '42' } }
 */
export class PathTable<T> {
  readonly #entries: Array<{ pattern: PathPattern; value: T }> = [];
  #regex: RegExp | undefined;
  /** The slot whose marker is group `i`, at `i`. */
  #slots: Array<Slot<T> | undefined> = [];

  constructor(readonly trailingSlash: TrailingSlash = 'exact') {}

  add(pattern: string, value: T): this {
    this.#entries.push({ pattern: new PathPattern(pattern, this.trailingSlash), value });
    this.#regex = undefined;
    return this;
  }

  get size(): number {
    return this.#entries.length;
  }

  test(path: string): boolean {
    return this.#compiled().test(path);
  }

  match(path: string): PathMatch<T> | undefined {
    const found = this.#compiled().exec(path);
    if (!found) return undefined;
    const slot = this.#slots[found.indexOf('', 1)];
    if (!slot) return undefined;
    return { value: slot.value, params: paramsOf(slot.pattern.names, found, slot.firstGroup) };
  }

  /** Built on first use after a change, so adding many patterns compiles once. */
  #compiled(): RegExp {
    if (this.#regex) return this.#regex;
    const alternatives: string[] = [];
    this.#slots = [];
    let group = 1;
    for (const { pattern, value } of this.#entries) {
      alternatives.push(`${pattern.source}()`);
      this.#slots[group + pattern.names.length] = { pattern, value, firstGroup: group };
      group += pattern.names.length + 1;
    }
    // An empty table matches nothing: `(?!)` never succeeds.
    this.#regex = new RegExp(`^(?:${alternatives.join('|') || '(?!)'})$`);
    return this.#regex;
  }
}
