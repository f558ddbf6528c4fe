// @ts-check
/**
 * ESLint flat config: typescript-eslint's recommended rules (not type-checked,
 * so `npm run lint` stays fast) plus rules that encode StationDesk's layering.
 * Data flows one way: activity -> understanding -> question -> answer -> reply,
 * and the knowledge core (src/stations) stands alone, free of any bot framework.
 */
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TYPESCRIPT = ['src/**/*.ts', 'dialogs/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'];

const noBotFramework = {
  regex: '^(botbuilder(-[\\w-]+)?|botframework-[\\w-]+|restify(-[\\w-]+)?|@types/restify)(/|$)',
  message:
    'This layer must not depend on the bot framework or the HTTP server: take plain data in, give plain data out, and let dialogs/ and src/index.ts do the wiring.',
};

/** A relative import that reaches one of the named folders, from any depth. */
function noLayer(folders, why) {
  return { regex: `^\\.{1,2}/(.*/)?(${folders.join('|')})(/|$)`, message: why };
}

const restrictImports = (...patterns) => ['error', { patterns }];

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'public/vendor/', 'appPackage/build/', 'test-results/']),
  {
    files: TYPESCRIPT,
    extends: [tseslint.configs.recommended],
    rules: {
      // A leading underscore, or dropping keys with `const { a, ...rest } = x`, marks a name as unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/stations/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        noBotFramework,
        noLayer(
          ['understanding', 'answers', 'replies', 'dialogs', 'bots'],
          'src/stations is the knowledge core: it imports nothing from the layers above it (understanding, answers, replies, dialogs, bots).',
        ),
      ),
    },
  },
  {
    files: ['src/understanding/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        noBotFramework,
        noLayer(
          ['answers', 'replies', 'dialogs', 'bots'],
          'Understanding turns text into a typed question; it must not reach forward into answers, replies, dialogs or bots.',
        ),
      ),
    },
  },
  {
    files: ['src/answers/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        noBotFramework,
        noLayer(
          ['replies', 'dialogs', 'bots'],
          'Answers are computed, not rendered: they must not depend on replies, dialogs or bots.',
        ),
      ),
    },
  },
);
