// Drives the web chat page in headless Chromium: waits for the welcome, clicks an example question,
// types a question, and checks each answer appears. Exit code 0 only if everything was seen.
//
//   node webchat.mjs --url http://127.0.0.1:PORT/ --tools <repo>/eng/tools
//        --welcome TEXT --example "Who was quoted?" --example-expect TEXT
//        --question TEXT --expect TEXT [--upload FILE --upload-expect TEXT] [--screenshot file.png]
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' }, tools: { type: 'string' }, welcome: { type: 'string' },
    example: { type: 'string' }, 'example-expect': { type: 'string' },
    question: { type: 'string' }, expect: { type: 'string' }, screenshot: { type: 'string' },
    upload: { type: 'string' }, 'upload-expect': { type: 'string' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const require = createRequire(join(resolve(options.tools), 'package.json'));
const { chromium } = require('playwright-core');

const profile = mkdtempSync(join(tmpdir(), 'newsbot-chromium-'));
// A fresh profile per run (playwright passes it to Chromium as --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: options.chromium,
  headless: true,
  viewport: { width: 1200, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const problems = [];
const started = Date.now();
let page;
try {
  page = await browser.newPage();
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', request => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));

  await page.goto(options.url, { waitUntil: 'load' });
  const transcript = page.locator('#webchat');
  const sees = async (text, what) => {
    try {
      await transcript.getByText(text, { exact: false }).first().waitFor({ timeout: 30_000 });
    } catch {
      throw new Error(`${what}: "${text}" never appeared. Transcript:\n${await transcript.innerText().catch(() => '(none)')}`);
    }
    console.log(`seen ${what}: ${text} (${Date.now() - started} ms)`);
  };

  await sees(options.welcome, 'welcome');

  await page.locator(`#examples button[data-question="${options.example}"]`).click();
  await sees(options['example-expect'], `answer to the example "${options.example}"`);

  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  await sendBox.fill(options.question);
  await sendBox.press('Enter');
  await sees(options.expect, `answer to the typed question "${options.question}"`);

  if (options.upload) {
    // The paperclip's file input, as a user picking a file; Web Chat sends it (or holds it until Send).
    await page.locator('#webchat input[type="file"]').first().setInputFiles(options.upload);
    const send = page.locator('#webchat button[title="Send"]');
    if (await send.count() > 0 && await page.locator('#webchat').getByText(options['upload-expect'], { exact: false }).count() === 0) {
      await send.first().click().catch(() => {});
    }
    await sees(options['upload-expect'], `answer to the uploaded file ${options.upload}`);
  }

  if (problems.length > 0) throw new Error(problems.join('\n'));
  if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
  console.log('web chat OK');
} catch (error) {
  if (page && options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true }).catch(() => {});
  console.error(error.message);
  if (problems.length > 0) console.error(problems.join('\n'));
  process.exitCode = 1;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
