import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareContext, SetupError } from './context.js';
import { formatConsoleReport } from './report/console.js';
import { formatJunitReport } from './report/junit.js';
import { runChecks } from './run.js';
export const USAGE = `9app-conformance: check a server against the 9app API contract

Usage: 9app-conformance --base-url URL (--user EMAIL:PASSWORD | --token JWT) (--peer EMAIL:PASSWORD | --peer-token JWT) [options]

  --base-url URL        the server, e.g. https://staging.9app.co
  --user EMAIL:PASS     the account the checks act as (logged in with POST /auth/login/)
  --peer EMAIL:PASS     a second account: the other side of conversations and socket exchanges
  --token JWT           an access token instead of --user (login and refresh checks are skipped)
  --peer-token JWT      an access token instead of --peer
  --expired-token JWT   a really expired access token (otherwise one is forged, unsigned)
  --ws-url URL          the socket (default: the base URL's host, ws/wss, /chat/room/ws/)
  --allow-writes        also run checks that change state (coins, settings, chat messages);
                        each puts back what it changed where the API lets it (btc ends enabled)
  --only PATTERN        run only checks whose id contains PATTERN (or matches it, with *)
  --timeout MS          per request and per socket wait (default 5000)
  --junit FILE          write a JUnit XML report
  --json FILE           write the JSON report
  --verbose             list passing checks too
  -h, --help            this text

Exit codes: 0 every required check passed (warnings allowed), 1 a check failed, 2 the suite could not run.`;
function account(spec, token, flag) {
    if (token)
        return { token };
    const at = spec?.indexOf(':') ?? -1;
    if (!spec || at <= 0)
        throw new SetupError(`${flag} EMAIL:PASSWORD or ${flag === '--user' ? '--token' : '--peer-token'} JWT is required`);
    return { email: spec.slice(0, at), password: spec.slice(at + 1) };
}
/** Parses, runs, writes the reports; answers the exit code. Prints, never throws. */
export async function main(argv, print = console.log, printError = console.error) {
    try {
        const { values } = parseArgs({
            args: argv,
            strict: true,
            options: {
                'base-url': { type: 'string' },
                user: { type: 'string' },
                peer: { type: 'string' },
                token: { type: 'string' },
                'peer-token': { type: 'string' },
                'expired-token': { type: 'string' },
                'ws-url': { type: 'string' },
                'allow-writes': { type: 'boolean' },
                only: { type: 'string' },
                timeout: { type: 'string' },
                junit: { type: 'string' },
                json: { type: 'string' },
                verbose: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        if (values.help) {
            print(USAGE);
            return 0;
        }
        const baseUrl = values['base-url'];
        if (!baseUrl || !/^https?:\/\//.test(baseUrl))
            throw new SetupError('--base-url http(s)://host is required');
        const timeoutMs = Number(values.timeout ?? 5000);
        if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
            throw new SetupError(`--timeout must be a positive integer, got ${values.timeout}`);
        const ctx = await prepareContext({
            baseUrl,
            wsUrl: values['ws-url'],
            user: account(values.user, values.token, '--user'),
            peer: account(values.peer, values['peer-token'], '--peer'),
            allowWrites: values['allow-writes'] ?? false,
            expiredToken: values['expired-token'],
            timeoutMs,
        });
        const report = await runChecks(ctx, { only: values.only });
        print(formatConsoleReport(report, { verbose: values.verbose }));
        if (values.junit)
            writeFileSync(values.junit, formatJunitReport(report));
        if (values.json)
            writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
        return report.summary.failed > 0 ? 1 : 0;
    }
    catch (error) {
        const known = error instanceof SetupError ||
            error.code?.startsWith('ERR_PARSE_ARGS');
        printError(`9app-conformance: ${known ? error.message : `unexpected error: ${error.stack}`}`);
        return 2;
    }
}
// Run when started as a script (npm run conformance); the bin and the tests import main() instead.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
    process.exitCode = await main(process.argv.slice(2));
}
