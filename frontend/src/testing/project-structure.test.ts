import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout rules ESLint cannot see: file names and barrels. Imports between features
// are checked by ESLint (eslint.config.js).
const srcDir = resolve(process.cwd(), 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const sources = files(srcDir).map((file) => relative(srcDir, file));

describe('project structure', () => {
  it('names files and folders in kebab-case', () => {
    const badNames = sources.filter((file) =>
      file.split('/').some((part) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(part)),
    );
    expect(badNames).toEqual([]);
  });

  it('has no barrel (index.ts) files', () => {
    expect(sources.filter((file) => /(^|\/)index\.tsx?$/.test(file))).toEqual([]);
  });

  it('gives every feature only api, components and hooks folders', () => {
    const featureFolders = new Set(
      sources
        .filter((file) => file.startsWith('features/'))
        .map((file) => file.split('/')[2] ?? ''),
    );
    expect(
      [...featureFolders].filter((folder) => !['api', 'components', 'hooks'].includes(folder)),
    ).toEqual([]);
  });

  it('calls fetch nowhere but through the generated API client', () => {
    const direct = sources.filter(
      (file) =>
        /\.tsx?$/.test(file) &&
        !file.startsWith('testing/') &&
        !file.endsWith('.test.ts') &&
        !file.endsWith('.test.tsx') &&
        file !== 'lib/api/client.ts' &&
        /\bfetch\(/.test(readFileSync(join(srcDir, file), 'utf8')),
    );
    expect(direct).toEqual([]);
  });
});
