import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockContext } from './context.js';
export type { MockContext } from './context.js';
/**
 * Stand-in controls under `/__mock/`, outside the API (D26), one concern a file and WireMock's
 * `/__admin` as the model for naming. Answers use the same envelope as the API.
 */
export declare function mockRoutes(context: MockContext): Hono<AppEnv, import("hono/types").BlankSchema, "/">;
