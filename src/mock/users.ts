import generation from '../../fixtures/generation.json' with { type: 'json' };
import { mockUsers } from '../../spec/routes/mock.js';
import { DOCUMENTED } from '../../spec/schemas/documented.js';
import { success } from '../../spec/schemas/envelope.js';
import { createRouter } from '../routes/mount.js';
import { personaNote } from '../seed/personas.js';
import { toBriefUser } from '../store/users.js';
import type { MockContext } from './context.js';

const DOCUMENTED_IDS = new Set(DOCUMENTED.users.map((user) => user.id));

/** Why a person is in the seed: the docs' examples, an edge-case persona (D64), or neither. */
function noteFor(userId: string): string | null {
  if (DOCUMENTED_IDS.has(userId)) return "From the docs' examples";
  return personaNote(userId) ?? null;
}

/** `GET /__mock/users`: everyone who can log in, with the seed password and a note. */
export function userControls({ store }: MockContext) {
  const mock = createRouter();
  mock.openapi(mockUsers, (c) => {
    const people = store.users.listUsers().map((user) => ({
      ...toBriefUser(user),
      is_active: user.is_active === 1,
      password: generation.password,
      note: noteFor(user.id),
    }));
    return c.json(success(people), 200);
  });
  return mock;
}
