import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The end-to-end build (`--mode e2e`) may reach the local demo site without a
// click on the toolbar button, which Firefox's WebDriver BiDi cannot make.
// The release build never carries these host permissions; a test checks it.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  imports: false,
  hooks: {
    // The blank page is the benchmark's baseline; releases do not ship it.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;

      const index = entrypoints.findIndex((entry) => entry.name === 'blank');
      if (index >= 0) entrypoints.splice(index, 1);
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ mode, browser }) => ({
    name: 'Twostep',
    description:
      'A local authenticator: scans enrollment QR codes and fills one-time codes.',
    permissions: ['activeTab', 'scripting', 'clipboardWrite', 'storage'],
    host_permissions: mode === 'e2e' ? E2E_HOSTS : [],
    action: { default_title: 'Twostep' },
    commands: {
      'fill-code': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Fill the code of the account linked to this site',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'twostep@twostep.dev',
          // 120: CSS light-dark(), which the themes use; 128 is an ESR.
          strict_min_version: '128.0',
          // Nothing is collected unless the user sets a collector of their own.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    // Chrome reads administrator policy through this schema; Firefox takes
    // policies another way and warns about the key.
    ...(browser === 'chrome' && {
      storage: { managed_schema: 'managed-schema.json' },
      // 123: CSS light-dark(), which the themes use.
      minimum_chrome_version: '123',
    }),
  }),
});
