// The socket console of /docs/ws: plain DOM, no framework, nothing loaded from elsewhere.
// Each pane is one person; the access token lives only in its closure, never in the DOM.
import { frameLog } from './frame-log.js';
import { checkSchema } from './schema-check.js';

const api = async (path, { method = 'GET', token, body } = {}) => {
  const response = await fetch(path, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => null);
  return { status: response.status, json };
};

const socketUrl = (address) =>
  `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${address}`;

const personLabel = (user) => `${user.first_name} ${user.last_name} <${user.email}>`.trim();

/** The inputs of the composer, one per field of the published `chat_message` schema. */
function buildComposer(container, schema, paneId) {
  const inputs = {};
  // Who, then what: the id fields (the receiver) before the text.
  const fields = Object.entries(schema.properties ?? {}).sort(
    ([, a], [, b]) => Number(b.format === 'uuid') - Number(a.format === 'uuid'),
  );
  for (const [name, field] of fields) {
    if (field.const !== undefined) continue; // `action` is fixed by the frame type
    const label = document.createElement('label');
    label.textContent = `${name} `;
    const input =
      field.format === 'uuid'
        ? document.createElement('input')
        : document.createElement('textarea');
    input.name = name;
    input.spellcheck = false;
    input.autocomplete = 'off';
    if (field.format === 'uuid') input.setAttribute('list', `receivers-${paneId}`);
    else input.rows = 2;
    label.append(input);
    container.append(label);
    if (field.description) {
      const hint = Object.assign(document.createElement('p'), {
        className: 'hint',
        id: `${paneId}-${name}-hint`,
        textContent: field.description,
      });
      input.setAttribute('aria-describedby', hint.id);
      container.append(hint);
    }
    inputs[name] = input;
  }
  const options = document.createElement('datalist');
  options.id = `receivers-${paneId}`;
  container.append(options);
  const frame = () => {
    const values = Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([name, field]) => [
        name,
        field.const !== undefined ? field.const : inputs[name].value.trim(),
      ]),
    );
    // The body is sent as typed; only the receiver's stray spaces are trimmed.
    if (inputs.message_body) values.message_body = inputs.message_body.value;
    return values;
  };
  return { inputs, options, frame };
}

