// The article view: a click on a quote or on a name in the legend shows everything that speaker said
// and fades the other quotes; a second click (or Escape) shows them all again. Without this script the
// same links open the speaker's list through its #words-… fragment.
(function () {
  'use strict';
  let selected = null;

  function show(speaker) {
    selected = speaker;
    document.body.toggleAttribute('data-selected', speaker !== null);
    for (const quote of document.querySelectorAll('.q[data-speaker]')) quote.classList.toggle('selected', quote.dataset.speaker === speaker);
    for (const words of document.querySelectorAll('.words')) words.classList.toggle('shown', words.dataset.speaker === speaker);
    if (speaker === null) history.replaceState(null, '', location.pathname + location.search);
    else history.replaceState(null, '', '#words-' + speaker);
  }

  document.addEventListener('click', event => {
    const link = event.target.closest('a[data-speaker]');
    if (!link) return;
    event.preventDefault();
    show(selected === link.dataset.speaker ? null : link.dataset.speaker);
  });
  document.addEventListener('keydown', event => { if (event.key === 'Escape' && selected !== null) show(null); });

  const opened = /^#words-(.+)$/.exec(location.hash);
  if (opened) show(decodeURIComponent(opened[1]));
})();
