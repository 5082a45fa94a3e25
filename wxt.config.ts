import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The end-to-end build (`--mode e2e`) may reach the local demo site without a
// click on the toolbar button, which Firefox's WebDriver BiDi cannot make.
// The release build never carries these host permissions; a test checks it.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ mode }) => ({
    name: 'Twostep',
    description:
      'A local authenticator: scans enrollment QR codes and fills one-time codes.',
    permissions: ['activeTab', 'scripting', 'storage', 'clipboardWrite'],
    host_permissions: mode === 'e2e' ? E2E_HOSTS : [],
    action: { default_title: 'Twostep' },
    browser_specific_settings: {
      gecko: { id: 'twostep@twostep.dev', strict_min_version: '115.0' },
    },
  }),
});
