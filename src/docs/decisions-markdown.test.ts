import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECISION_PARTS, OPTIONAL_DECISION_PARTS, parseDecisions } from './decisions-markdown.js';

const decision = (heading: string, parts: Record<string, string>) =>
  [heading, ...Object.entries(parts).map(([label, text]) => `**${label}:** ${text}`)].join('\n\n');

const D7 = {
  'Where in the docs': 'Enable a coin / Disable a coin',
  Ambiguity: 'Documented as GET with a JSON body, which browsers cannot\nsend.',
  Decision: 'The contract keeps GET with a JSON body (D9).',
  Why: 'It is documented.',
};

describe('parseDecisions()', () => {
  it('should read the intro, then each heading with its title and its parts in order', () => {
    const markdown = [
      '# Decisions',
      'The rule\nthroughout.',
      '<!-- For editors only. -->',
      decision('## D7. Coin enable/disable as GET with a body', D7),
      decision('## D12. Ledger lists as `bare` arrays', { ...D7, Why: 'Two\n\nparagraphs?' }),
    ].join('\n\n');
    expect(() => parseDecisions(markdown)).toThrow('D12: a paragraph without a "**Part:**" label');

    const { intro, decisions, outro } = parseDecisions(
      markdown.replace('Two\n\nparagraphs?', 'Shown so.'),
    );
    expect(intro).toEqual(['# Decisions', 'The rule throughout.']);
    expect(outro).toEqual([]);
    expect(decisions.map((d) => [d.id, d.title])).toEqual([
      ['D7', 'Coin enable/disable as GET with a body'],
      ['D12', 'Ledger lists as `bare` arrays'],
    ]);
    expect(decisions[0]?.cells).toEqual([
      { heading: 'Where in the docs', text: 'Enable a coin / Disable a coin' },
      {
        heading: 'Ambiguity',
        text: 'Documented as GET with a JSON body, which browsers cannot send.',
      },
      { heading: 'Decision', text: 'The contract keeps GET with a JSON body (D9).' },
      { heading: 'Why', text: 'It is documented.' },
    ]);
    expect(decisions[1]?.cells.at(-1)).toEqual({ heading: 'Why', text: 'Shown so.' });
  });

  it('should fail on a decision missing its Decision part, naming the decision', () => {
    const { Decision: _dropped, ...withoutDecision } = D7;
    const markdown = `# Decisions\n\n${decision('## D7. Coin enable/disable', withoutDecision)}\n`;
    expect(() => parseDecisions(markdown)).toThrow('D7 has no Decision part');
  });

  it('should fail on a heading without a title or a part given twice', () => {
    expect(() => parseDecisions(decision('## D7 Coin enable/disable', D7))).toThrow(
      'a decision\'s heading reads "## D7. Its title"',
    );
    const twice = `${decision('## D7. Coins', D7)}\n\n**Why:** Again.`;
    expect(() => parseDecisions(twice)).toThrow('D7 has two Why parts');
  });

  it('should read spec/DECISIONS.md: every decision titled, with every part, once', () => {
    const file = readFileSync(new URL('../../spec/DECISIONS.md', import.meta.url), 'utf8');
    const { decisions, outro } = parseDecisions(file);
    expect(decisions.length).toBeGreaterThan(60);
    expect(outro).toEqual([]);
    const ids = decisions.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, title, cells } of decisions) {
      expect(title, id).not.toBe('');
      expect(
        cells.map((c) => c.heading),
        id,
      ).toEqual([
        ...DECISION_PARTS,
        ...OPTIONAL_DECISION_PARTS.filter((part) => cells.some((c) => c.heading === part)),
      ]);
      for (const { heading, text } of cells) expect(text, `${id} ${heading}`).not.toBe('');
    }
    // A package user has no sibling checkout: the docs are cited by name and section.
    expect(file).not.toContain('../shared/');
  });
});
