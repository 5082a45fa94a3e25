import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // The extension stays quiet: nothing it logs may leak a secret.
      'no-console': 'error',
    },
  },
  {
    // Command-line tools talk to the person who ran them.
    files: ['tests/tools/**', 'tests/bench/**', 'tests/site/main.ts'],
    rules: { 'no-console': 'off' },
  },
);
