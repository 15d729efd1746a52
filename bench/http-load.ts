import autocannon from 'autocannon';

export interface HttpFigures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Responses received in the run. */
  requests: number;
}

export interface LoadTarget {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Requests per second and latency at a fixed number of connections, with autocannon. */
export async function measureHttp(
  baseUrl: string,
  target: LoadTarget,
  { connections = 50, seconds = 5 } = {},
): Promise<HttpFigures> {
  const result = await autocannon({
    url: `${baseUrl}${target.path}`,
    method: target.method,
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
  };
}
