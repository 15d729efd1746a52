import type { ResolvedPolicies } from '../policy/resolve.js';

/**
 * Where the docs are silent, what this stand-in does and why (its mode, `--socket-errors`,
 * `--like`), as markdown for the `/docs` introduction; with `--like`, what it adopted and did not.
 */
export function policyMarkdown({ choices, like }: ResolvedPolicies): string {
  const lines = [
    '**Where the docs are silent**, this stand-in (also `GET /__mock/config`):',
    '',
    ...choices.map((c) => `- \`${c.name}\`: ${c.value} (${c.source}; ${c.decision})`),
  ];
  if (!like) return lines.join('\n');
  return [
    ...lines,
    '',
    `**Like \`${like.target}\`** (\`--like ${like.file}\`, D125):`,
    '',
    ...like.adopted.map((a) => `- adopted \`${a.id}\`: ${a.observed}`),
    ...like.notAdopted.map((a) => `- not adopted \`${a.id}\`: ${a.observed} (${a.note})`),
  ].join('\n');
}

/** The socket half, as HTML-safe text for `/docs/ws`: what a refused frame gets on this server. */
export function socketPolicyText({ choices }: ResolvedPolicies): string {
  const socket = choices.find((c) => c.name === 'socket');
  const self = choices.find((c) => c.name === 'selfMessage');
  return `On this server a refused frame gets: ${socket?.value} (${socket?.source}); a message to yourself is ${self?.value} (${self?.source}).`;
}
