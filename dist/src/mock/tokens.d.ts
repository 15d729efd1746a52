import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockContext } from './context.js';
/** `POST /__mock/token`: a login's tokens for anyone, without their password. */
export declare function tokenControls({ store, secret }: MockContext): Hono<AppEnv, import("hono/types").BlankSchema, "/">;
