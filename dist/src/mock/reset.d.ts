import type { MockContext } from './context.js';
/** `POST /__mock/reset`: back to the seed, as on a fresh database. */
export declare function resetControls({ reset }: MockContext): import("@hono/zod-openapi").OpenAPIHono<import("../env.js").AppEnv, {}, "/">;
