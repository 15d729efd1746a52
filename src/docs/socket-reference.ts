import { type AsyncApiDocument, inlinePayload } from '../../spec/asyncapi.js';
import {
  FRAME_MAX_BYTES,
  SLOW_READER_CLOSE,
  SOCKET_ERROR_MEANINGS,
  type SocketErrorCode,
} from '../../spec/schemas/socket.js';
import { CLOSE_CODES } from './close-codes.js';
import { socketMessageHref } from './decision-references.js';
import { escapeHtml, inlineMarkdown } from './html.js';
import { type FieldRow, fieldRows, type JsonSchema } from './schema-words.js';

const pre = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;

function fieldTable(rows: FieldRow[]): string {
  const cell = (row: FieldRow) =>
    [
      ...row.constraints.map((c) => inlineMarkdown(c)),
      ...row.assumed.map((text) => `<span class="assumed">assumed: ${inlineMarkdown(text)}</span>`),
      ...row.patterns.map(
        (p) =>
          `<details class="pattern"><summary>pattern</summary><code>${escapeHtml(p)}</code></details>`,
      ),
    ].join('<br>') || '—';
  const body = rows
    .map(
      (
        row,
      ) => `<tr><th scope="row"><code>${escapeHtml(row.name)}</code></th><td>${escapeHtml(row.type)}</td>
<td>${row.required ? 'yes' : 'no'}</td><td>${cell(row)}</td><td>${inlineMarkdown(row.description)}</td></tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table class="fields"><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Constraints</th><th>Description</th></tr></thead>
<tbody>${body}</tbody></table></div>`;
}

/** A description with `- ` bullet lines, as the error message's code list is written. */
function prose(text = ''): string {
  const [lead = '', ...bullets] = text.split('\n- ');
  const list = bullets.length
    ? `<ul>${bullets.map((b) => `<li>${inlineMarkdown(b)}</li>`).join('')}</ul>`
    : '';
  return `${lead ? `<p>${inlineMarkdown(lead)}</p>` : ''}${list}`;
}

type MessageKey = keyof AsyncApiDocument['components']['messages'];

function messageSection(doc: AsyncApiDocument, key: MessageKey) {
  const message = doc.components.messages[key];
  // Inlined: the field table walks the schema; the document names it in `components.schemas`.
  const payload = inlinePayload(doc, key) as JsonSchema;
  const id = socketMessageHref(message.name).split('#')[1];
  return `<section class="message" id="${id}">
<h3><a class="anchor" href="#${id}">${escapeHtml(message.title)}</a></h3>
<p>${escapeHtml(message.summary)}</p>
${prose((message as { description?: string }).description)}
${fieldTable(fieldRows(payload))}
<h4>Example</h4>${pre(message.examples[0]?.payload)}
<details><summary>JSON Schema (as published in <a href="/asyncapi.json">asyncapi.json</a>)</summary>${pre(payload)}</details>
</section>`;
}

/**
 * The reference half of `/docs/ws`, from the AsyncAPI document: connecting, errors, closing,
 * delivery, limits, then every message as a field table.
 */
/** What this server was started with, where the document gives no number. */
export interface SocketLimits {
  maxUnreadBytes?: number;
  /** What a refused frame and a message to yourself get on this server (D120, D121). */
  policy?: string;
}

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;

export function renderSocketReference(doc: AsyncApiDocument, limits: SocketLimits = {}): string {
  const server = doc.servers.chat;
  const room = doc.channels.room;
  const url = `${server.protocol}://${server.host}${room.address}?token=<access token>`;
  const chatPayload = inlinePayload(doc, 'chatMessage') as JsonSchema;
  const body = chatPayload.properties?.message_body ?? {};
  const errorCodes = ((inlinePayload(doc, 'error') as JsonSchema).properties?.code?.enum ??
    []) as SocketErrorCode[];
  const rows = (pairs: [string, string][]) =>
    pairs
      .map(
        ([key, text]) =>
          `<tr><th scope="row"><code>${escapeHtml(key)}</code></th><td>${inlineMarkdown(text)}</td></tr>`,
      )
      .join('');
  return `<section id="connection">
<h2>Connecting</h2>
<p>${inlineMarkdown(doc.info.description)}</p>
<p class="url"><code>${escapeHtml(url)}</code></p>
<ol>
<li>Log in: <code>POST /auth/login/</code> with <code>{"email", "password"}</code>; the access token is <code>entity.token</code>.</li>
<li>Open the socket with it as <code>?token=</code>. ${inlineMarkdown(room.description)}</li>
<li>${inlineMarkdown(server.description)} There is no socket to close: a browser sees an <code>error</code> event and then <code>close</code> with code 1006; Node's <code>ws</code> emits <code>unexpected-response</code> with the 403. An expired token is refused the same way: refresh it (<code>POST /auth/token/refresh/</code>) and connect again.</li>
<li>Once open, the socket stays open until either side closes it; tokens are checked only at the handshake.</li>
</ol>
</section>
<section id="errors">
<h2>Error frames</h2>
<p>Under the socket error policy <code>frame</code> (the lenient default), sent only to the socket whose frame was refused; nothing is stored and the socket stays open (<a href="/docs/decisions#D19">D19</a>). Shape: <a href="#message-error"><code>error</code></a>. The docs define no error frame: under <code>close</code> (<code>--strict</code>'s choice, as Django Channels) the socket is closed with 1011 instead, under <code>silent</code> nothing is sent (<a href="/docs/decisions#D120">D120</a>); the journal's <code>frame_refused</code> entry says which, and why.</p>
${limits.policy ? `<p class="policy"><strong>${escapeHtml(limits.policy)}</strong></p>` : ''}
<div class="table-wrap"><table class="codes"><thead><tr><th>code</th><th>Sent when</th></tr></thead><tbody>
${rows(errorCodes.map((code) => [code, SOCKET_ERROR_MEANINGS[code] ?? '']))}
</tbody></table></div>
</section>
<section id="close-codes">
<h2>Close codes</h2>
<div class="table-wrap"><table class="codes"><thead><tr><th>code</th><th>Meaning</th></tr></thead><tbody>
${rows(CLOSE_CODES.map(({ code, meaning }) => [code, meaning]))}
</tbody></table></div>
</section>
<section id="delivery">
<h2>Delivery</h2>
<ul>
<li>A <code>chat_message</code> is stored first, then sent as <code>re_message</code> to <strong>every</strong> open socket of the receiver: each tab and device (<a href="/docs/decisions#D80">D80</a>).</li>
<li>The sender gets <strong>no echo</strong>, on this socket or any other of theirs (<a href="/docs/decisions#D19">D19</a>): show your own message when you send it, and use <code>GET /chat/messages/{uid}/</code> for history.</li>
<li>A receiver with no open socket gets nothing in real time; the message is in their history.</li>
</ul>
</section>
<section id="limits">
<h2>Limits</h2>
<ul>
<li>A frame: one JSON text frame of at most ${FRAME_MAX_BYTES} bytes (${FRAME_MAX_BYTES / 1024} KiB); larger ones get <code>frame_too_large</code>.</li>
<li><code>message_body</code>: ${inlineMarkdown(fieldRows({ properties: { message_body: body } })[0]?.constraints.join(', ') ?? '')}; outside that, <code>invalid_frame</code>.</li>
${limits.maxUnreadBytes ? `<li>Unread frames: a socket that leaves more than ${megabytes(limits.maxUnreadBytes)} of frames unread (this server's <code>--socket-buffer-mb</code>) is closed with ${SLOW_READER_CLOSE.code} (<a href="/docs/decisions#D91">D91</a>); its messages are in the history.</li>` : ''}
</ul>
</section>
<section id="messages">
<h2>Messages</h2>
${(Object.keys(doc.components.messages) as MessageKey[]).map((key) => messageSection(doc, key)).join('\n')}
</section>`;
}
