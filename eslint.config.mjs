// @ts-check
// ESLint: JavaScript's and typescript-eslint's recommended rules, type-aware for TypeScript, and
// eslint-plugin-astro's for components. Run by `npm run lint` (part of `npm test`), zero warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.tmp/', 'src/csl/', 'public/', 'content/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      // .puppeteerrc.cjs is CommonJS, which puppeteer's configuration loader reads; outside tsconfig's files.
      parserOptions: { projectService: { allowDefaultProject: ['.puppeteerrc.cjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // A leading underscore names what a destructuring or signature must hold but the code does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Event listeners may be async: the browser ignores what they return, and each handles its own failure.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // Tests read what the build wrote (JSON, CSL-JSON, data packages) without a type: the shape is what they assert.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Components' frontmatter and scripts, and the config files, are checked with the untyped rules.
  { files: ['**/*.astro', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