function setupPane(root, { schema, address, people, closeMeanings }) {
  const $ = (selector) => root.querySelector(selector);
  const state = $('.state');
  const login = $('[data-form="login"]');
  const session = $('.session');
  const composerForm = $('[data-form="composer"]');
  const problems = $('.problems');
  const log = frameLog($('.frames'), closeMeanings);
  const composer = buildComposer($('.composer-fields'), schema, root.dataset.pane);
  let token = null;
  let me = null;
  let socket = null;

  const show = (name, text) => {
    state.dataset.state = name;
    state.textContent = text;
    const open = name === 'open';
    session.hidden = token === null;
    login.hidden = token !== null;
    composerForm.hidden = token === null;
    $('[data-action="connect"]').disabled = open || name === 'connecting';
    $('[data-action="disconnect"]').disabled = !open;
  };
  const who = () => (me ? personLabel(me) : 'a pasted token');

  // The seed password is public (D21): filled in for a seeded person, to save typing.
  const fillPassword = () => {
    const known = people.find((p) => p.email === login.email.value.trim().toLowerCase());
    if (known?.password && !login.password.value) login.password.value = known.password;
  };
  login.email.addEventListener('change', fillPassword);
  fillPassword();

  async function loadReceivers() {
    const [threads, users] = await Promise.all([
      api('/chat/get-user-threads/', { token }),
      api('/auth/users/', { method: 'POST', token }),
    ]);
    const seen = new Map();
    for (const thread of threads.json?.entity ?? []) {
      const other = thread.user_one?.id === me?.id ? thread.user_two : thread.user_one;
      if (other) seen.set(other.id, `${personLabel(other)} · has a thread with you`);
    }
    for (const user of users.json?.entity ?? [])
      if (!seen.has(user.id)) seen.set(user.id, personLabel(user));
    if (me) seen.delete(me.id); // messaging yourself is refused (self_message)
    composer.options.replaceChildren(
      ...[...seen].map(([id, label]) =>
        Object.assign(document.createElement('option'), { value: id, label }),
      ),
    );
  }

  async function start(newToken, user) {
    token = newToken;
    me = user;
    login.password.value = '';
    login.token.value = '';
    show('logged-in', `Logged in as ${who()}; not connected`);
    await loadReceivers().catch(() => {});
  }

  login.addEventListener('submit', async (event) => {
    event.preventDefault();
    show('working', 'Logging in…');
    const { status, json } = await api('/auth/login/', {
      method: 'POST',
      body: { email: login.email.value, password: login.password.value },
    }).catch((error) => ({ status: 0, json: { message: String(error) } }));
    if (status !== 200) return show('failed', `Login refused (${status}): ${json?.message ?? ''}`);
    await start(json.entity.token, json.entity.user);
  });
  $('[data-action="use-token"]').addEventListener('click', async () => {
    const pasted = login.token.value.trim();
    if (!pasted) return;
    const { status, json } = await api('/auth/user/', { token: pasted });
    if (status !== 200) return show('failed', `Token refused (${status}): ${json?.detail ?? ''}`);
    await start(pasted, json?.entity ?? json);
  });

  function connect() {
    if (!token || socket) return;
    show('connecting', `Connecting as ${who()}…`);
    log.event(`connecting to ${socketUrl(address)}?token=…`);
    const opened = new WebSocket(`${socketUrl(address)}?token=${encodeURIComponent(token)}`);
    socket = opened;
    opened.addEventListener('open', () => {
      log.event('open');
      show('open', `Connected as ${who()}`);
    });
    opened.addEventListener('message', (event) => log.frame('in', event.data));
    opened.addEventListener('close', (event) => {
      if (socket === opened) socket = null;
      log.closed(event.code, event.reason);
      if (token) show('closed', `Closed (${event.code}); logged in as ${who()}`);
    });
  }
  $('[data-action="connect"]').addEventListener('click', connect);
  $('[data-action="disconnect"]').addEventListener('click', () => socket?.close(1000, 'bye'));
  $('[data-action="logout"]').addEventListener('click', () => {
    socket?.close(1000, 'logged out');
    socket = null;
    token = null;
    me = null;
    for (const input of [login.password, login.token, ...Object.values(composer.inputs)])
      input.value = '';
    composer.options.replaceChildren();
    problems.replaceChildren();
    show('logged-out', 'Logged out');
  });

  const listProblems = () => {
    const found = checkSchema(schema, composer.frame());
    problems.replaceChildren(
      ...found.map(({ path, message }) =>
        Object.assign(document.createElement('li'), {
          textContent: `${path || 'frame'} ${message}`,
        }),
      ),
    );
    return found;
  };
  for (const input of Object.values(composer.inputs)) input.addEventListener('input', listProblems);

  const send = (text) => {
    if (socket?.readyState !== WebSocket.OPEN)
      return show(state.dataset.state, 'Not connected: press Connect first');
    socket.send(text);
    log.frame('out', text);
  };
  composerForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (listProblems().length === 0) send(JSON.stringify(composer.frame()));
  });
  composerForm.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.name !== 'raw') {
      event.preventDefault();
      composerForm.requestSubmit();
    }
  });
  $('[data-action="send-raw"]').addEventListener('click', () => send(composerForm.raw.value));
  $('[data-action="clear-log"]').addEventListener('click', () => log.clear());
  $('[data-action="copy-log"]').addEventListener('click', () => log.copy());
  show('logged-out', 'Logged out');
}

/** A message's payload; the document names it in `components.schemas` (D146). */
function payloadSchema(doc, key) {
  const payload = doc.components.messages[key].payload;
  const ref = payload.$ref;
  return ref ? doc.components.schemas[ref.split('/').pop()] : payload;
}

async function main() {
  const root = document.getElementById('console');
  const [doc, people] = await Promise.all([
    fetch('/asyncapi.json').then((r) => r.json()),
    api('/__mock/users')
      .then(({ json }) => json?.entity ?? [])
      .catch(() => []),
  ]);
  document
    .getElementById('console-people')
    .replaceChildren(
      ...people.map((p) =>
        Object.assign(document.createElement('option'), { value: p.email, label: personLabel(p) }),
      ),
    );
  const context = {
    schema: payloadSchema(doc, 'chatMessage'),
    address: doc.channels.room.address,
    people,
    closeMeanings: JSON.parse(root.dataset.closeMeanings ?? '{}'),
  };
  for (const pane of root.querySelectorAll('[data-pane]')) setupPane(pane, context);
  root.dataset.ready = 'true';
}

main();
