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

  async function start() {
    if (!window.WebChat) {
      showProblem('The chat could not load. Please reload the page.');
      return;
    }
    var response = await fetch('/api/directline/token', { method: 'POST' });
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
        locale: 'en-GB',
        styleOptions: {
          primaryFont: getComputedStyle(document.body).fontFamily,
          hideUploadButton: true,
          botAvatarInitials: 'SD',
          bubbleBorderRadius: 10,
          bubbleFromUserBorderRadius: 10,
          bubbleFromUserBackground: '#e6eef8',
          accent: '#0b2545',
          sendBoxTextWrap: true
        }
      },
      container
    );
  }

  start().catch(function () {
    showProblem('The chat could not start. Please reload the page in a moment.');
  });
})();
