import type { buildAsyncApiDocument } from '../../spec/asyncapi.js';
type AsyncApiDocument = ReturnType<typeof buildAsyncApiDocument>;
/**
 * A self-contained page for the chat socket, rendered from the AsyncAPI document: no script, no
 * external asset, so it reads the same offline.
 */
export declare function renderSocketPage(doc: AsyncApiDocument): string;
export {};
