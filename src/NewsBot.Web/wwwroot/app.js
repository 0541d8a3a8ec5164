// Connects Web Chat to the host's own Direct Line endpoint (/v3/directline) by polling.
(async function () {
  'use strict';
  const status = document.getElementById('status');
  const showProblem = text => { status.textContent = text; status.hidden = false; };

  if (!window.WebChat) {
    showProblem('The chat component did not load (lib/botframework-webchat/webchat.js is missing; build the project to fetch it).');
    return;
  }

  const MAX_MESSAGE_BYTES = 60 * 1024;
  const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;   // the host's DirectLine:MaxUploadBytes by default; the host refuses larger ones itself too
  const describeSize = bytes => bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)).toFixed(1) + ' MB' : Math.ceil(bytes / 1024) + ' KB';
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

  const store = window.WebChat.createStore({}, refuseOverlongMessages);
  const directLine = window.WebChat.createDirectLine({ token, domain: directLineUrl, webSocket: false, pollingInterval: 400 });
  window.WebChat.renderWebChat({
    directLine,
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
      sendBoxButtonColor: '#1f4e79',
      // A text area: Enter sends, Shift+Enter starts a new line, and a pasted article keeps its paragraphs.
      sendBoxTextWrap: true,
      sendBoxMaxHeight: 200
    }
  }, document.getElementById('webchat'));
  // The "Add an article" panel (panel.js) sends through this same Direct Line conversation.
  document.dispatchEvent(new CustomEvent('newsbot:chat-ready', { detail: { directLine, userId } }));

  await showExamples();

  // Clicking an example sends it as if typed.
  document.getElementById('examples').addEventListener('click', event => {
    const button = event.target.closest('button[data-question]');
    if (!button) return;
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: button.dataset.question } });
  });

  /**
   * Web Chat middleware: a message longer than the Direct Line takes (64 KB) would only fail to send;
   * say why instead, and point to the panel, which sends long articles as a file.
   */
  function refuseOverlongMessages({ dispatch }) {
    const refuse = message => dispatch({ type: 'WEB_CHAT/SET_NOTIFICATION', payload: { id: 'too-large', level: 'error', message } });
    return next => action => {
      const text = action.type === 'WEB_CHAT/SEND_MESSAGE' ? action.payload?.text : undefined;
      if (typeof text === 'string' && new Blob([text]).size > MAX_MESSAGE_BYTES) {
        refuse(`That message is ${describeSize(new Blob([text]).size)}, too long to send. To add a long article, paste it into "Add an article" beside the chat.`);
        return undefined;
      }
      // Files come as SEND_FILES (older Web Chat) or as a message's attachments (the send box holds them until Send).
      const files = action.type === 'WEB_CHAT/SEND_FILES' ? action.payload?.files ?? []
        : action.type === 'WEB_CHAT/SEND_MESSAGE' ? (action.payload?.attachments ?? []).map(attachment => attachment.blob ?? attachment) : [];
      const size = files.reduce((total, file) => total + (file?.size || 0), 0);
      if (size > MAX_UPLOAD_BYTES) {
        refuse(`That file is ${describeSize(size)}, too large to send: NewsBot takes files up to ${describeSize(MAX_UPLOAD_BYTES)}.`);
        return undefined;
      }
      return next(action);
    };
  }

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
