import WebSocket from 'ws';
import { watchFrame } from './contract-watch.js';
import { eventually } from './standin.js';

/**
 * A real `ws` client that keeps every frame (each checked by the contract watch) and how it closed:
 * what reconnect tests assert on.
 */
export interface RecordingSocket {
  ws: WebSocket;
  frames: Array<Record<string, unknown>>;
  /** The close code once closed, else undefined. */
  closeCode(): number | undefined;
  /** Frames received so far whose `action` is `re_message`. */
  messages(): Array<Record<string, unknown>>;
  close(): void;
}

/** Opens a socket and resolves once open; rejects with the HTTP status when refused. */
export function recordingSocket(url: string): Promise<RecordingSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const frames: Array<Record<string, unknown>> = [];
    let code: number | undefined;
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      watchFrame(frame); // every frame a story test receives is judged by the published contract
      frames.push(frame);
    });
    ws.on('close', (closeCode) => {
      code = closeCode;
    });
    ws.once('unexpected-response', (_req, res) =>
      reject(Object.assign(new Error(`refused: ${res.statusCode}`), { status: res.statusCode })),
    );
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        ws,
        frames,
        closeCode: () => code,
        messages: () => frames.filter((f) => f.action === 're_message'),
        close: () => ws.terminate(),
      }),
    );
  });
}

/** Waits until `socket` has received `count` chat messages (re_message frames). */
export async function untilMessages(socket: RecordingSocket, count: number): Promise<void> {
  await eventually(() => {
    if (socket.messages().length < count)
      throw new Error(`${socket.messages().length} of ${count} messages`);
  });
}
