// Connects Web Chat to the host's own Direct Line endpoint (/v3/directline) by polling.
(async function () {
  'use strict';
  const status = document.getElementById('status');
  const showProblem = text => { status.textContent = text; status.hidden = false; };

  if (!window.WebChat) {
    showProblem('The chat component did not load (lib/botframework-webchat/webchat.js is missing; build the project to fetch it).');
    return;
  }

  const directLineUrl = new URL('v3/directline', document.baseURI).href;

  /**
   * A conversation token from the host's page endpoint; the Direct Line secret never reaches the
   * page. The host picks the user (anonymous, or the signed-in user its sign-in proxy names).
   */
  async function obtainToken() {
    const response = await fetch(new URL('api/webchat/token', document.baseURI), { method: 'POST', credentials: 'same-origin' });
    if (!response.ok) throw new Error(response.status === 401 ? 'please sign in first' : 'HTTP ' + response.status);
    const { token, userId } = await response.json();
    return { token, userId };
  }

  let token, userId;
  try {
    ({ token, userId } = await obtainToken());
  } catch (error) {
    showProblem('Could not start a conversation with NewsBot: ' + error.message);
    return;
  }

  const store = window.WebChat.createStore();
  window.WebChat.renderWebChat({
    directLine: window.WebChat.createDirectLine({ token, domain: directLineUrl, webSocket: false, pollingInterval: 400 }),
    store,
    userID: userId,
    username: 'You',
    locale: 'en-US',
    styleOptions: {
      accent: '#1f4e79',
      botAvatarInitials: 'NB',
      userAvatarInitials: 'You',
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      bubbleFromUserBackground: '#e3edf7',
      hideUploadButton: false,
      sendBoxButtonColor: '#1f4e79'
    }
  }, document.getElementById('webchat'));

  await showExamples();

  // Clicking an example sends it as if typed.
  document.getElementById('examples').addEventListener('click', event => {
    const button = event.target.closest('button[data-question]');
    if (!button) return;
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: button.dataset.question } });
  });

  /** Replaces the page's generic examples with ones taken from the articles the bot has read. */
  async function showExamples() {
    try {
      const response = await fetch(new URL('api/examples', document.baseURI));
      if (!response.ok) return;
      const questions = await response.json();
      if (!Array.isArray(questions) || questions.length === 0) return;
      const list = document.getElementById('examples');
      list.replaceChildren(...questions.map(question => {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.question = question;
        button.textContent = question === 'help' ? 'What can you answer?' : question;
        const item = document.createElement('li');
        item.append(button);
        return item;
      }));
    } catch {
      // The generic examples in the page stay.
    }
  }
})();
