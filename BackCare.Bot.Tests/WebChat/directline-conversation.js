#!/usr/bin/env node
/*
 * Plays a whole conversation against BackCare's Direct Line with the official client (npm botframework-directlinejs),
 * the way the website's page does: token from POST /api/directline/token, then the Direct Line 3.0 endpoint.
 *
 *   node directline-conversation.js <bot base url> <message>...
 *
 * It polls (webSocket: false): Node 20 has no WebSocket; the browser tests cover Web Chat's WebSocket stream.
 *
 * Sends the join event, waits for the welcome, sends each message in turn and waits for the bot's replies, then
 * reconnects to the same conversation with a second client (like a page reload) and reads its history. Prints one
 * JSON object: { turns: [{ user, bot: [{ text, actions }] }], history: [{ from, text }] }. Exits 1 on any failure.
 */
'use strict';

global.XMLHttpRequest = require('xhr2');
// The client reads the global WebSocket even when polling; Node 20 has none, so declare it (undefined).
if (!('WebSocket' in global)) {
  global.WebSocket = undefined;
}
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const QUIET_MS = 1500;
const TURN_TIMEOUT_MS = 30000;

function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(1);
}

async function token(baseUrl) {
  const response = await fetch(new URL('/api/directline/token', baseUrl), { method: 'POST', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    fail(`token endpoint answered ${response.status}`);
  }
  return response.json();
}

function connect(options) {
  const directLine = new DirectLine(options);
  const activities = [];
  let ending = false;
  directLine.activity$.subscribe(activity => activities.push(activity), error => {
    if (!ending) {
      fail(`activity stream failed: ${error && error.message}`);
    }
  });
  const end = () => {
    ending = true;
    directLine.end();
  };
  const online = new Promise((resolve, reject) => {
    directLine.connectionStatus$.subscribe(status => {
      if (status === ConnectionStatus.Online) {
        resolve();
      } else if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) {
        reject(new Error(`connection status ${status}`));
      }
    });
  });
  return { directLine, activities, online, end };
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

/** Waits until the bot has said something after index `from` and then nothing more for QUIET_MS. */
async function botReplies(activities, from) {
  const started = Date.now();
  let count = -1;
  let quietSince = Date.now();
  for (;;) {
    const replies = activities.slice(from).filter(a => a.type === 'message' && a.from && a.from.role === 'bot');
    if (replies.length !== count) {
      count = replies.length;
      quietSince = Date.now();
    }
    if (count > 0 && Date.now() - quietSince >= QUIET_MS) {
      return replies.map(a => ({ text: a.text || '', actions: ((a.suggestedActions && a.suggestedActions.actions) || []).map(x => x.title) }));
    }
    if (Date.now() - started > TURN_TIMEOUT_MS) {
      fail(`no reply within ${TURN_TIMEOUT_MS} ms after activity ${from}`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function main() {
  const [baseUrl, ...messages] = process.argv.slice(2);
  if (!baseUrl) {
    fail('usage: directline-conversation.js <bot base url> <message>...');
  }

  const issued = await token(baseUrl);
  const first = connect({ token: issued.token, domain: issued.domain, webSocket: false, pollingInterval: 200 });
  await first.online.catch(error => fail(`could not connect: ${error.message}`));

  const user = { id: issued.userId, name: 'Node test' };
  const turns = [];
  let mark = first.activities.length;
  await post(first.directLine, { type: 'event', name: 'webchat/join', from: user, value: { locale: 'en-GB' } });
  turns.push({ user: null, bot: await botReplies(first.activities, mark) });

  for (const text of messages) {
    mark = first.activities.length;
    await post(first.directLine, { type: 'message', text, from: user, locale: 'en-GB' });
    turns.push({ user: text, bot: await botReplies(first.activities, mark) });
  }
  first.end();

  // A reload: a second client reconnects to the same conversation and reads its history.
  const second = connect({ token: issued.token, domain: issued.domain, conversationId: issued.conversationId, webSocket: false, pollingInterval: 200 });
  await second.online.catch(error => fail(`could not reconnect: ${error.message}`));
  await botReplies(second.activities, 0);
  const history = second.activities
    .filter(a => a.type === 'message')
    .map(a => ({ from: a.from && a.from.role, text: a.text || '' }));
  second.end();

  process.stdout.write(JSON.stringify({ turns, history }) + '\n');
  process.exit(0);
}

main().catch(error => fail(error && error.stack ? error.stack : String(error)));
