import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockContext } from './context.js';
/** `POST /__mock/reset`: back to the seed, as on a fresh database. */
export declare function resetControls({ reset }: MockContext): Hono<AppEnv, import("hono/types").BlankSchema, "/">;
