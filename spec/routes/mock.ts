import { z } from '@hono/zod-openapi';
import { CoverageSchema } from '../schemas/coverage.js';
import { FailureEnvelopeSchema, failure, successEnvelope } from '../schemas/envelope.js';
import {
  FaultParamsSchema,
  FaultRequestSchema,
  FaultSchema,
  JournalEntrySchema,
  JournalQuerySchema,
  MintedTokensSchema,
  MockTokenRequestSchema,
  MockUserSchema,
  SocketCloseRequestSchema,
  SocketCloseResultSchema,
} from '../schemas/mock.js';
import {
  SnapshotParamsSchema,
  SnapshotRequestSchema,
  SnapshotSchema,
} from '../schemas/snapshots.js';
import {
  AssumptionBreaksRequestSchema,
  AssumptionBreaksSchema,
  StandInConfigSchema,
} from '../schemas/standin-config.js';
import { controlRoute, jsonBody } from './control-route.js';
import { badRequestResponse, jsonContent } from './responses.js';

export { CONTROL_KEY_HEADER, controlRoute, MOCK_TAG } from './control-route.js';

export const mockReset = controlRoute({
  operationId: 'mockReset',
  method: 'post',
  path: '/__mock/reset',
  summary: 'Reset the data to the seed',
  description: 'As on a fresh database: every write since start-up is gone.',
  responses: { 200: jsonContent(successEnvelope(z.null()), 'Data reset') },
});

export const mockUsers = controlRoute({
  operationId: 'mockUsers',
  method: 'get',
  path: '/__mock/users',
  summary: 'Everyone who can log in, with the password',
  description:
    'Every seeded person, active or not, with the shared password and why they are there (D64): pick whom to log in as.',
  responses: { 200: jsonContent(successEnvelope(MockUserSchema.array()), 'The people') },
});

export const mockToken = controlRoute({
  operationId: 'mockToken',
  method: 'post',
  path: '/__mock/token',
  summary: "A login's tokens for anyone, without their password",
  description:
    'Active or not. `token_type` and `lifetime_seconds` mint a token that expires soon or has already expired (DECISIONS.md D61).',
  request: { body: jsonBody(MockTokenRequestSchema) },
  responses: {
    200: jsonContent(
      successEnvelope(MintedTokensSchema),
      'What a login would answer, with each expiry',
    ),
    ...badRequestResponse,
    404: jsonContent(FailureEnvelopeSchema, 'No such user', failure('User does not exist')),
  },
});

export const mockCloseSockets = controlRoute({
  operationId: 'mockCloseSockets',
  method: 'post',
  path: '/__mock/sockets/close',
  summary: "Close one user's sockets, or everyone's, now",
  description:
    'Like a server restart (1012) or crash (1011). The body may be empty: every socket, code 1012.',
  request: { body: jsonBody(SocketCloseRequestSchema, false) },
  responses: {
    200: jsonContent(successEnvelope(SocketCloseResultSchema), 'How many sockets were closed'),
    ...badRequestResponse,
  },
});

export const mockListFaults = controlRoute({
  operationId: 'mockListFaults',
  method: 'get',
  path: '/__mock/faults',
  summary: 'The active faults',
  description:
    'Every fault still in effect, with how many more times each applies (`remaining`, null: until removed).',
  responses: { 200: jsonContent(successEnvelope(FaultSchema.array()), 'Active faults') },
});

export const mockAddFault = controlRoute({
  operationId: 'mockAddFault',
  method: 'post',
  path: '/__mock/faults',
  summary: 'Make HTTP requests or sockets misbehave',
  description:
    'HTTP: answer matching requests with a status or a network fault. Socket: delay, drop (a dropped frame is still stored), duplicate, close after N frames, refuse handshakes. Drops draw from a generator seeded by `--seed`.',
  request: { body: jsonBody(FaultRequestSchema) },
  responses: {
    201: jsonContent(successEnvelope(FaultSchema), 'The fault, now active'),
    ...badRequestResponse,
  },
});

