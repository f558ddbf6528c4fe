// Starts the stock Web Chat against the bot: a token from this server, then
// Direct Line (Azure's, or the bot's own local one when running on a laptop).
(function () {
  'use strict';

  var container = document.getElementById('webchat');
  var status = document.getElementById('chat-status');

  function showProblem(message) {
    status.textContent = message;
    status.className = 'chat-status error';
    status.setAttribute('role', 'alert');
  }

  function paragraph(text, className) {
    var p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    return p;
  }

  // The server has an app id but no Direct Line secret: nothing a resident can
  // fix, so say what to do instead, and tell whoever runs the site what is missing.
  function showNotConnected() {
    var notice = document.createElement('div');
    notice.className = 'chat-status error not-connected';
    notice.setAttribute('role', 'alert');
    notice.appendChild(paragraph('This chat is not connected yet, so it cannot answer questions.', 'not-connected__headline'));
    notice.appendChild(paragraph('Meanwhile, call 101 or visit met.police.uk. In an emergency, call 999.'));
    notice.appendChild(
      paragraph(
        'If you run this website: the bot has a Microsoft App ID (MicrosoftAppId) but no Direct Line secret (DIRECTLINE_SECRET). ' +
          'In the Azure portal, open the Azure Bot, add the Direct Line channel, copy one of its secret keys into the app setting ' +
          'DIRECTLINE_SECRET and restart the app. The README\u2019s Deploy section has the details.',
        'not-connected__operator'
      )
    );
    status.replaceWith(notice);
  }

  var ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

  // Every reply carries full plain text (for screen readers, transcripts and
  // text-only channels) and, where it helps, a card with the same facts at a
  // glance. On this page the card is enough, so the repeated text is not shown.
  function showCardsWithoutRepeatedText() {
    return function () {
      return function (next) {
        return function (action) {
          var incoming = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' || action.type === 'DIRECT_LINE/QUEUE_INCOMING_ACTIVITY';
          var activity = incoming && action.payload && action.payload.activity;
          var hasCard = activity && (activity.attachments || []).some(function (a) { return a.contentType === ADAPTIVE_CARD; });
          if (hasCard && activity.text) {
            var copy = Object.assign({}, activity, { text: '' });
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: copy }) });
          }
          return next(action);
        };
      };
    };
  }

  async function start() {
    if (!window.WebChat) {
      showProblem('The chat could not load. Please reload the page.');
      return;
    }
    var response = await fetch('/api/directline/token', { method: 'POST' });
    if (response.status === 503) {
      var reason = await response.json().catch(function () { return {}; });
      if (reason.code === 'DirectLineNotConfigured') {
        showNotConnected();
        return;
      }
    }
    if (!response.ok) throw new Error('token request failed: ' + response.status);
    var session = await response.json();

    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      // A path for the local Direct Line, a full URL for Azure's.
      domain: new URL(session.domain, window.location.href).href.replace(/\/$/, ''),
      webSocket: session.webSocket
    });

    status.remove();
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: window.WebChat.createStore({}, showCardsWithoutRepeatedText()),
        locale: 'en-GB',
        styleOptions: {
          primaryFont: getComputedStyle(document.body).fontFamily,
          hideUploadButton: true,
          botAvatarInitials: 'SD',
          bubbleBorderRadius: 10,
          bubbleFromUserBorderRadius: 10,
          bubbleFromUserBackground: '#e6eef8',
          accent: '#0b2545',
          sendBoxTextWrap: true,
          // A long answer stops scrolling once its top reaches the top of the
          // transcript, so it is read from its first line; "New messages" leads on.
          autoScrollSnapOnPage: true,
          autoScrollSnapOnPageOffset: 0,
          // Suggested actions one under another, long labels wrapped: the
          // carousel's scroll arrows would cover the buttons at either end.
          suggestedActionLayout: 'stacked',
          suggestedActionsStackedLayoutButtonTextWrap: true
        }
      },
      container
    );
  }

  start().catch(function () {
    showProblem('The chat could not start. Please reload the page in a moment.');
  });
})();
