import { CHECKS } from './checks/index.js';
function matches(id, pattern) {
    if (!pattern)
        return true;
    const regex = new RegExp(`^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return pattern.includes('*') ? regex.test(id) : id.includes(pattern);
}
/**
 * Runs every selected check in order and collects every result; a check that throws is a failure
 * with the error as what came back, never the end of the run.
 */
export async function runChecks(ctx, { only, checks = CHECKS } = {}) {
    const started_at = new Date().toISOString();
    const results = [];
    for (const check of checks) {
        if (!matches(check.id, only))
            continue;
        const started = performance.now();
        let verdict;
        if (check.writes && !ctx.allowWrites)
            verdict = { outcome: 'skip', actual: 'changes state: run with --allow-writes' };
        else {
            try {
                verdict = await check.run(ctx);
            }
            catch (error) {
                verdict = {
                    outcome: 'fail',
                    expected: 'the check to complete',
                    actual: `the check crashed: ${error.stack ?? error}`,
                };
            }
        }
        results.push({
            id: check.id,
            title: check.title,
            doc_ref: check.docRef,
            severity: check.severity,
            ...verdict,
            duration_ms: Math.round(performance.now() - started),
        });
    }
    return {
        target: ctx.baseUrl,
        started_at,
        summary: {
            passed: results.filter((r) => r.outcome === 'pass').length,
            failed: results.filter((r) => r.outcome === 'fail' && r.severity === 'error').length,
            warnings: results.filter((r) => r.outcome === 'fail' && r.severity === 'warning').length,
            unconfirmed: results.filter((r) => r.outcome === 'unconfirmed').length,
            skipped: results.filter((r) => r.outcome === 'skip').length,
        },
        checks: results,
    };
}
/** A memo for `RunContext.once`: one promise per key for the whole run. */
export function memo() {
    const cache = new Map();
    return (key, make) => {
        if (!cache.has(key))
            cache.set(key, make());
        return cache.get(key);
    };
}
