import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockContext } from './context.js';
/** `GET /__mock/users`: everyone who can log in, with the seed password. */
export declare function userControls({ store }: MockContext): Hono<AppEnv, import("hono/types").BlankSchema, "/">;
