import type { MockContext } from './context.js';
/** `GET /__mock/users`: everyone who can log in, with the seed password. */
export declare function userControls({ store }: MockContext): import("@hono/zod-openapi").OpenAPIHono<import("../env.js").AppEnv, {}, "/">;
