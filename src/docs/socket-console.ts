import { closeMeaningsForConsole } from './close-codes.js';
import { escapeHtml } from './html.js';

/** One person's side of the console; the script (`console.js`) brings it to life. */
function pane(id: string, title: string, email: string): string {
  return `<section class="pane" id="pane-${id}" data-pane="${id}" aria-labelledby="pane-${id}-title">
<h3 id="pane-${id}-title">${escapeHtml(title)}</h3>
<p class="state" role="status" data-state="logged-out">Logged out</p>
<form class="login" data-form="login">
  <label>Email <input name="email" type="email" autocomplete="off" list="console-people" value="${escapeHtml(email)}" required></label>
  <label>Password <input name="password" type="password" autocomplete="off" placeholder="password123 for every seeded person"></label>
  <button type="submit">Log in</button>
  <details><summary>…or paste an access token</summary>
    <label>Access token <textarea name="token" rows="2" autocomplete="off" spellcheck="false"></textarea></label>
    <button type="button" data-action="use-token">Use this token</button>
  </details>
</form>
<div class="session" hidden>
  <button type="button" data-action="connect">Connect</button>
  <button type="button" data-action="disconnect" disabled>Disconnect</button>
  <button type="button" data-action="logout">Log out</button>
</div>
<form class="composer" data-form="composer" hidden>
  <div class="composer-fields"></div>
  <ul class="problems" aria-live="polite"></ul>
  <button type="submit">Send <kbd>Ctrl</kbd>+<kbd>Enter</kbd></button>
  <details class="raw"><summary>Send a raw frame (to see the server's error frames)</summary>
    <label>Frame text <textarea name="raw" rows="3" spellcheck="false">{"action": "typing"}</textarea></label>
    <button type="button" data-action="send-raw">Send as is</button>
  </details>
</form>
<div class="log-head"><h4>Frames</h4>
  <button type="button" data-action="clear-log">Clear</button>
  <button type="button" data-action="copy-log">Copy</button>
</div>
<ol class="frames" aria-live="polite" aria-label="Frames of ${escapeHtml(title)}"></ol>
</section>`;
}

/**
 * The live console of `/docs/ws`: two people side by side, each logging in, connecting, sending
 * and watching frames. Works with no script from anywhere but this server.
 */
export function renderSocketConsole(people: { a: string; b: string }): string {
  // The console names each close code with the reference's own table (src/docs/close-codes.ts).
  const closeMeanings = escapeHtml(JSON.stringify(closeMeaningsForConsole()));
  return `<section id="console" class="console" data-close-meanings="${closeMeanings}">
<h2>Console</h2>
<p>Be two people at once: log in on each side, connect, and send from one to the other. The message
is checked against the published <code>chat_message</code> schema before it is sent; every frame in
and out is logged. The token lives only in this page's memory and is dropped on logging out.</p>
<noscript><p>The console needs JavaScript; the reference above does not.</p></noscript>
<datalist id="console-people"></datalist>
<div class="panes">
${pane('a', 'Person A', people.a)}
${pane('b', 'Person B', people.b)}
</div>
</section>`;
}
