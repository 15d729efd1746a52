import type { Faker } from '@faker-js/faker';
import lines from '../../fixtures/chat-lines.json' with { type: 'json' };

/**
 * One chat message as people in Lagos write them: English with Nigerian English and Pidgin, short
 * replies, emoji (D64). Drawn from `fixtures/chat-lines.json` with the seed's generator, so a seed
 * always gives the same text.
 *
 * @example
 * const body = chatLine(faker, 'Chidi'); // "Morning Chidi! Abeg send me the screenshot when you're free"
 */
export function chatLine(faker: Faker, receiverFirstName: string): string {
  const pick = (list: readonly string[]) => faker.helpers.arrayElement(list);
  const line = pick(lines.lines);
  switch (faker.number.int({ max: 9 })) {
    case 0:
    case 1:
      return pick(lines.replies);
    case 2:
    case 3: {
      const opener = pick(lines.openers).replace('{name}', receiverFirstName);
      return `${opener}${/[,!?.]$/.test(opener) ? ' ' : ', '}${lowerFirst(line)}`;
    }
    case 4:
      return joinSentences(line, pick(lines.closers));
    case 5:
      return joinSentences(line, pick(lines.lines));
    default:
      return line;
  }
}

/** "Ok. Talk later", "Na so o", "Done 🙏": a full stop only between two sentences. */
function joinSentences(first: string, second: string): string {
  const startsSentence = /^[A-Z]/.test(second);
  if (!startsSentence || /[.!?]$/.test(first)) return `${first} ${second}`;
  return `${first}. ${second}`;
}

/** "How far" after "Morning Ada!" reads as one sentence; "I" stays capital. */
function lowerFirst(text: string): string {
  return /^I\b/.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
