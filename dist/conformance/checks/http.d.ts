import { type ContractRoute } from '../../spec/routes/index.js';
import { type HttpResult } from '../client.js';
import { type Check, type RunContext } from '../types.js';
import { type HttpCase } from './cases.js';
export declare const docRefOf: (route: ContractRoute) => string;
/** Runs the case's call once per run; every aspect check reads the same response. */
export declare function callCase(ctx: RunContext, c: HttpCase): Promise<HttpResult>;
/** Status, content type, envelope, schema, extra fields and message for every documented case. */
export declare const HTTP_CHECKS: Check[];
