// The chat page: gets a Direct Line token from the app, then renders Web Chat on it (WebSocket, polling as fallback).
// Kept out of index.html so a strict Content-Security-Policy (no inline script) can be added later.
(function () {
  'use strict';

  // Custom attachment renderers, by contentType: window.RunnersKnee.attachmentRenderers[type] = props => ReactElement.
  // props is what Web Chat passes to an attachment middleware ({ activity, attachment, ... }). Scripts may register
  // before or after this one: the registry is read each time an attachment renders.
  var RunnersKnee = (window.RunnersKnee = window.RunnersKnee || {});
  var renderers = (RunnersKnee.attachmentRenderers = RunnersKnee.attachmentRenderers || {});

  var styleOptions = Object.freeze({
    accent: '#0a6b50',
    botAvatarBackgroundColor: '#0a6b50',
    botAvatarInitials: 'RK',
    userAvatarBackgroundColor: '#37474f',
    userAvatarInitials: 'You',
    bubbleBackground: '#f2f5f4',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#dcefe8',
    bubbleFromUserBorderRadius: 12,
    bubbleMaxWidth: 640,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    rootHeight: '100%',
    rootWidth: '100%',
    sendBoxHeight: 52,
    hideUploadButton: true,
    richCardWrapTitle: true,
    // Every quick reply visible and wrapping (a carousel hides some on a phone); 44 px touch targets.
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 22,
    // The cards are written for Teams' 1.5; newer elements would render here but not there.
    adaptiveCardsParserMaxVersion: '1.5'
  });

  // What a screen reader reads for our own attachments (Web Chat warns and reads nothing for an unknown type).
  var screenReaderRenderers = (RunnersKnee.screenReaderRenderers = RunnersKnee.screenReaderRenderers || {});
  function attachmentForScreenReaderMiddleware() {
    return function (next) {
      return function (props) {
        var contentType = props && props.attachment && props.attachment.contentType;
        var render = contentType && Object.prototype.hasOwnProperty.call(screenReaderRenderers, contentType) ? screenReaderRenderers[contentType] : null;
        return render ? render(props.attachment) : next(props);
      };
    };
  }

  // Wrappers around any attachment, by contentType: window.RunnersKnee.attachmentWrappers[type] = (props, element) => element.
  var wrappers = (RunnersKnee.attachmentWrappers = RunnersKnee.attachmentWrappers || {});

  function attachmentMiddleware() {
    return function (next) {
      return function (props) {
        var contentType = props && props.attachment && props.attachment.contentType;
        var render = contentType && Object.prototype.hasOwnProperty.call(renderers, contentType) ? renderers[contentType] : null;
        var element = render ? render(props) : next(props);
        var wrap = contentType && Object.prototype.hasOwnProperty.call(wrappers, contentType) ? wrappers[contentType] : null;
        return wrap && element ? wrap(props, element) : element;
      };
    };
  }

  // A card button in Web Chat is a messageBack (the bot's CardActions.Tap): its value goes to the bot, its text is
  // empty so the bot reads nothing else, and channelData.messageBack.displayText says what was chosen. Web Chat
  // 4.18 hides a message without text (createCoreMiddleware.tsx, "do not show empty bubbles"), so such a message
  // is drawn with its display text: the person sees their choice in the transcript, as if they had typed it.
  function activityMiddleware() {
    return function (next) {
      return function () {
        var args = Array.prototype.slice.call(arguments);
        var options = args[0];
        var activity = options && options.activity;
        var messageBack = activity && activity.type === 'message' && !activity.text && activity.channelData && activity.channelData.messageBack;
        if (messageBack && typeof messageBack.displayText === 'string' && messageBack.displayText) {
          args[0] = Object.assign({}, options, { activity: Object.assign({}, activity, { text: messageBack.displayText }) });
        }

        return next.apply(null, args);
      };
    };
  }

  // The person token lets a reloaded or reopened page (phones discard background tabs) continue as the same
  // person, at the same set. Without storage (private browsing) every visit starts afresh.
  var personKey = 'runnersKnee.person';

  function keptPerson() {
    try {
      return window.localStorage.getItem(personKey);
    } catch (error) {
      return null;
    }
  }

  function keepPerson(person) {
    try {
      if (person) {
        window.localStorage.setItem(personKey, person);
      }
    } catch (error) {
      // Storage full or blocked: this visit still works, the next one starts afresh.
    }
  }

  function newSession() {
    return fetch('api/directline/token', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ person: keptPerson() }),
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('The token endpoint answered ' + response.status + '.');
      }

      return response.json();
    }).then(function (session) {
      keepPerson(session.person);
      return session;
    });
  }

  // The tab's conversation, so a reload reconnects to it (the transcript, the live timer and the set are all there).
  // Kept per tab (session storage): another tab is another conversation of the same person.
  var conversationKey = 'runnersKnee.conversation';

  function keptConversation() {
    try {
      var kept = JSON.parse(window.sessionStorage.getItem(conversationKey) || 'null');
      return kept && kept.token && kept.conversationId && kept.domain ? kept : null;
    } catch (error) {
      return null;
    }
  }

  function keepConversation(session) {
    try {
      window.sessionStorage.setItem(conversationKey, JSON.stringify({ token: session.token, conversationId: session.conversationId, domain: session.domain }));
    } catch (error) {
      // No storage: a reload starts a new conversation for the same person, who is welcomed back at the set.
    }
  }

  // A kept conversation's token is refreshed (Direct Line's own endpoint, embedded or Azure); an expired one, or a
  // conversation the server no longer has, falls back to a new conversation for the same person.
  function reconnect(kept) {
    return fetch(kept.domain.replace(/\/$/, '') + '/tokens/refresh', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + kept.token },
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('The token refresh answered ' + response.status + '.');
      }

      return response.json();
    }).then(function (refreshed) {
      if (refreshed.conversationId && refreshed.conversationId !== kept.conversationId) {
        throw new Error('The refreshed token is for another conversation.');
      }

      var session = { token: refreshed.token, conversationId: kept.conversationId, domain: kept.domain, reconnected: true };
      // The conversation must still be there (conversations expire when idle) before Web Chat is pointed at it.
      return fetch(kept.domain.replace(/\/$/, '') + '/conversations/' + encodeURIComponent(kept.conversationId), {
        headers: { Authorization: 'Bearer ' + refreshed.token },
        cache: 'no-store'
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('The conversation is gone (' + response.status + ').');
        }

        return session;
      });
    });
  }

  function fetchSession() {
    var kept = keptConversation();
    var session = kept ? reconnect(kept).catch(function () { return newSession(); }) : newSession();
    return session.then(function (result) {
      keepConversation(result);
      return result;
    });
  }

  // Web Chat draws the send box a moment after rendering; put the caret there so typing can start at once.
  function focusSendBox(attemptsLeft) {
    var input = document.querySelector('[data-id="webchat-sendbox-input"]');
    if (input) {
      input.focus();
    } else if (attemptsLeft > 0) {
      window.setTimeout(function () { focusSendBox(attemptsLeft - 1); }, 100);
    }
  }

  function showStatus(text, isError) {
    var status = document.getElementById('chat-status');
    status.textContent = text;
    status.classList.toggle('chat__status--error', !!isError);
  }

  function start() {
    fetchSession()
      .then(function (session) {
        // The user id is inside the token (its "user" claim); Web Chat reads it from there. With a conversation id
        // DirectLineJS reconnects to it and receives its activities again from the start.
        var options = { token: session.token, domain: session.domain, webSocket: true };
        if (session.reconnected) {
          options.conversationId = session.conversationId;
        }

        var directLine = window.WebChat.createDirectLine(options);
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            locale: 'en-US',
            styleOptions: styleOptions,
            activityMiddleware: activityMiddleware,
            attachmentMiddleware: attachmentMiddleware,
            attachmentForScreenReaderMiddleware: attachmentForScreenReaderMiddleware
          },
          document.getElementById('webchat')
        );
        showStatus('', false);
        focusSendBox(50);
      })
      .catch(function (error) {
        showStatus('The chat could not start. Check your connection and reload the page.', true);
        console.warn('Runner\'s Knee Coach: the chat could not start.', error);
      });
  }

  start();
})();
