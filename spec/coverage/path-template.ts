/**
 * The contract's path templates matched against concrete paths, in the grammar the stand-in's
 * matcher uses for them (`src/routing/path-matcher.ts`): `{name}` is one segment, everything else
 * is itself. Written again here, small, because `spec/` imports nothing from `src/`.
 */
export class PathTemplate {
  readonly #regex: RegExp;
  /** The parameters' names, in the order they appear. */
  readonly names: readonly string[];

  constructor(readonly template: string) {
    const names: string[] = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      })
      .join('');
    this.names = names;
    this.#regex = new RegExp(`^${source}$`);
  }

  test(path: string): boolean {
    return this.#regex.test(path);
  }

  /**
   * The path parameters of a path this template matches, decoded (as written when a value is not
   * valid percent-encoding), or undefined.
   *
   * @example
   * new PathTemplate('/chat/messages/{uid}/').match('/chat/messages/42/') // { uid: '42' }
   */
  match(path: string): Record<string, string> | undefined {
    const found = this.#regex.exec(path);
    if (!found) return undefined;
    const params: Record<string, string> = {};
    this.names.forEach((name, i) => {
      const raw = found[i + 1] ?? '';
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        params[name] = raw;
      }
    });
    return params;
  }
}

/** The path without its query or fragment: sources may hand over the path as sent. */
export function pathOnly(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

/**
 * The template a concrete path is, or undefined. A path without its trailing slash is the slashed
 * one (D22: the stand-in and Django's APPEND_SLASH answer both).
 */
export function matchTemplate<T extends { template: PathTemplate }>(
  entries: readonly T[],
  path: string,
): T | undefined {
  return matchTemplateWithParams(entries, path)?.entry;
}

/** As `matchTemplate`, with the path parameters the matching path carries. */
export function matchTemplateWithParams<T extends { template: PathTemplate }>(
  entries: readonly T[],
  path: string,
): { entry: T; params: Record<string, string> } | undefined {
  const tries = path.endsWith('/') ? [path] : [path, `${path}/`];
  for (const tried of tries)
    for (const entry of entries) {
      const params = entry.template.match(tried);
      if (params) return { entry, params };
    }
  return undefined;
}
