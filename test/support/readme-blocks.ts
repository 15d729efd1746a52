import { readFileSync } from 'node:fs';

/** The marker README.md puts right above the MSW block, naming the file the block is. */
export const MSW_BLOCK_MARKER = '<!-- examples/msw.test.ts:';

/**
 * The fenced code block that follows `marker` in a README, exactly as a reader copies it; an error
 * naming the marker when there is none, so a reworded README fails loudly instead of testing nothing.
 */
export function readmeBlockAfter(readmePath: string, marker: string): string {
  const readme = readFileSync(readmePath, 'utf8');
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`${readmePath} has no "${marker}" marker`);
  const block = /```\w*\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block?.[1]) throw new Error(`${readmePath}: no code block after "${marker}"`);
  return block[1];
}
