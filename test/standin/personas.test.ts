import { describe, expect, it } from 'vitest';
import personas from '../../fixtures/personas.json' with { type: 'json' };
import { expectStatus, PASSWORD, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
useStandIn((started) => ({ standIn } = started));

const persona = (key: string) => {
  const found = personas.people.find((p) => p.key === key);
  if (!found) throw new Error(`no persona ${key}`);
  return found;
};

/** A persona's token without a login's password hashing. */
async function tokenOf(key: string): Promise<string> {
  const res = await standIn.call({
    method: 'POST',
    path: '/__mock/token',
    body: { user_id: persona(key).id },
  });
  return (expectStatus(res, 200) as { entity: { token: string } }).entity.token;
}

async function conversation(key: string, other: string) {
  const res = await standIn.call({
    method: 'GET',
    path: `/chat/messages/${persona(other).id}/`,
    token: await tokenOf(key),
  });
  return (expectStatus(res, 200) as { entity: { messages: { message: string }[] } }).entity
    .messages;
}

describe('Edge-case personas', () => {
  it('should list every persona in /__mock/users with its note, and the docs people as such', async () => {
    const res = await standIn.call({ method: 'GET', path: '/__mock/users' });
    const people = (expectStatus(res, 200) as { entity: { id: string; note: string | null }[] })
      .entity;
    expect(personas.people.length).toBeGreaterThan(0);
    for (const p of personas.people)
      expect(people.find((person) => person.id === p.id)?.note).toBe(p.note);
    expect(people.find((person) => person.id === UDO.id)?.note).toBe("From the docs' examples");
  });

  it('should give the empty inbox no threads, and the marathon 1,000 messages', async () => {
    const threads = await standIn.call({
      method: 'GET',
      path: '/chat/get-user-threads/',
      token: await tokenOf('no_threads'),
    });
    expect(expectStatus(threads, 200)).toMatchObject({ entity: [] });
    expect(await conversation('marathon_a', 'marathon_b')).toHaveLength(1000);
  });

  it('should send the edge texts back exactly as stored: emoji, right-to-left, markup, 4,000 characters', async () => {
    const bodies = (await conversation('long_name', 'edge_texter')).map((m) => m.message);
    expect(personas.edge_messages.length).toBeGreaterThan(0);
    for (const text of personas.edge_messages) expect(bodies).toContain(text);
    expect(bodies).toContain("<script>alert('hi')</script> is just text here");
    expect(bodies.some((body) => body.length === 4000)).toBe(true);
    const threads = await standIn.call({
      method: 'GET',
      path: '/chat/get-user-threads/',
      token: await tokenOf('edge_texter'),
    });
    expect(JSON.stringify(expectStatus(threads, 200))).toContain(persona('long_name').last_name);
  });

  it('should refuse the inactive persona at login with the documented message', async () => {
    const res = await standIn.call({
      method: 'POST',
      path: '/auth/login/',
      body: { email: persona('inactive').email, password: PASSWORD },
    });
    expect(expectStatus(res, 400)).toMatchObject({
      message: 'This user is currently not active. verify your account',
    });
  });
});

describe('Seeded chat text', () => {
  it('should read like chat, with no Latin placeholder text', () => {
    const bodies = standIn.store.db
      .prepare<[], { body: string }>('SELECT body FROM messages')
      .all()
      .map((row) => row.body);
    expect(bodies.length).toBeGreaterThan(1000);
    const latin = bodies.filter((body) =>
      /\b(lorem|ipsum|dolor|amet|consectetur|adipiscing|sed do|tempor)\b/i.test(body),
    );
    expect(latin).toEqual([]);
    expect(bodies.some((body) => /\b(abeg|wahala|dey|o)\b/i.test(body))).toBe(true);
  });
});
