#!/usr/bin/env node
// After `vite build`: the gzip size of every JavaScript chunk, and of what the browser loads for
// the first screen a reporter sees after signing in (/work): the entry, its static imports, and
// the work route's chunk with its static imports. Fails above the budget (README "Web app budget").
//
//   node scripts/bundle-report.mjs [--budget-kb 250] [--dist dist] [--warn-only]
//
// The `build` script runs it: a build whose first screen is over budget fails. --warn-only says
// "over budget" and exits 0 (to look at an experiment's sizes without failing).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const budgetKb = Number(option('--budget-kb', '250'));
const dist = resolve(option('--dist', 'dist'));
// the module of the /work route, as src/app/routes.tsx imports it on demand
const WORK_ROUTE = 'src/app/routes/work-route.tsx';

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) {
    const bytes = readFileSync(join(dist, file));
    gzipped.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return gzipped.get(file);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A manifest entry and everything it imports statically (what loads with it), as file names. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) {
    return files;
  }
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) {
    closure(imported, files);
  }
  return files;
}

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) {
  console.error(`bundle-report: expected one entry in the manifest, found ${entries.length}`);
  process.exit(2);
}
const [entryKey] = entries[0];
if (!manifest[WORK_ROUTE]) {
  console.error(`bundle-report: ${WORK_ROUTE} is not a chunk of its own (is it lazy-loaded?)`);
  process.exit(2);
}
const initial = closure(WORK_ROUTE, closure(entryKey));

const chunks = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, ...sizeOf(file), initial: initial.has(file) }))
  .sort((a, b) => b.gzip - a.gzip);

const width = Math.max(...chunks.map((c) => c.file.length));
console.log(`\nJavaScript chunks (gzip, level 9; * = loaded for /work)`);
for (const c of chunks) {
  console.log(
    `${c.initial ? '*' : ' '} ${c.file.padEnd(width)}  ${kb(c.gzip).padStart(10)}  (${kb(c.raw)} raw)`,
  );
}
const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
const first = chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0);
const css = Object.values(manifest)
  .flatMap((chunk) => chunk.css ?? [])
  .filter((file, i, all) => all.indexOf(file) === i)
  .reduce((sum, file) => sum + sizeOf(file).gzip, 0);
console.log(`\nall JavaScript: ${kb(total)} gzip in ${chunks.length} chunks; CSS: ${kb(css)} gzip`);
console.log(
  `initial JavaScript for /work: ${kb(first)} gzip in ${initial.size} files (budget ${budgetKb} KB)`,
);

// What the first screen's JavaScript is made of: its chunks' gzip shared out over their modules
// by rendered size, summed by package (or by folder of src/).
const modulesFile = join(dist, '.vite/modules.json');
if (existsSync(modulesFile)) {
  const modules = JSON.parse(readFileSync(modulesFile, 'utf8'));
  const parts = new Map();
  for (const file of initial) {
    const inChunk = Object.entries(modules[file] ?? {});
    const rendered = inChunk.reduce((sum, [, length]) => sum + length, 0);
    for (const [id, length] of inChunk) {
      const path = id.replaceAll('\\', '/');
      const inPackage = path.split('/node_modules/').at(-1);
      const part = path.includes('/node_modules/')
        ? inPackage
            .split('/')
            .slice(0, inPackage.startsWith('@') ? 2 : 1)
            .join('/')
        : path
            .replace(/^.*\/src\//, 'src/')
            .split('/')
            .slice(0, 3)
            .join('/');
      const share = rendered > 0 ? (sizeOf(file).gzip * length) / rendered : 0;
      parts.set(part, (parts.get(part) ?? 0) + share);
    }
  }
  console.log(`\nwhat the JavaScript for /work is made of (gzip, shared out by module size):`);
  for (const [part, gzip] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${kb(gzip).padStart(9)}  ${part}`);
  }
}
if (first > budgetKb * 1024) {
  console.error(`bundle-report: OVER BUDGET by ${kb(first - budgetKb * 1024)}`);
  process.exit(args.includes('--warn-only') ? 0 : 1);
}
