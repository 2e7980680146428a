// Lint rules, including the module boundaries of the frontend:
//   - a feature (src/features/<name>) never imports another feature, nor src/app: routes compose them;
//   - src/components, src/lib and src/config import no feature and not src/app;
//   - only src/features/<name>/api/* uses the API client (src/lib/api/client);
//   - imports use the `@/` alias, never `../` paths.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noRelative = {
  regex: '^\\.{1,2}/',
  message: 'Import with the @/ alias (e.g. @/lib/dates), not a relative path.',
};
const noApiClient = {
  regex: '^@/lib/api/client$',
  message: 'Only src/features/<feature>/api/* may call the API client: use that feature’s hooks.',
};
const noApp = {
  regex: '^@/app/',
  message: 'src/app composes features and shared code; nothing imports it back.',
};
const noFeatures = {
  regex: '^@/features/',
  message: 'Shared code (components, lib, config) must not depend on a feature.',
};
const noOtherFeature = (feature) => ({
  regex: `^@/features/(?!${feature}/)`,
  message: `Features do not import each other: compose ${feature} with other features in src/app.`,
});

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'e2e/artifacts', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Boundaries: later blocks replace the rule for the files they match.
  { files: ['src/**/*.{ts,tsx}'], rules: restrict(noRelative, noApiClient) },
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**'],
    rules: restrict(noRelative, noApiClient, noApp, noFeatures),
  },
  { files: ['src/lib/api/**'], rules: restrict(noRelative, noApp, noFeatures) },
  ...features.flatMap((feature) => [
    {
      files: [`src/features/${feature}/**`],
      rules: restrict(noRelative, noApiClient, noApp, noOtherFeature(feature)),
    },
    {
      files: [`src/features/${feature}/api/**`],
      rules: restrict(noRelative, noApp, noOtherFeature(feature)),
    },
  ]),
  {
    files: ['e2e/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
