/** The documented people (fixtures/), whom every seeded database holds. */
export const UDO = {
  id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1',
  email: 'onuhudoudo@gmail.com',
};
export const KYRIAN = {
  id: '8b979f92-2d5d-471f-abdc-4f8259f5736a',
  email: 'udokyrian@outlook.com',
};
export const CODEBEE = { id: '96bf0d3f-720d-4620-8dee-0f59f997cb51' };
export const PASSWORD = 'password123';

/** Logs in over HTTP and answers the bearer header. */
export async function bearerFor(baseUrl: string, email: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const login = (await res.json()) as { entity: { token: string } };
  return { authorization: `Bearer ${login.entity.token}` };
}

/** Access tokens for `count` active people, through the stand-in's `/__mock` controls. */
export async function tokensFor(
  baseUrl: string,
  count: number,
): Promise<{ id: string; token: string }[]> {
  const people = (
    (await (await fetch(`${baseUrl}/__mock/users`)).json()) as {
      entity: { id: string; is_active: boolean }[];
    }
  ).entity
    .filter((p) => p.is_active)
    .slice(0, count);
  return Promise.all(
    people.map(async (p) => {
      const res = await fetch(`${baseUrl}/__mock/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user_id: p.id }),
      });
      return {
        id: p.id,
        token: ((await res.json()) as { entity: { token: string } }).entity.token,
      };
    }),
  );
}
