/** What a snippet needs to be runnable as pasted: this server and two real people. */
export interface SnippetValues {
  /** `http://127.0.0.1:8000` */
  origin: string;
  /** `ws://127.0.0.1:8000/chat/room/ws/` */
  socketUrl: string;
  email: string;
  password: string;
  receiverId: string;
}

export interface Snippet {
  id: string;
  title: string;
  language: string;
  code: string;
}

const browser = (
  v: SnippetValues,
) => `// Log in, then keep one socket open, reconnecting with backoff.
const login = await fetch('${v.origin}/auth/login/', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: '${v.email}', password: '${v.password}' }),
});
const { entity } = await login.json();
let socket;
let attempts = 0;

function connect(token) {
  socket = new WebSocket(\`${v.socketUrl}?token=\${encodeURIComponent(token)}\`);
  socket.addEventListener('open', () => { attempts = 0; });
  socket.addEventListener('message', (event) => {
    const frame = JSON.parse(event.data);
    if (frame.action === 're_message') {
      console.log(\`#\${frame.created_msg_id} from \${frame.sender_id}: \${frame.message_body}\`);
    } else if (frame.action === 'error') {
      console.warn(\`refused (\${frame.code}): \${frame.message}\`); // the socket stays open
    }
  });
  socket.addEventListener('close', (event) => {
    // 1006 at once after connecting: the handshake was refused (403: log in again).
    if (event.code === 1000) return;
    const delay = Math.min(30_000, 500 * 2 ** attempts++);
    setTimeout(() => connect(token), delay);
  });
}

connect(entity.token);
socket.addEventListener('open', () => {
  socket.send(JSON.stringify({
    action: 'chat_message',
    receiver_id: '${v.receiverId}',
    message_body: 'hello there',
  }));
}, { once: true });`;

const node = (v: SnippetValues) => `// npm install ws   (Node 20+: fetch is built in)
import WebSocket from 'ws';

const login = await fetch('${v.origin}/auth/login/', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: '${v.email}', password: '${v.password}' }),
});
const { entity } = await login.json();

const socket = new WebSocket(\`${v.socketUrl}?token=\${entity.token}\`);
socket.on('unexpected-response', (_request, response) => {
  console.error(\`handshake refused: HTTP \${response.statusCode}\`); // 403: bad or expired token
});
socket.on('open', () => {
  socket.send(JSON.stringify({
    action: 'chat_message',
    receiver_id: '${v.receiverId}',
    message_body: 'hello there',
  }));
});
socket.on('message', (data) => {
  const frame = JSON.parse(String(data));
  if (frame.action === 're_message') console.log('received', frame);
  if (frame.action === 'error') console.warn(\`refused (\${frame.code}): \${frame.message}\`);
});
socket.on('close', (code) => console.log(\`closed \${code}\`));`;

const python = (v: SnippetValues) => `# pip install websockets   (Python 3.9+)
import asyncio, json, urllib.request
import websockets

def login():
    request = urllib.request.Request(
        "${v.origin}/auth/login/",
        data=json.dumps({"email": "${v.email}", "password": "${v.password}"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:
        return json.load(response)["entity"]["token"]

async def main():
    token = login()
    # A bad token raises websockets.exceptions.InvalidStatus (HTTP 403) here.
    async with websockets.connect(f"${v.socketUrl}?token={token}") as socket:
        await socket.send(json.dumps({
            "action": "chat_message",
            "receiver_id": "${v.receiverId}",
            "message_body": "hello there",
        }))
        async for raw in socket:
            frame = json.loads(raw)
            if frame["action"] == "error":
                print(f"refused ({frame['code']}): {frame['message']}")
            else:
                print("received", frame)

asyncio.run(main())`;

/**
 * Copy-ready clients filled with this server's address and a documented person, so a pasted
 * snippet runs as it is.
 */
export function socketSnippets(values: SnippetValues): Snippet[] {
  return [
    { id: 'snippet-browser', title: 'Browser JavaScript', language: 'js', code: browser(values) },
    { id: 'snippet-node', title: 'Node (ws)', language: 'js', code: node(values) },
    {
      id: 'snippet-python',
      title: 'Python (websockets)',
      language: 'python',
      code: python(values),
    },
  ];
}