export const mockClearFaults = controlRoute({
  operationId: 'mockClearFaults',
  method: 'delete',
  path: '/__mock/faults',
  summary: 'Remove every fault',
  description: 'HTTP and socket faults alike; the journal and the data are untouched.',
  responses: { 200: jsonContent(successEnvelope(z.null()), 'No faults remain') },
});

export const mockRemoveFault = controlRoute({
  operationId: 'mockRemoveFault',
  method: 'delete',
  path: '/__mock/faults/{id}',
  summary: 'Remove one fault',
  description: 'By the id `POST /__mock/faults` answered; the others stay in effect.',
  request: { params: FaultParamsSchema },
  responses: {
    200: jsonContent(successEnvelope(z.null()), 'Removed'),
    400: jsonContent(
      FailureEnvelopeSchema,
      'The id is not a positive whole number a fault could have (D145)',
      failure('Invalid request: id: Too small: expected number to be >0'),
    ),
    404: jsonContent(FailureEnvelopeSchema, 'No such fault', failure('No fault has id 7')),
  },
});

export const mockJournal = controlRoute({
  operationId: 'mockJournal',
  method: 'get',
  path: '/__mock/requests',
  summary: 'Recent HTTP requests and socket events, newest first',
  description:
    'The journal (D54): every request the API answered and every socket event, filtered by the query; the stand-in keeps the last `--journal` entries.',
  request: { query: JournalQuerySchema },
  responses: {
    200: jsonContent(successEnvelope(JournalEntrySchema.array()), 'Matching entries'),
    ...badRequestResponse,
  },
});

export const mockClearJournal = controlRoute({
  operationId: 'mockClearJournal',
  method: 'delete',
  path: '/__mock/requests',
  summary: 'Empty the journal',
  description:
    'Forget every entry, so a test reads only what it caused; the coverage built from it (`GET /__mock/coverage`) starts again too.',
  responses: { 200: jsonContent(successEnvelope(z.null()), 'Journal emptied') },
});

export const mockCoverage = controlRoute({
  operationId: 'mockCoverage',
  method: 'get',
  path: '/__mock/coverage',
  summary: 'What the requests and socket frames so far touched of the contract',
  description:
    'Every documented operation × status hit or not, the request fields and socket frame kinds, error codes and close codes seen (documented or not), percentages and what was never hit; since start-up or the last `DELETE /__mock/requests`, older entries than the journal keeps included. Response fields are not measured: the journal keeps no response bodies. `?format=text` answers the console form, to print at the end of a test run (DECISIONS.md D135, D140).',
  request: {
    query: z.object({
      format: z.enum(['json', 'text']).default('json').openapi({
        description: '`json`: the envelope with the model; `text`: the same as plain text',
      }),
    }),
  },
  responses: {
    200: {
      description: 'The coverage',
      content: {
        'application/json': { schema: successEnvelope(CoverageSchema) },
        'text/plain': { schema: z.string() },
      },
    },
    ...badRequestResponse,
  },
});

const noSuchSnapshot = {
  400: jsonContent(
    FailureEnvelopeSchema,
    'The id is not a UUID, so no snapshot can have it (D145)',
    failure('Invalid request: id: Invalid UUID'),
  ),
  404: jsonContent(FailureEnvelopeSchema, 'No such snapshot', failure('No such snapshot')),
};

export const mockSaveSnapshot = controlRoute({
  operationId: 'mockSaveSnapshot',
  method: 'post',
  path: '/__mock/snapshots',
  summary: 'Save the whole state under a new id',
  description:
    'Messages, threads, settings, coins, users and the ledger, as one SQLite image held in memory until deleted or the stand-in stops. The body may be empty (DECISIONS.md D62).',
  request: { body: jsonBody(SnapshotRequestSchema, false) },
  responses: {
    201: jsonContent(successEnvelope(SnapshotSchema), 'Saved'),
    ...badRequestResponse,
  },
});

