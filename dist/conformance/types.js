export const pass = () => ({ outcome: 'pass' });
export const skip = (why) => ({ outcome: 'skip', actual: why });
export const fail = (expected, actual, path) => ({
    outcome: 'fail',
    expected,
    actual,
    path,
});
/** A short picture of what came back, for `actual`. */
export function describeResponse(res) {
    if (!res.ok)
        return `no HTTP response: ${res.error}`;
    const body = res.text.length > 300 ? `${res.text.slice(0, 300)}…` : res.text;
    return `HTTP ${res.status} ${res.headers['content-type'] ?? '(no content-type)'}: ${body || '(empty body)'}`;
}
