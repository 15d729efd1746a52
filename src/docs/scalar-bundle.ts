import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the installed package keeps Scalar's browser bundle: `npm run build` copies it there. */
const SHIPPED = fileURLToPath(new URL('./assets/scalar-standalone.js', import.meta.url));

/**
 * Scalar's browser bundle (one self-contained 3.5 MB file), served by the stand-in so the docs
 * page loads nothing from the internet. In a clone it comes from the `@scalar/api-reference` dev
 * dependency, found beside its entry point (it exports no subpath for the bundle). The package
 * ships the file instead of that dependency, whose Vue application tree would add ~200 MB to every
 * install (D102).
 */
export function scalarBundlePath(): string {
  if (existsSync(SHIPPED)) return SHIPPED;
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@scalar/api-reference')), 'browser', 'standalone.js');
}
