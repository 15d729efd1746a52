import type { ContractRoute } from './routes/index.js';

/** An OpenAPI Link Object: how one answer's values fill another operation's request. */
export interface ContractLink {
  operationId: string;
  description: string;
  parameters?: Record<string, string>;
  requestBody?: unknown;
}

const BEARER = 'Bearer {$response.body#/entity/token}';
const user = (pointer: string) => `$response.body#${pointer}`;

/** The operations a user id from a response can be handed to, keyed by their parameter. */
const BY_USER_ID: [operationId: ContractRoute['operationId'], parameter: string][] = [
  ['getMessages', 'path.uid'],
  ['getUserSettings', 'path.user_id'],
  ['changeUserSettingsPost', 'path.user_id'],
  ['changeUserSettingsPut', 'path.user_id'],
  ['changeUserSettingsPatch', 'path.user_id'],
];

function userIdLinks(pointer: string, key: string, who: string): Record<string, ContractLink> {
  return Object.fromEntries(
    BY_USER_ID.map(([operationId, parameter]) => [
      `${operationId}For${key}`,
      {
        operationId,
        description: `The id of ${who} as \`${parameter.split('.')[1]}\`.`,
        parameters: { [parameter]: user(pointer) },
      },
    ]),
  );
}

/**
 * Where one operation's output feeds another, so stateful testers (Schemathesis, Prism's
 * scenarios) can chain calls: login's token authorizes every protected operation and its refresh
 * token feeds the refresh; the users list and the threads name the ids that messages and settings
 * take. Keyed by the source operation; each applies to its 200 answer.
 */
export function contractLinks(
  routes: readonly ContractRoute[],
): Partial<Record<ContractRoute['operationId'], Record<string, ContractLink>>> {
  const tokenLinks: Record<string, ContractLink> = Object.fromEntries(
    routes
      .filter((route) => (route.security?.length ?? 0) > 0)
      .map((route) => [
        `${route.operationId}WithToken`,
        {
          operationId: route.operationId,
          description: 'The access token as `Authorization: Bearer <token>`.',
          parameters: { 'header.Authorization': BEARER },
        },
      ]),
  );
  return {
    login: {
      ...tokenLinks,
      refreshTokenWithRefreshToken: {
        operationId: 'refreshToken',
        description: 'The refresh token as the refresh body.',
        requestBody: { refresh: '$response.body#/entity/refresh_token' },
      },
    },
    listUsers: userIdLinks('/entity/0/id', 'FirstUser', 'the first user listed'),
    getUserThreads: {
      ...userIdLinks('/entity/0/user_one/id', 'UserOne', "the first thread's `user_one`"),
      ...userIdLinks('/entity/0/user_two/id', 'UserTwo', "the first thread's `user_two`"),
    },
  };
}
