import { toBriefUser } from '../store/users.js';
import { issueToken } from './jwt.js';
/** The login answer's entity: the user and a fresh access and refresh token for them. */
export function loginEntity(secret, user) {
    return {
        user: toBriefUser(user),
        token: issueToken(secret, user.id, 'access'),
        refresh_token: issueToken(secret, user.id, 'refresh'),
    };
}
