import WebSocket from 'ws';
import { KYRIAN, PASSWORD, UDO } from './standin.js';

/** What an app session did, for the assertions: the tokens it used, and what the peer received. */
export interface AppSession {
  tokens: string[];
  statuses: number[];
  /** The peer socket's first frame, as text; undefined when none came in time. */
  delivered?: string;
}

/** Opens the chat socket as a browser app does: `?token=` on the socket URL. */
export function openAppSocket(wsBase: string, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsBase}/chat/room/ws/?token=${encodeURIComponent(token)}`);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
  });
}

/** The next frame on `ws` as text, or undefined after `ms`. */
export function nextFrame(ws: WebSocket, ms = 1500): Promise<string | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    ws.once('message', (data) => {
      clearTimeout(timer);
      resolve(data.toString());
    });
  });
}

/**
 * A real app-like client against `baseUrl` (fetch for HTTP, `ws` for the socket), as a frontend
 * would drive it: log in two people, read the profile, threads, messages, users, settings and
 * the ledger, then send one chat message from Udo to Kyrian and wait for it at Kyrian's socket.
 */
export async function appSession(baseUrl: string): Promise<AppSession> {
  const statuses: number[] = [];
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${baseUrl}${path}`, init);
    statuses.push(res.status);
    return res.json() as Promise<{ entity?: { token?: string } }>;
  };
  const login = async (email: string) => {
    const body = await call('/auth/login/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    return body.entity?.token ?? '';
  };
  const [udo, kyrian] = [await login(UDO.email), await login(KYRIAN.email)];
  const auth = { headers: { authorization: `Bearer ${udo}` } };
  for (const path of [
    '/auth/user/',
    '/chat/get-user-threads/',
    `/chat/messages/${KYRIAN.id}/`,
    `/exec/user/settings/${UDO.id}/`,
    '/transactions/all/',
    '/deposits/list/all/',
  ])
    await call(path, auth);
  await call('/auth/users/', { ...auth, method: 'POST' });
  const wsBase = baseUrl.replace(/^http/, 'ws');
  const [sender, receiver] = [
    await openAppSocket(wsBase, udo),
    await openAppSocket(wsBase, kyrian),
  ];
  const arrived = nextFrame(receiver);
  sender.send(
    JSON.stringify({
      action: 'chat_message',
      message_body: 'hello via the proxy',
      receiver_id: KYRIAN.id,
    }),
  );
  const delivered = await arrived;
  await Promise.all(
    [sender, receiver].map((ws) => new Promise((resolve) => ws.once('close', resolve).close(1000))),
  );
  return { tokens: [udo, kyrian], statuses, delivered };
}
