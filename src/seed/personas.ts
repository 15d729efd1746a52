import type { Faker } from '@faker-js/faker';
import generation from '../../fixtures/generation.json' with { type: 'json' };
import personas from '../../fixtures/personas.json' with { type: 'json' };
import type { Store } from '../store/index.js';
import { httpTimestamp } from '../store/timestamps.js';
import { chatLine } from './chat-text.js';

/** Edge-case people for frontend tests (D64), by their fixture key. */
export const PERSONAS = personas.people;
export type Persona = (typeof PERSONAS)[number];

/** The conversation long enough to need scrolling and paging. */
export const MARATHON_LENGTH = 1000;
/** The longest body a socket message may carry (D19). */
export const LONGEST_BODY = 4000;

const personaBy = (key: string): Persona => {
  const found = PERSONAS.find((persona) => persona.key === key);
  if (!found) throw new Error(`fixtures/personas.json has no "${key}"`);
  return found;
};

/** What `GET /__mock/users` says about a person: their persona note, if they are one. */
export function personaNote(userId: string): string | undefined {
  return PERSONAS.find((persona) => persona.id === userId)?.note;
}

/** The 4,000-character body: the fixture's paragraph repeated, cut at exactly the limit. */
export function longestBody(): string {
  const paragraph = personas.long_body_paragraph;
  return paragraph.repeat(Math.ceil(LONGEST_BODY / paragraph.length)).slice(0, LONGEST_BODY);
}

/**
 * Inserts the personas after the generated people, with their conversations: the 1,000-message
 * marathon (text from the seed's generator) and the edge-case texts. Ids, names and the edge texts
 * are the same for every seed, so tests can name them.
 */
export function insertPersonas(
  store: Store,
  {
    faker,
    firstUserNumber,
    passwordHash,
  }: { faker: Faker; firstUserNumber: number; passwordHash: string },
): void {
  const created = httpTimestamp(Date.parse(generation.window.from) * 1000);
  const insertUser = store.db.prepare(
    `INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, 0, 0, ?, 0, 0, 'email', '0.00000', NULL, 'Nigeria', ?, ?)`,
  );
  for (const [i, persona] of PERSONAS.entries()) {
    insertUser.run(
      persona.id,
      firstUserNumber + i,
      persona.email,
      passwordHash,
      persona.first_name,
      persona.last_name,
      `0810000000${i}`,
      persona.is_active ? 1 : 0,
      created,
      created,
    );
  }

  const from = Date.parse(generation.window.from) * 1000;
  const minute = 60 * 1_000_000;
  const [ada, bayo] = [personaBy('marathon_a'), personaBy('marathon_b')];
  store.chat.storeHistory(
    Array.from({ length: MARATHON_LENGTH }, (_, i) => {
      const [sender, receiver] = faker.datatype.boolean() ? [ada, bayo] : [bayo, ada];
      return {
        senderId: sender.id,
        receiverId: receiver.id,
        body: chatLine(faker, receiver.first_name),
        created: httpTimestamp(from + i * 7 * minute),
      };
    }),
  );

  const [tolu, longName] = [personaBy('edge_texter'), personaBy('long_name')];
  const edgeTexts = [...personas.edge_messages, longestBody()];
  store.chat.storeHistory(
    edgeTexts.map((body, i) => ({
      senderId: tolu.id,
      receiverId: longName.id,
      body,
      created: httpTimestamp(from + (MARATHON_LENGTH * 7 + i) * minute),
    })),
  );
}
