import type { ProxiedResponse } from '../breaking-proxy.js';
import { everyPayloadObject, mapJson } from '../conformance-run.js';
import type { Variant } from './variant.js';

/** Changes every payload object of every HTTP answer but the 401s, and every socket frame. */
function payloadAndFrames(change: (o: Record<string, unknown>) => void) {
  return () => ({
    response: (_req: unknown, res: ProxiedResponse) =>
      res.status === 401 ? res : mapJson(res, (json) => everyPayloadObject(json, change)),
    frame: (text: string) => {
      const frame = JSON.parse(text) as Record<string, unknown>;
      change(frame);
      return JSON.stringify(frame);
    },
  });
}

/** Changes the payload objects of the answers to paths starting with `prefix`. */
function payloadOf(prefix: string, change: (o: Record<string, unknown>) => void) {
  return () => ({
    response: (req: { path: string }, res: ProxiedResponse) =>
      req.path.startsWith(prefix) ? mapJson(res, (json) => everyPayloadObject(json, change)) : res,
  });
}

const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)$/;

/**
 * Each kind of schema problem on its own (conformance/judging/provenance.ts), documented ones failing and
 * assumed ones (spec/schemas/assumed.ts) giving `unconfirmed`.
 */
export const SCHEMA_VARIANTS: Variant[] = [
  {
    name: 'a documented field missing',
    breakage: payloadAndFrames((o) => {
      delete o.id;
      delete o.access;
      delete o.created_msg_id;
    }),
    expect: [
      {
        checks:
          /^(currentUser|listUsers|listTransactions|listWithdrawals|getUserSettings|refreshToken)\.[^:]+:schema$/,
        rule: 'schema.missing',
      },
      { checks: /^socket\.delivery$/, rule: 'schema.missing' },
    ],
  },
  {
    name: 'a documented field of the wrong JSON type',
    breakage: payloadAndFrames((o) => {
      if (typeof o.email === 'string') o.email = 42;
      if (typeof o.verified === 'boolean') o.verified = 'yes';
      if (typeof o.access === 'string') o.access = 42;
      if (typeof o.created_msg_id === 'number') o.created_msg_id = String(o.created_msg_id);
    }),
    expect: [
      {
        checks:
          /^(currentUser|listUsers|listTransactions|listWithdrawals|getUserSettings|refreshToken)\.[^:]+:schema$/,
        rule: 'schema.type',
      },
      { checks: /^socket\.delivery$/, rule: 'schema.type' },
      { checks: /^changeUserSettings\.applies$/, rule: 'settings.shape' },
    ],
  },
  {
    name: 'null in a documented identity field',
    breakage: payloadAndFrames((o) => {
      if ('id' in o) o.id = null;
      if ('sender_id' in o) o.sender_id = null;
    }),
    expect: [
      {
        checks: /^(currentUser|listUsers|listTransactions|getUserSettings)\.ok:schema$/,
        rule: 'schema.null',
      },
      { checks: /^socket\.delivery$/, rule: 'schema.null' },
    ],
  },
  {
    name: 'datetimes in another format than the docs show',
    breakage: payloadAndFrames((o) => {
      for (const [key, value] of Object.entries(o))
        if (typeof value === 'string' && DATETIME.test(value)) o[key] = value.replace('T', ' ');
    }),
    expect: [
      {
        checks:
          /^(listUsers|listTransactions|listDeposits|listWithdrawals|getUserThreads)\.ok:schema$/,
        rule: 'schema.format',
      },
      { checks: /^socket\.delivery$/, rule: 'schema.format' },
    ],
  },
  {
    name: 'a socket frame with the wrong action',
    breakage: () => ({
      frame: (text) => JSON.stringify({ ...JSON.parse(text), action: 'message' }),
    }),
    expect: [{ checks: /^socket\.delivery$/, rule: 'schema.value' }],
  },
  {
    name: 'enum values the docs never list (assumed closed lists)',
    breakage: () => ({
      response: (req, res) =>
        mapJson(res, (json) =>
          everyPayloadObject(json, (o) => {
            if ('transaction_type' in o) o.transaction_type = 'SWAP';
            if (req.path.startsWith('/deposits/') && 'wallet_type' in o) o.wallet_type = 'DOGE';
          }),
        ),
    }),
    expect: [
      {
        checks: /^listTransactions\.ok:schema$/,
        rule: 'schema.value',
        outcome: 'unconfirmed',
        decisions: ['D17'],
      },
      {
        checks: /^listDeposits\.ok:schema$/,
        rule: 'schema.value',
        outcome: 'unconfirmed',
        decisions: ['D13'],
      },
    ],
  },
  {
    name: 'null where the docs only ever show a value',
    breakage: payloadAndFrames((o) => {
      if ('phone_number' in o) o.phone_number = null;
      if ('timestamp' in o) o.timestamp = null;
    }),
    expect: [
      {
        checks: /^(currentUser|listUsers|listTransactions|getUserSettings)\.ok:schema$/,
        rule: 'schema.null',
        outcome: 'unconfirmed',
        decisions: ['D28'],
      },
      {
        checks: /^socket\.delivery$/,
        rule: 'schema.null',
        outcome: 'unconfirmed',
        decisions: ['D28'],
      },
      {
        checks: /^changeUserSettings\.applies$/,
        rule: 'settings.shape',
        outcome: 'unconfirmed',
        decisions: ['D28'],
      },
    ],
  },
  {
    name: 'an empty wallet address (an assumed length)',
    breakage: payloadOf('/deposits/', (o) => {
      if ('wallet_address' in o) o.wallet_address = '';
    }),
    expect: [
      {
        checks: /^listDeposits\.ok:schema$/,
        rule: 'schema.length',
        outcome: 'unconfirmed',
        decisions: ['D29'],
      },
    ],
  },
  {
    name: 'an assumed and a documented violation in the same answer',
    breakage: payloadOf('/transactions/', (o) => {
      if ('transaction_type' in o) o.transaction_type = 'SWAP';
      if (typeof o.amount === 'string') o.amount = Number(o.amount);
    }),
    expect: [{ checks: /^listTransactions\.ok:schema$/, rule: 'schema.type', decisions: ['D17'] }],
  },
];
