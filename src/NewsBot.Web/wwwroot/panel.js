// "Add an article": pasted text, a file or a link, sent through the chat's own Direct Line
// conversation (an upload for text and files, a message for a link), so the bot adds it exactly as
// it adds what the chat sends, with the same permissions. The panel shows progress, then the bot's
// answer to that very activity (replyToId): what was added and a link to its article view, or why not.
(function () {
  'use strict';
  const panel = document.getElementById('add-article');
  const status = document.getElementById('add-status');
  const ANSWER_TIMEOUT_MS = 60_000;
  let chat = null;
  let busy = false;

  document.addEventListener('newsbot:chat-ready', event => {
    chat = event.detail;
    panel.querySelectorAll('button[type="submit"]').forEach(button => { button.disabled = false; });
  });

  panel.querySelector('#add-paste').addEventListener('submit', event => {
    event.preventDefault();
    const text = panel.querySelector('#add-text').value;
    if (text.trim().length === 0) return show('problem', 'Paste the article\u2019s text first: its headline on the first line, then its paragraphs.');
    send({ files: [new File([text], 'pasted article.txt', { type: 'text/plain' })] });
  });

  panel.querySelector('#add-upload').addEventListener('submit', event => {
    event.preventDefault();
    const file = panel.querySelector('#add-file').files[0];
    if (!file) return show('problem', 'Choose a file first: a .txt or .html article.');
    send({ files: [file] });
  });

  panel.querySelector('#add-link-form').addEventListener('submit', event => {
    event.preventDefault();
    const link = panel.querySelector('#add-link').value.trim();
    let url = null;
    try { url = new URL(link); } catch { /* not a link */ }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return show('problem', `\u201c${shorten(link)}\u201d is not a web link: give one that starts with https://`);
    send({ text: url.href });
  });

  /** Posts the activity and waits for the bot's answer to it. */
  function send({ text, files }) {
    if (!chat) return show('problem', 'The chat is not connected yet; try again in a moment.');
    if (busy) return;
    busy = true;
    setBusy(true);
    show('progress', files ? `Sending ${files[0].name} (${describeSize(files[0].size)})\u2026` : `Sending the link\u2026`);
    const urls = [];
    const activity = {
      type: 'message',
      from: { id: chat.userId, name: 'You', role: 'user' },
      text: text || '',
      attachments: (files || []).map(file => {
        const url = URL.createObjectURL(file);
        urls.push(url);
        return { contentType: file.type || 'application/octet-stream', contentUrl: url, name: file.name };
      })
    };
    const seen = [];
    let postedId = null;
    let timer = null;
    const finish = (kind, content) => {
      clearTimeout(timer);
      replies.unsubscribe();
      urls.forEach(url => URL.revokeObjectURL(url));
      busy = false;
      setBusy(false);
      show(kind, content);
    };
    const answerTo = reply => {
      if (postedId === null || reply.replyToId !== postedId) return false;
      finish(...describe(reply));
      return true;
    };
    // Listening before posting: over polling, the answer may arrive before the post's own response.
    const replies = chat.directLine.activity$.subscribe(incoming => {
      if (incoming.type !== 'message' || incoming.from?.role !== 'bot') return;
      if (!answerTo(incoming)) seen.push(incoming);
    });
    chat.directLine.postActivity(activity).subscribe(
      id => {
        if (id === 'retry') return finish('problem', 'NewsBot could not take it just now (a server error); try again in a moment.');
        postedId = id;
        show('progress', 'Reading the article and finding who said what\u2026');
        if (seen.some(answerTo)) return;
        timer = setTimeout(() => finish('problem', 'NewsBot has not answered yet; its answer will appear in the chat.'), ANSWER_TIMEOUT_MS);
      },
      error => finish('problem', refusalOf(error)));
  }

  /** The bot's answer as [kind, content]: its structured result when it gives one, else its words. */
  function describe(reply) {
    const results = Array.isArray(reply.value?.articles) ? reply.value.articles : null;
    if (!results || results.length === 0) return ['answer', plain(reply.text)];
    const [result] = results;
    if (!result.added) return ['problem', 'Not added: ' + (result.reason || plain(reply.text))];
    const done = document.createElement('span');
    const counts = `${count(result.quoteCount, 'quote')} from ${count(result.speakerCount, 'speaker')}`;
    done.append(`${result.isNew ? 'Added' : 'Already here'}: `);
    const title = document.createElement('strong');
    title.textContent = result.title;
    done.append(title, `, ${counts} \u2014 `);
    const view = document.createElement('a');
    view.href = new URL('articles/' + encodeURIComponent(result.articleId), document.baseURI).href;
    view.target = '_blank';
    view.rel = 'noopener';
    view.textContent = 'open the article view';
    done.append(view);
    return ['added', done];
  }

  function refusalOf(error) {
    const detail = error?.response?.detail || error?.response?.title;
    if (detail) return 'Not added: ' + detail;
    if (error?.status === 413) return 'Not added: it is larger than NewsBot takes in one upload.';
    if (error?.status === 429) return 'Not added: too many messages at once; wait a moment and try again.';
    if (error?.status) return `Not added: the chat refused it (HTTP ${error.status}).`;
    return 'Not added: the chat could not send it (' + (error?.message || 'no connection') + ').';
  }

  function show(kind, content) {
    status.dataset.kind = kind;
    status.replaceChildren(content);
  }

  function setBusy(on) {
    panel.setAttribute('aria-busy', String(on));
    panel.querySelectorAll('button[type="submit"]').forEach(button => { button.disabled = on; });
  }

  const plain = markdown => String(markdown || '').replace(/\*\*/g, '');
  const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const shorten = text => text.length > 60 ? text.slice(0, 57) + '\u2026' : text;
  const describeSize = bytes => bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)).toFixed(1) + ' MB' : Math.max(1, Math.ceil(bytes / 1024)) + ' KB';
})();
