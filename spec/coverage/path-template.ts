/**
 * The contract's path templates matched against concrete paths, in the grammar the stand-in's
 * matcher uses for them (`src/routing/path-matcher.ts`): `{name}` is one segment, everything else
 * is itself. Written again here, small, because `spec/` imports nothing from `src/`.
 */
export class PathTemplate {
  readonly #regex: RegExp;

  constructor(readonly template: string) {
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) =>
        /^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'),
      )
      .join('');
    this.#regex = new RegExp(`^${source}$`);
  }

  test(path: string): boolean {
    return this.#regex.test(path);
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
  const exact = entries.find((entry) => entry.template.test(path));
  if (exact || path.endsWith('/')) return exact;
  return entries.find((entry) => entry.template.test(`${path}/`));
}
