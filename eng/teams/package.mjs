// Builds the NewsBot Teams app package: fills in manifest.json, validates it offline against the
// Teams JSON schema bundled in @microsoft/app-manifest, and zips it with the two icons.
//
//   node eng/teams/package.mjs [--app-id GUID] [--public-url https://host] [--out path.zip]
//
// --app-id defaults to $MICROSOFT_APP_ID, then to the zero GUID (valid for the schema, but Teams
// needs the bot's real Microsoft App ID to sideload). --public-url (or $NEWSBOT_PUBLIC_URL) is where
// the bot's host answers; it is shown as the developer site. Exit code 1 on any schema error.
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
const { values } = parseArgs({
  options: {
    'app-id': { type: 'string', default: process.env.MICROSOFT_APP_ID || '00000000-0000-0000-0000-000000000000' },
    'public-url': { type: 'string', default: process.env.NEWSBOT_PUBLIC_URL || 'https://localhost:3978' },
    out: { type: 'string', default: join(here, '../../artifacts/teams/newsbot-teams.zip') },
  },
});

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
