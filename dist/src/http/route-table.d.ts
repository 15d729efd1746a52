import { type ContractRoute } from '../../spec/routes/index.js';
/** One contract path with the operations declared on it. */
export interface ContractPath {
    path: string;
    pattern: RegExp;
    operations: Map<string, ContractRoute>;
    isProtected: boolean;
}
/** The contract's paths, compiled once: the gate, `Prefer` and slash handling all read this. */
export declare const CONTRACT_PATHS: readonly ContractPath[];
export declare const findContractPath: (path: string) => ContractPath | undefined;
/** The operation for a method, counting HEAD as GET as Django does. */
export declare function findOperation(entry: ContractPath, method: string): ContractRoute | undefined;
/**
 * Adds the trailing slash the contract's paths end with when the client left it off (D22), so
 * `/auth/users` and `/auth/users/` are one route for every method, with no redirect.
 */
export declare const canonicalPath: (path: string) => string;
