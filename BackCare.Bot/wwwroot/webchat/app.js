/*
 * BackCare website chat: starts the official Web Chat (served from /lib) against the bot's Direct Line.
 * No inline script (the page's Content-Security-Policy forbids it): settings come from the <main> element's
 * data attributes, and Web Chat's style elements carry the nonce this script tag was given.
 *
 * - The token comes from the bot's token endpoint (POST, same origin); the Direct Line secret never reaches the page.
 * - The bot welcomes on the event "webchat/join", sent once per conversation when the connection is up, so the
 *   welcome shows before the visitor types.
 * - Token and conversation id are kept in sessionStorage: a reload in the same tab refreshes the token
 *   ({domain}/tokens/refresh), reconnects to the same conversation and Web Chat replays its history (the welcome
 *   included), with no second welcome. A conversation that cannot be resumed is replaced by a new one.
 */
(function () {
  'use strict';

  var SESSION_KEY = 'backcare.webchat.session';
  var JOIN_EVENT = 'webchat/join';
  var CONNECTION_EXPIRED = 3;
  var CONNECTION_FAILED = 4;
  var script = document.currentScript;
  var nonce = script && script.nonce ? script.nonce : undefined;

  function readSession() {
    try {
      var session = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
      if (session && session.token && session.domain && session.expiresAt > Date.now() + 60000) {
        return session;
      }
    } catch (ignored) {
      // Storage blocked or corrupt: start a new conversation.
    }
    return null;
  }

  function saveSession(session) {
    try {
      window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    } catch (ignored) {
      // Storage blocked: the chat still works, a reload just starts again.
    }
  }

  function clearSession() {
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
    } catch (ignored) {
      // Nothing to clear.
    }
  }

  function fetchSession(tokenUrl) {
    return window.fetch(tokenUrl, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('The token endpoint answered ' + response.status + '.');
      }
      return response.json();
    }).then(function (body) {
      if (!body || typeof body.token !== 'string' || typeof body.domain !== 'string') {
        throw new Error('The token endpoint gave no token.');
      }
      var lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 1800;
      return {
        token: body.token,
        conversationId: body.conversationId || null,
        domain: body.domain,
        lifetime: lifetime,
        expiresAt: Date.now() + lifetime * 1000,
        started: false,
        joined: false
      };
    });
  }

  /** A kept conversation: a fresh token for it from {domain}/tokens/refresh, or null to start a new one. */
  function refreshSession(session) {
    return window.fetch(session.domain + '/tokens/refresh', {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: 'Bearer ' + session.token },
      cache: 'no-store'
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (body) {
      if (!body || typeof body.token !== 'string') {
        return null;
      }
      session.token = body.token;
      session.expiresAt = Date.now() + (body.expires_in > 0 ? body.expires_in : session.lifetime) * 1000;
      return session;
    }).catch(function () {
      return null;
    });
  }

  function styleOptions(settings) {
    return {
      accent: settings.brandColor,
      botAvatarImage: settings.avatarUrl,
      botAvatarInitials: settings.botName,
      bubbleFromUserBackground: settings.brandColor,
      bubbleFromUserBorderColor: settings.brandColor,
      bubbleFromUserTextColor: settings.brandTextColor,
      hideUploadButton: true,
      sendBoxTextWrap: true,
      suggestedActionLayout: 'flow',
      suggestedActionHeight: 'auto',
      suggestedActionBorderRadius: 8,
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
    };
  }

  function showStatus(status, text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function start(main, root, status, allowResume) {
    var settings = main.dataset;
    var kept = allowResume ? readSession() : null;
    var resumable = kept && kept.started ? refreshSession(kept) : Promise.resolve(null);
    var ready = resumable.then(function (session) {
      return session || fetchSession(settings.tokenUrl);
    });

    return ready.then(function (session) {
      var resumed = session.started === true;
      saveSession(session);

      var directLine = window.WebChat.createDirectLine({
        token: session.token,
        domain: session.domain,
        conversationId: resumed ? session.conversationId : undefined
      });

      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              session.started = true;
              if (!session.joined) {
                session.joined = true;
                api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: JOIN_EVENT, value: { locale: settings.locale } } });
              }
              saveSession(session);
              showStatus(status, '');
            }
            return next(action);
          };
        };
      });

      var replaced = false;
      directLine.connectionStatus$.subscribe(function (connection) {
        if (connection === CONNECTION_EXPIRED || connection === CONNECTION_FAILED) {
          if (resumed && !replaced) {
            // The kept conversation is gone or its token expired: start a new one.
            replaced = true;
            clearSession();
            directLine.end();
            start(main, root, status, false).catch(function () { showStatus(status, settings.connectFailed); });
          } else {
            showStatus(status, settings.connectFailed);
          }
        }
      });

      // Direct Line refreshes the token while the page is open; keep the newest for a reload.
      window.addEventListener('pagehide', function () {
        if (replaced) {
          return;
        }
        if (typeof directLine.token === 'string' && directLine.token !== session.token) {
          session.token = directLine.token;
          session.expiresAt = Date.now() + session.lifetime * 500;
        }
        saveSession(session);
      });

      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        locale: settings.locale,
        nonce: nonce,
        role: 'region',
        styleOptions: styleOptions(settings)
      }, root);
    });
  }

  function main() {
    var chat = document.getElementById('chat');
    var root = document.getElementById('webchat');
    var status = document.getElementById('chat-status');
    if (!chat || !root || !status) {
      return;
    }
    if (!window.WebChat) {
      showStatus(status, chat.dataset.connectFailed);
      return;
    }
    start(chat, root, status, true).catch(function () {
      showStatus(status, chat.dataset.connectFailed);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', main);
  } else {
    main();
  }
}());
