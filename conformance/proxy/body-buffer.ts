import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** Bytes of a body kept for judging; the rest still streams through, unjudged. */
export const JUDGE_LIMIT = 1024 * 1024;

/** Collects a streamed body up to JUDGE_LIMIT while it is forwarded, chunk by chunk. */
export class BodyBuffer {
  readonly #chunks: Buffer[] = [];
  #size = 0;
  truncated = false;

  add(chunk: Buffer): void {
    if (this.#size + chunk.length > JUDGE_LIMIT) {
      this.truncated = true;
      return;
    }
    this.#chunks.push(chunk);
    this.#size += chunk.length;
  }

  /**
   * The body as text, decoded from its Content-Encoding (a staging server gzips), or undefined
   * when it cannot be decoded: then it is not judged.
   */
  text(encoding: string | undefined): string | undefined {
    const raw = Buffer.concat(this.#chunks);
    try {
      switch ((encoding ?? '').trim().toLowerCase()) {
        case '':
        case 'identity':
          return raw.toString('utf8');
        case 'gzip':
        case 'x-gzip':
          return gunzipSync(raw).toString('utf8');
        case 'deflate':
          return inflateSync(raw).toString('utf8');
        case 'br':
          return brotliDecompressSync(raw).toString('utf8');
        default:
          return undefined;
      }
    } catch {
      return undefined;
    }
  }
}
