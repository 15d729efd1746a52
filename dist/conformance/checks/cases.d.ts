import type { ContractRoute } from '../../spec/routes/index.js';
import { type HttpCall } from '../client.js';
import type { RunContext } from '../types.js';
/** One documented request and what the docs say it must answer. */
export interface HttpCase {
    id: string;
    operationId: ContractRoute['operationId'];
    title: string;
    status: number;
    message?: string;
    writes?: boolean;
    /** Why the case cannot run with this context, if it cannot. */
    unavailable?(ctx: RunContext): string | undefined;
    request(ctx: RunContext): Omit<HttpCall, 'timeoutMs'>;
}
/**
 * The documented requests, in the order the docs give them. Writes come in pairs that undo each
 * other: btc is disabled, then enabled (there is no endpoint to read a coin's state first).
 */
export declare const HTTP_CASES: HttpCase[];
