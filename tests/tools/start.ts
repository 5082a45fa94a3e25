// The main job: builds Twostep, starts the demo site, and opens Chromium
// with Twostep loaded at the demo site's sign-in page.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchWithExtension } from '../e2e/browsers';
import { startDemoSite } from '../site/server';

const PORT = Number(process.env.PORT ?? 4321);
const DATABASE = resolve(process.env.DEMO_DB ?? 'tests/site/data/demo.sqlite');

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  if (!hasDisplay()) {
    console.error(
      'npm start opens a browser window, and this machine has no display.\n' +
        'Run it under a virtual display instead:  xvfb-run -a npm start\n' +
        '(on Debian: apt-get install xvfb xauth), or run the demo site ' +
        'alone with  npm run site',
    );
    process.exit(2);
  }

  console.log('Building Twostep for Chrome…');
  execSync('npx wxt build', { stdio: 'inherit' });

  mkdirSync(dirname(DATABASE), { recursive: true });
  const site = await startDemoSite({ port: PORT, dbPath: DATABASE }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;

      console.error(
        `Port ${PORT} is taken, perhaps by another demo site (npm run ` +
          'site). Stop it, or choose another port:  PORT=4322 npm start',
      );
      process.exit(2);
    },
  );
  console.log(
    `Demo site: ${site.url} (sign in as alice@example.com, ` +
      'password "correct horse battery staple")',
  );

  const browser = await launchWithExtension('chromium', {
    headless: false,
    extensionDir: resolve('.output/chrome-mv3'),
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.goto(`${site.url}/signin`);
  console.log('Chromium is open with Twostep loaded. Close it to stop.');

  browser.on('disconnected', () => {
    void site.close().then(() => process.exit(0));
  });
}

void main();
