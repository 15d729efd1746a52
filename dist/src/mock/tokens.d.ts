import type { MockContext } from './context.js';
/** `POST /__mock/token`: a login's tokens for anyone, without their password. */
export declare function tokenControls({ store, secret }: MockContext): import("@hono/zod-openapi").OpenAPIHono<import("../env.js").AppEnv, {}, "/">;
