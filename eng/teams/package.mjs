// Builds the NewsBot Teams app package: fills in manifest.json, validates it offline against the
// Teams JSON schema bundled in @microsoft/app-manifest, and zips it with the two icons.
//
//   node eng/teams/package.mjs --app-id GUID --public-url https://host [--out path.zip]
//
// --app-id (or $MICROSOFT_APP_ID) is the bot's Microsoft App ID: required, a GUID, not the zero GUID
// (a package without the real id installs nothing that answers). --public-url (or $NEWSBOT_PUBLIC_URL)
// is where the bot's host answers, over https: shown as the developer site. A missing, mistyped or
// unknown option is refused with a one-line reason and exit code 2; a schema error exits with 1.
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../tools/package.json'));
const AdmZip = require('adm-zip');
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const here = dirname(fileURLToPath(import.meta.url));
const values = readOptions();

const template = readFileSync(join(here, 'manifest.json'), 'utf8');
const manifest = JSON.parse(template
  .replaceAll('{{MICROSOFT_APP_ID}}', values['app-id'])
  .replaceAll('{{PUBLIC_URL}}', values['public-url']));

const errors = validate(manifest);
if (errors.length > 0) {
  console.error(`manifest.json does not match the Teams v${manifest.manifestVersion} schema:`);
  for (const error of errors) console.error(`  ${error}`);
  process.exit(1);
}

const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
const zip = new AdmZip();
zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
for (const icon of [manifest.icons.color, manifest.icons.outline]) zip.addFile(icon, readFileSync(join(here, icon)));
zip.writeZip(out);
console.log(`Teams app package (manifest v${manifest.manifestVersion}, valid): ${out}`);

/** The options, checked; anything wrong ends the run with one line saying what and how to put it right. */
function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        'app-id': { type: 'string', default: process.env.MICROSOFT_APP_ID || '' },
        'public-url': { type: 'string', default: process.env.NEWSBOT_PUBLIC_URL || '' },
        out: { type: 'string', default: join(here, '../../artifacts/teams/newsbot-teams.zip') },
      },
    }).values;
  } catch (error) {
    refuse(`${error.message.split('\n')[0]} (the options are --app-id GUID, --public-url https://host and --out FILE)`);
  }
  const appId = parsed['app-id'].trim();
  if (appId === '') refuse('give --app-id: the Microsoft App ID of the bot\'s Azure registration (or set MICROSOFT_APP_ID)');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(appId)) refuse(`--app-id "${appId}" is not a GUID such as 6f1c0a5e-2b7d-4c1e-9a3f-5d2e8b7c4a10`);
  if (/^[0-]+$/.test(appId)) refuse('--app-id is the zero GUID: give the Microsoft App ID of the bot\'s Azure registration');
  const publicUrl = parsed['public-url'].trim();
  if (publicUrl === '') refuse('give --public-url: the https address where the bot\'s host answers (or set NEWSBOT_PUBLIC_URL)');
  let url;
  try { url = new URL(publicUrl); } catch { refuse(`--public-url "${publicUrl}" is not a URL; give one such as https://newsbot.example.org`); }
  if (url.protocol !== 'https:') refuse(`--public-url must be https (Teams opens only https links), not ${url.protocol.replace(':', '')}: ${publicUrl}`);
  return { 'app-id': appId.toLowerCase(), 'public-url': url.href.replace(/\/$/, ''), out: parsed.out };
}

function refuse(reason) {
  console.error(`package.mjs: ${reason}`);
  process.exit(2);
}

/**
 * Schema errors for the manifest, checked against the schema file shipped with @microsoft/app-manifest
 * (no network). Its own validator module cannot be loaded (it requires a package it does not declare),
 * so the bundled schema is compiled here with ajv the way that package does it.
 */
function validate(candidate) {
  const version = candidate.manifestVersion;
  const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new (Ajv04.default ?? Ajv04)({ allErrors: true, strictTypes: false });
  (addFormats.default ?? addFormats)(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(schema);
  return check(candidate) ? [] : check.errors.map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}
