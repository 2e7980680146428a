// Generates src/lib/api/schema.d.ts from ../openapi.yaml, the one API contract.
//   node scripts/gen-api.mjs          write the file
//   node scripts/gen-api.mjs --check  fail when the committed file differs from a fresh generation
// OPENAPI_SPEC=path reads another copy of the contract (e.g. one taken from git history).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const specUrl = process.env.OPENAPI_SPEC
  ? pathToFileURL(process.env.OPENAPI_SPEC)
  : new URL('../../openapi.yaml', import.meta.url);
const outUrl = new URL('../src/lib/api/schema.d.ts', import.meta.url);
const header =
  '// Generated from openapi.yaml by `npm run gen:api` (openapi-typescript). Do not edit.\n\n';

const ast = await openapiTS(specUrl);
const generated = header + astToString(ast);
const outPath = fileURLToPath(outUrl);

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = await readFile(outUrl, 'utf8');
  } catch {
    // missing: reported below as stale
  }
  if (committed !== generated) {
    console.error(
      `check:api FAILED: ${outPath} is stale or missing; it does not match ${fileURLToPath(specUrl)}.\n` +
        'Run `npm run gen:api` and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api OK: src/lib/api/schema.d.ts matches openapi.yaml');
} else {
  await writeFile(outUrl, generated);
  console.log(`gen:api wrote ${outPath}`);
}