export const mockListSnapshots = controlRoute({
  operationId: 'mockListSnapshots',
  method: 'get',
  path: '/__mock/snapshots',
  summary: 'The saved snapshots, oldest first',
  description: 'Each with its id (for restore and delete), name, time and size.',
  responses: { 200: jsonContent(successEnvelope(SnapshotSchema.array()), 'Saved snapshots') },
});

export const mockRestoreSnapshot = controlRoute({
  operationId: 'mockRestoreSnapshot',
  method: 'post',
  path: '/__mock/snapshots/{id}/restore',
  summary: 'Bring a saved state back',
  description:
    'Everything exactly as saved; open sockets stay open and their users keep working. Needs a database file (409 with `--db :memory:`).',
  request: { params: SnapshotParamsSchema },
  responses: {
    200: jsonContent(successEnvelope(SnapshotSchema), 'Restored'),
    ...noSuchSnapshot,
    409: jsonContent(FailureEnvelopeSchema, 'The stand-in runs on :memory:'),
  },
});

export const mockDeleteSnapshot = controlRoute({
  operationId: 'mockDeleteSnapshot',
  method: 'delete',
  path: '/__mock/snapshots/{id}',
  summary: 'Forget a saved snapshot',
  description: 'Frees its memory; the current state is untouched.',
  request: { params: SnapshotParamsSchema },
  responses: { 200: jsonContent(successEnvelope(z.null()), 'Deleted'), ...noSuchSnapshot },
});

export const mockConfig = controlRoute({
  operationId: 'mockConfig',
  method: 'get',
  path: '/__mock/config',
  summary: 'How this stand-in answers where the docs are silent',
  description:
    'Its mode, each policy with its source (the mode, `--socket-errors`, `--like`), what `--like REPORT.json` adopted and could not, and whether assumptions are broken (DECISIONS.md D120–D126).',
  responses: { 200: jsonContent(successEnvelope(StandInConfigSchema), 'The policies') },
});

export const mockSetAssumptions = controlRoute({
  operationId: 'mockSetAssumptions',
  method: 'post',
  path: '/__mock/assumptions',
  summary: "Break the contract's assumptions, or stop",
  description:
    'With `broken`, 200 answers carry, for a share `rate` of their records fixed by `--seed`, values that break only assumed rules (`x-assumed`): null where the docs never showed it, a value outside an assumed-closed list, a string past an assumed length. Each such answer names them in `X-Standin-Deviation` (D126).',
  request: { body: jsonBody(AssumptionBreaksRequestSchema) },
  responses: {
    200: jsonContent(successEnvelope(AssumptionBreaksSchema), 'Now in effect'),
    ...badRequestResponse,
  },
});

export const mockDocument = controlRoute({
  operationId: 'mockDocument',
  method: 'get',
  path: '/__mock/openapi.json',
  summary: 'This document',
  description:
    "The OpenAPI 3.1 document of the controls, naming this stand-in as its server. The API's own is `/openapi.json` (D143).",
  responses: {
    200: jsonContent(
      z.record(z.string(), z.unknown()).openapi('MockOpenApiDocument', {
        description: 'An OpenAPI 3.1 document',
      }),
      'The controls document',
    ),
  },
});

/** Every control route, in the order the docs page lists them. Not part of `ROUTES` (the API). */
export const MOCK_ROUTES = [
  mockReset,
  mockUsers,
  mockToken,
  mockCloseSockets,
  mockListFaults,
  mockAddFault,
  mockRemoveFault,
  mockClearFaults,
  mockJournal,
  mockClearJournal,
  mockCoverage,
  mockSaveSnapshot,
  mockListSnapshots,
  mockRestoreSnapshot,
  mockDeleteSnapshot,
  mockConfig,
  mockSetAssumptions,
  mockDocument,
] as const;
