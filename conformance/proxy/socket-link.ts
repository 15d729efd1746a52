import WebSocket, { type RawData } from 'ws';
import { SLOW_READER_CLOSE } from '../../spec/schemas/socket.js';
import type { TranscriptEntry } from '../client/evidence.js';
import { bodyForCoverage } from './coverage-recorder.js';
import { judgeClientFrame, judgeServerClose, judgeServerFrame } from './judge-frames.js';
import type { ProxyRuntime } from './runtime.js';
import type { SocketTranscript } from './socket-transcript.js';

/** How long a closed slow reader may take to read its close frame (the stand-in's grace, D91). */
const CLOSE_GRACE_MS = 2000;
/** Frames longer than this are forwarded but not judged: parsing megabytes is not the proxy's job. */
const JUDGED_FRAME_BYTES = 1024 * 1024;

const asText = (data: RawData): Buffer =>
  Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);

/**
 * Closes `ws` with `code` as the other side did, where the protocol lets it be sent: 1005 (no code)
 * closes without one; 1006 (no close frame at all) and a reserved code cut the connection, which
 * is what the other side did too.
 */
function closeLike(ws: WebSocket, code: number, reason: Buffer): void {
  if (ws.readyState === WebSocket.CLOSED || ws.readyState === WebSocket.CLOSING) return;
  try {
    if (code === 1005) ws.close();
    else ws.close(code, reason.subarray(0, 123));
  } catch {
    ws.terminate();
  }
}

/**
 * Links a client socket to its upstream socket: every frame both ways, text and binary as they
 * came, and each side's close code to the other. Each frame is judged after it is forwarded.
 * A client that leaves more than `maxUnreadBytes` unread is closed with 1013, as the stand-in
 * closes its slow readers (D91): the proxy never holds more than that for one client.
 */
export function linkSockets(
  rt: ProxyRuntime,
  client: WebSocket,
  up: WebSocket,
  transcript: SocketTranscript,
  evidence: () => TranscriptEntry[],
): void {
  let slow = false;
  /** The client closed first: the server's close answers it, and is not the server's choice. */
  let clientClosed = false;
  let serverClosed = false;
  /** The client's last frame broke `chat_message`: a refusal close may follow (D120). */
  let lastClientFrameBroke = false;
  for (const ws of [client, up]) {
    rt.openSockets.add(ws);
    ws.once('close', () => rt.openSockets.delete(ws));
  }
  const judge = (from: 'client' | 'server', data: Buffer, isBinary: boolean) => {
    rt.counts.frames++;
    const text = data.toString('utf8');
    transcript.note(from, { event: from === 'client' ? 'sent' : 'received', data: text });
    if (data.length > JUDGED_FRAME_BYTES) return;
    try {
      judgeFrame(from, text, isBinary);
    } catch (error) {
      // A judge's mistake must never take the connection (or the proxy) down with it.
      rt.log(`could not judge a ${from} frame: ${(error as Error).message}`);
    }
  };
  const judgeFrame = (from: 'client' | 'server', text: string, isBinary: boolean) => {
    const sightings =
      from === 'client' ? judgeClientFrame(text, isBinary) : judgeServerFrame(text, isBinary);
    if (from === 'client') lastClientFrameBroke = sightings.length > 0;
    for (const sighting of sightings) rt.findings.add(sighting, { transcript: evidence });
    rt.coverage.record({
      kind: 'frame',
      from,
      frame: isBinary ? text : (bodyForCoverage(text) ?? text),
    });
  };
  client.on('message', (raw, isBinary) => {
    const data = asText(raw);
    if (up.readyState === WebSocket.OPEN) up.send(data, { binary: isBinary });
    judge('client', data, isBinary);
  });
  up.on('message', (raw, isBinary) => {
    const data = asText(raw);
    if (slow || client.readyState !== WebSocket.OPEN) return;
    if (client.bufferedAmount + data.length > rt.maxUnreadBytes) {
      slow = true;
      rt.log(
        `closed a client socket with ${SLOW_READER_CLOSE.code}: it left ${client.bufferedAmount} bytes unread`,
      );
      client.close(SLOW_READER_CLOSE.code, SLOW_READER_CLOSE.reason);
      setTimeout(() => client.terminate(), CLOSE_GRACE_MS).unref();
      up.close(1001);
      return;
    }
    client.send(data, { binary: isBinary });
    judge('server', data, isBinary);
  });
  up.on('close', (code, reason) => {
    transcript.note('server', { event: 'close', code });
    serverClosed = !clientClosed;
    if (!slow && !clientClosed) {
      for (const sighting of judgeServerClose(code, lastClientFrameBroke))
        rt.findings.add(sighting, { transcript: evidence });
      rt.coverage.record({ kind: 'close', code, from: 'server' });
    }
    if (code === 1006) client.terminate();
    else closeLike(client, code, reason);
  });
  client.on('close', (code, reason) => {
    clientClosed = true;
    transcript.note('client', { event: 'close', code });
    if (!slow && !serverClosed) rt.coverage.record({ kind: 'close', code, from: 'client' });
    if (code === 1006) up.terminate();
    else closeLike(up, code, reason);
  });
  // An error is followed by a close, which the handlers above forward; it must never throw.
  client.on('error', () => client.terminate());
  up.on('error', () => up.terminate());
}
