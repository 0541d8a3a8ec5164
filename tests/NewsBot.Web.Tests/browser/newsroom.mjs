// The newsroom's pages in headless Chromium, one task a run; prints "seen …" lines as it goes,
// writes what it measured as JSON (--out) for the C# test to check, and exits 0 only if every step was seen.
//
//   node newsroom.mjs --task chat-paste   --url HOST/ --tools DIR --article FILE --title TEXT --question TEXT --expect TEXT [--big-file FILE] [--screenshot PNG]
//   node newsroom.mjs --task panel        --url HOST/ --tools DIR --article FILE --title TEXT --file FILE --file-title TEXT
//                     --link URL --link-title TEXT --binary FILE --scripts-link URL --private-link URL --big-paste-mb N [--screenshot PNG]
//   node newsroom.mjs --task article-view --url HOST/articles/ID --tools DIR --out JSON [--screenshot PNG] [--clicked-screenshot PNG]
//   node newsroom.mjs --task corpus       --url HOST/articles --tools DIR --out JSON [--screenshot PNG]
//   node newsroom.mjs --task answer-link  --url HOST/ --tools DIR --question TEXT --expect TEXT --out JSON [--export TEXT --export-name FILE] [--screenshot PNG] [--clicked-screenshot PNG]
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    task: { type: 'string' }, url: { type: 'string' }, tools: { type: 'string' }, out: { type: 'string' },
    article: { type: 'string' }, title: { type: 'string' }, question: { type: 'string' }, expect: { type: 'string' },
    file: { type: 'string' }, 'file-title': { type: 'string' }, link: { type: 'string' }, 'link-title': { type: 'string' },
    binary: { type: 'string' }, 'big-file': { type: 'string' }, 'scripts-link': { type: 'string' }, 'private-link': { type: 'string' }, 'big-paste-mb': { type: 'string' },
    screenshot: { type: 'string' }, 'clicked-screenshot': { type: 'string' }, export: { type: 'string' }, 'export-name': { type: 'string' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const require = createRequire(join(resolve(options.tools), 'package.json'));
const { chromium } = require('playwright-core');

const started = Date.now();
const seen = what => console.log(`seen ${what} (${Date.now() - started} ms)`);
const report = {};

const profile = mkdtempSync(join(tmpdir(), 'newsbot-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: options.chromium,
  headless: true,
  viewport: { width: 1400, height: 900 },
  deviceScaleFactor: 1,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const problems = [];
let page;
try {
  page = await browser.newPage();
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('console', message => { if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`); });
  const tasks = { 'chat-paste': chatPaste, panel, 'article-view': articleView, corpus, 'answer-link': answerLink };
  if (!tasks[options.task]) throw new Error(`unknown --task ${options.task}`);
  await tasks[options.task]();
  if (problems.length > 0) throw new Error(problems.join('\n'));
  if (options.out) writeFileSync(options.out, JSON.stringify(report, null, 2));
  console.log(`${options.task} OK`);
} catch (error) {
  if (page && options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true }).catch(() => {});
  console.error(error.message);
  if (problems.length > 0) console.error(problems.join('\n'));
  process.exitCode = 1;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

async function openChat() {
  await page.goto(options.url, { waitUntil: 'load' });
  await waitForText(page.locator('#webchat'), 'who said what in', 'the welcome');
}

/** Scrolls the transcript to its end (Web Chat follows new messages, but a screenshot may come first). */
async function showLatestAnswer() {
  await page.waitForTimeout(500);
  await page.locator('#webchat [role="log"], #webchat .webchat__basic-transcript__scrollable').first()
    .evaluate(log => { log.scrollTop = log.scrollHeight; }).catch(() => {});
  await page.waitForTimeout(300);
}

async function waitForText(scope, text, what, timeout = 30_000) {
  try {
    await scope.getByText(text, { exact: false }).first().waitFor({ timeout });
  } catch {
    throw new Error(`${what}: "${text}" never appeared. Saw:\n${await scope.innerText().catch(() => '(nothing)')}`);
  }
  seen(`${what}: ${text}`);
}

/** Pastes an article into the chat's send box as a person would (clipboard, Ctrl+V), sends it, then asks about it. */
async function chatPaste() {
  await openChat();
  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  report.sendBoxTag = await sendBox.evaluate(element => element.tagName);
  if (report.sendBoxTag !== 'TEXTAREA') throw new Error(`the send box is a ${report.sendBoxTag}, not a multi-line text area`);

  await sendBox.click();
  await page.keyboard.type('one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('two');
  report.shiftEnter = await sendBox.inputValue();
  if (report.shiftEnter !== 'one\ntwo') throw new Error(`Shift+Enter did not start a new line: ${JSON.stringify(report.shiftEnter)}`);
  await sendBox.fill('');
  seen('Shift+Enter starts a new line');

  const article = readFileSync(options.article, 'utf8');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(options.url).origin });
  await page.evaluate(text => navigator.clipboard.writeText(text), article);
  await sendBox.focus();
  await page.keyboard.press('Control+V');
  report.pasted = await sendBox.inputValue();
  if (report.pasted.trim() !== article.trim()) throw new Error(`the pasted text lost its shape in the send box:\n${report.pasted}`);
  seen(`pasted ${article.length} characters, ${article.split('\n').length - 1} line breaks kept`);

  await page.keyboard.press('Enter');
  await waitForText(page.locator('#webchat'), `Added ${options.title}`, 'the answer to the pasted article');

  await sendBox.fill(options.question);
  await sendBox.press('Enter');
  await waitForText(page.locator('#webchat'), options.expect, `the answer to "${options.question}"`);
  await showLatestAnswer();
  if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });

  // A paste far beyond what a message carries is refused in words, not sent to fail.
  await sendBox.fill('All work and no play. '.repeat(240_000));
  await sendBox.press('Enter');
  await waitForText(page.locator('#webchat'), 'too long to send', 'the refusal of a 5 MB message');

  if (options['big-file']) {
    await page.locator('#webchat input[type="file"]').first().setInputFiles(options['big-file']);
    const send = page.locator('#webchat button[title="Send"]');
    if (await page.locator('#webchat').getByText('too large to send', { exact: false }).count() === 0 && await send.count() > 0) await send.first().click().catch(() => {});
    await waitForText(page.locator('#webchat'), 'too large to send', 'the refusal of a file over the upload limit');
  }
}

/** The "Add an article" panel: paste, file and link each added, then every kind of bad input refused in words. */
async function panel() {
  await openChat();
  const status = page.locator('#add-status');
  await page.locator('#add-paste button[type="submit"]:enabled').waitFor({ timeout: 30_000 });
  report.panel = {};

  const outcome = async (step, kind, text) => {
    try {
      await page.locator(`#add-status[data-kind="${kind}"]`).getByText(text, { exact: false }).waitFor({ timeout: 30_000 });
    } catch {
      throw new Error(`panel, ${step}: expected a ${kind} saying "${text}", saw ${await status.getAttribute('data-kind')}: ${await status.innerText()}`);
    }
    const links = status.locator('a');
    const link = await links.count() > 0 ? await links.first().getAttribute('href') : null;
    report.panel[step] = { kind, text: await status.innerText(), link };
    seen(`panel ${step}: ${report.panel[step].text}`);
  };

  await page.locator('#add-text').fill(readFileSync(options.article, 'utf8'));
  await page.locator('#add-paste button[type="submit"]').click();
  await outcome('paste', 'added', `Added: ${options.title}`);

  await page.locator('#add-file').setInputFiles(options.file);
  await page.locator('#add-upload button[type="submit"]').click();
  await outcome('file', 'added', `Added: ${options['file-title']}`);

  await page.locator('#add-link').fill(options.link);
  await page.locator('#add-link-form button[type="submit"]').click();
  await outcome('link', 'added', `Added: ${options['link-title']}`);
  if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });

  const megabytes = Number(options['big-paste-mb']);
  await page.locator('#add-text').evaluate((area, size) => { area.value = 'All work and no play. '.repeat(Math.ceil(size / 22)); }, megabytes * 1024 * 1024);
  await page.locator('#add-paste button[type="submit"]').click();
  await outcome('big paste', 'problem', 'Not added');

  await page.locator('#add-file').setInputFiles(options.binary);
  await page.locator('#add-upload button[type="submit"]').click();
  await outcome('binary file', 'problem', 'Not added');

  await page.locator('#add-link').fill(options['scripts-link']);
  await page.locator('#add-link-form button[type="submit"]').click();
  await outcome('page of scripts', 'problem', 'Not added');

  await page.locator('#add-link').fill(options['private-link']);
  await page.locator('#add-link-form button[type="submit"]').click();
  await outcome('private address', 'problem', 'Not added');

  await page.locator('#add-link').fill('the article about the dam');
  await page.locator('#add-link-form button[type="submit"]').click();
  await outcome('not a link', 'problem', 'is not a web link');
}

/** Reads every quote mark, the legend and the paragraphs; screenshots; then clicks a speaker and a quote. */
async function articleView() {
  const response = await page.goto(options.url, { waitUntil: 'load' });
  report.status = response.status();
  report.csp = response.headers()['content-security-policy'] ?? null;
  report.title = await page.locator('h1').innerText();
  report.paragraphs = await page.locator('p.para[id^="p"]').evaluateAll(ps => ps.map(p => p.id));
  report.marks = await page.locator('a.q[data-quote]').evaluateAll(marks => marks.map(mark => {
    const box = mark.getClientRects()[0];
    return {
      quote: mark.dataset.quote, speaker: mark.dataset.speaker, reported: mark.classList.contains('reported'),
      text: mark.textContent, background: getComputedStyle(mark).backgroundColor,
      box: box ? { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height } : null,
    };
  }));
  report.legend = await page.locator('.legend li[data-speaker]').evaluateAll(items => items.map(item => ({
    speaker: item.dataset.speaker, name: item.querySelector('.name').textContent, count: Number(item.dataset.count),
    swatch: getComputedStyle(item.querySelector('.swatch')).backgroundColor,
    soft: getComputedStyle(item).getPropertyValue('--soft').trim(),
  })));
  report.mentioned = await page.locator('.mentioned .name').allInnerTexts();
  if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
  seen(`${report.marks.length} quote marks, ${report.legend.length} speakers in the legend, ${report.paragraphs.length} paragraphs`);

  // A click on a name in the legend shows that speaker's words and fades the others' quotes.
  const first = report.legend[0];
  await page.locator(`.legend a.who[data-speaker="${first.speaker}"]`).click();
  const words = page.locator(`.words[data-speaker="${first.speaker}"]`);
  await words.waitFor({ state: 'visible', timeout: 5_000 });
  report.clickedSpeaker = {
    speaker: first.speaker, items: await words.locator('li').count(),
    selected: await page.locator('a.q.selected').evaluateAll(marks => [...new Set(marks.map(m => m.dataset.speaker))]),
    visibleLists: await page.locator('.words').evaluateAll(lists => lists.filter(l => getComputedStyle(l).display !== 'none').map(l => l.dataset.speaker)),
  };
  if (options['clicked-screenshot']) await page.screenshot({ path: options['clicked-screenshot'], fullPage: false });
  seen(`a click on ${first.name} shows ${report.clickedSpeaker.items} of their quotes`);

  // A click on a quote of another speaker shows that speaker's words instead.
  const other = report.marks.find(mark => mark.speaker !== first.speaker);
  if (other) {
    await page.locator(`a.q[data-quote="${other.quote}"]`).first().click();
    const otherWords = page.locator(`.words[data-speaker="${other.speaker}"]`);
    await otherWords.waitFor({ state: 'visible', timeout: 5_000 });
    report.clickedQuote = {
      speaker: other.speaker, items: await otherWords.locator('li').count(),
      visibleLists: await page.locator('.words').evaluateAll(lists => lists.filter(l => getComputedStyle(l).display !== 'none').map(l => l.dataset.speaker)),
    };
    seen(`a click on a quote of ${other.speaker} shows their ${report.clickedQuote.items} quotes`);
  }
}

/** The corpus page: the chart's rows and the article list. */
async function corpus() {
  const response = await page.goto(options.url, { waitUntil: 'load' });
  report.status = response.status();
  report.chart = await page.locator('svg.chart g.row').evaluateAll(rows => rows.map(row => ({
    name: row.dataset.name, count: Number(row.dataset.count), width: Number(row.querySelector('rect').getAttribute('width')),
  })));
  report.articles = await page.locator('.listing tbody tr').evaluateAll(rows => rows.map(row => ({
    title: row.querySelector('a').textContent, href: row.querySelector('a').getAttribute('href'),
  })));
  if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
  seen(`${report.chart.length} people in the chart, ${report.articles.length} articles listed`);
}

/** Asks in the web chat, clicks the answer card's "See it in the article", and reads where the article view opened. */
async function answerLink() {
  await openChat();
  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  await sendBox.fill(options.question);
  await sendBox.press('Enter');
  await waitForText(page.locator('#webchat'), options.expect, `the answer to "${options.question}"`);
  const button = page.locator('#webchat').getByRole('button', { name: 'See it in the article' }).last();
  await button.waitFor({ timeout: 30_000 });
  await showLatestAnswer();
  if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: false });
  const opened = browser.waitForEvent('page', { timeout: 30_000 });
  await button.click();
  const view = await opened;
  await view.waitForLoadState('load');
  await view.waitForTimeout(300);
  report.url = view.url();
  report.hash = await view.evaluate(() => location.hash);
  report.target = await view.evaluate(() => {
    const target = document.querySelector(':target');
    if (!target) return null;
    const box = target.getBoundingClientRect();
    return {
      id: target.id,
      text: target.textContent,
      marks: [...target.querySelectorAll('a.q[data-quote]')].map(mark => ({ quote: mark.dataset.quote, speaker: mark.dataset.speaker, text: mark.textContent })),
      inView: box.top >= 0 && box.top < window.innerHeight,
    };
  });
  if (options['clicked-screenshot']) await view.screenshot({ path: options['clicked-screenshot'], fullPage: false });
  seen(`the answer's link opened ${report.url}`);

  // An export comes as a file in the transcript: its link, and what the link gives.
  if (options.export) {
    await sendBox.fill(options.export);
    await sendBox.press('Enter');
    const file = page.locator('#webchat').getByText(options['export-name'], { exact: false }).last();
    await file.waitFor({ timeout: 30_000 });
    const link = page.locator('#webchat a[href*="quotes.csv"]').last();
    report.exportHref = await link.getAttribute('href');
    report.exportCsv = await page.evaluate(async href => (await fetch(href)).text(), report.exportHref);
    await showLatestAnswer();
    if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: false });
    seen(`the export came as ${options['export-name']}`);
  }
}
