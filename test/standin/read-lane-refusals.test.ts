import { beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_LIFETIME_SECONDS } from '../../spec/schemas/auth.js';
import { issueToken } from '../../src/auth/jwt.js';
import { readMeta } from '../../src/store/database.js';
import { useLaneAndChain } from '../support/lane-pair.js';
import { CODEBEE, KYRIAN, type TestStandIn, UDO } from '../support/standin.js';

/**
 * The read lane answers from ready bytes before Hono's bearer middleware runs, so it makes the
 * token's refusals itself (SimpleJWT's, D24/D25). Each is sent to a stand-in with the lane and to
 * one without, over one database: the answers must be the same, and the refusal the documented one.
 */

const pair = useLaneAndChain();

/** The three ready reads the lane may answer (src/routes/ready-reads.ts). */
const READS = [
  { method: 'GET', path: `/chat/messages/${CODEBEE.id}/` },
  { method: 'GET', path: '/chat/get-user-threads/' },
  { method: 'POST', path: '/auth/users/' },
];

let secret: string;
let udoAuth: Record<string, string>;
/** An active person of the seed whom the tests may deactivate: not one of the docs' three. */
let person: { id: string; email: string };
beforeAll(async () => {
  secret = readMeta(pair.lane.store.db, 'jwt_secret') as string;
  udoAuth = { authorization: `Bearer ${issueToken(secret, UDO.id, 'access')}` };
  const seeded = pair.lane.store.users.listUsers();
  const found = seeded.find(
    (u) => u.is_active === 1 && ![UDO.id, KYRIAN.id, CODEBEE.id].includes(u.id),
  );
  if (!found) throw new Error('the seed should hold another active person');
  person = found;
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Every ready read with `token`: the lane's answer equals the chain's; returns what it was. */
async function readAll(token: string) {
  const answers = [];
  for (const { method, path } of READS) {
    const { answer, laneTook } = await pair.both(path, method, bearer(token));
    answers.push({ read: `${method} ${path}`, status: answer.status, laneTook, body: answer.body });
  }
  return answers;
}

/** Each read answered 200 by the lane itself: the token is good before it is spoiled. */
async function expectServedByLane(token: string) {
  for (const answer of await readAll(token))
    expect([answer.read, answer.status, answer.laneTook]).toEqual([answer.read, 200, true]);
}

/** Each read refused with 401 and `body`, by the chain's rules whichever server answered. */
async function expectRefused(token: string, body: object) {
  for (const answer of await readAll(token)) {
    expect([answer.read, answer.status, answer.laneTook]).toEqual([answer.read, 401, false]);
    expect(JSON.parse(answer.body), answer.read).toEqual(body);
  }
}

const tokenNotValid = (message: string) => ({
  detail: 'Given token not valid for any token type',
  code: 'token_not_valid',
  messages: [{ token_class: 'AccessToken', token_type: 'access', message }],
});

/** A person the seed does not have, written around the stores as another process would. */
function addPerson(standIns: TestStandIn[]): { id: string; email: string } {
  const id = '0d3f2c1e-5a6b-4c7d-8e9f-a0b1c2d3e4f5';
  const email = 'gone.soon@example.com';
  pair.lane.store.db
    .prepare(
      `INSERT INTO users SELECT ?, (SELECT MAX(user_number) + 1 FROM users), ?, password,
        first_name, last_name, phone_number, email_verified, phone_number_verified, is_staff,
        is_superuser, 1, has_kyc, two_factor_enabled, two_factor_type, available_balance,
        last_login, country, created_at, updated_at FROM users WHERE id = ?`,
    )
    .run(id, email, UDO.id);
  // A write around the store modules drops every server's copies (src/store/index.ts).
  for (const standIn of standIns) standIn.store.forgetCaches();
  return { id, email };
}

describe('The read lane refuses what the chain refuses', () => {
  it('should refuse a deactivated account, as user_inactive', async () => {
    const token = issueToken(secret, person.id, 'access');
    await expectServedByLane(token);
    const change = (active: boolean) => {
      const body = JSON.stringify({ is_active: active });
      const headers = { 'content-type': 'application/json', 'content-length': `${body.length}` };
      return pair.both(
        `/exec/user/settings/${person.id}/`,
        'GET',
        { ...udoAuth, ...headers },
        body,
      );
    };
    expect((await change(false)).answer.status).toBe(200);
    try {
      await expectRefused(token, { detail: 'User is inactive', code: 'user_inactive' });
    } finally {
      expect((await change(true)).answer.status).toBe(200);
    }
    await expectServedByLane(token);
  });

  it('should refuse a refresh token, as the wrong type', async () => {
    await expectRefused(
      issueToken(secret, person.id, 'refresh'),
      tokenNotValid('Token has wrong type'),
    );
  });

  it('should refuse an expired access token', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - TOKEN_LIFETIME_SECONDS.access - 60;
    await expectRefused(
      issueToken(secret, person.id, 'access', issuedAt),
      tokenNotValid('Token is invalid or expired'),
    );
  });

  it('should refuse a token that expired after the lane had verified it', async () => {
    const now = Math.floor(Date.now() / 1000);
    // Valid for two more seconds: long enough to be verified (and remembered) once.
    const token = issueToken(secret, person.id, 'access', now - TOKEN_LIFETIME_SECONDS.access + 2);
    await expectServedByLane(token);
    while (Math.floor(Date.now() / 1000) < now + 2)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await expectRefused(token, tokenNotValid('Token is invalid or expired'));
  });

  it('should refuse a token signed with another key', async () => {
    await expectRefused(
      issueToken('another secret', person.id, 'access'),
      tokenNotValid('Token is invalid or expired'),
    );
  });

  it('should refuse a person a reset removed, as user_not_found', async () => {
    const gone = addPerson([pair.lane, pair.chain]);
    const token = issueToken(secret, gone.id, 'access');
    await expectServedByLane(token);
    for (const standIn of [pair.lane, pair.chain])
      expect((await fetch(`${standIn.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
    await expectRefused(token, { detail: 'User not found', code: 'user_not_found' });
  });

  it('should refuse a person a snapshot restore removed, as user_not_found', async () => {
    const saved: { standIn: TestStandIn; id: string }[] = [];
    for (const standIn of [pair.lane, pair.chain]) {
      const res = await fetch(`${standIn.url}/__mock/snapshots`, { method: 'POST' });
      saved.push({ standIn, id: ((await res.json()) as { entity: { id: string } }).entity.id });
    }
    const gone = addPerson([pair.lane, pair.chain]);
    const token = issueToken(secret, gone.id, 'access');
    await expectServedByLane(token);
    for (const { standIn, id } of saved) {
      const res = await fetch(`${standIn.url}/__mock/snapshots/${id}/restore`, { method: 'POST' });
      expect(res.status).toBe(200);
    }
    await expectRefused(token, { detail: 'User not found', code: 'user_not_found' });
  });
});
