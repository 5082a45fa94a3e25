import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

/** Where each end-to-end build of the extension lands. */
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: resolve('.output/chrome-mv3-e2e'),
  firefox: resolve('.output/firefox-mv2-e2e'),
};

const DEBIAN_PATHS: Record<BrowserName, string> = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};

const ENVIRONMENT_NAMES: Record<BrowserName, string> = {
  chromium: 'CHROME_PATH',
  firefox: 'FIREFOX_PATH',
};

/** Finds a browser: its environment variable, Debian's, then Puppeteer's cache. */
export function findBrowser(name: BrowserName): string {
  const fromEnvironment = process.env[ENVIRONMENT_NAMES[name]];
  if (fromEnvironment) return fromEnvironment;
  if (existsSync(DEBIAN_PATHS[name])) return DEBIAN_PATHS[name];

  const cached = findInPuppeteerCache(name);
  if (cached) return cached;

  throw new Error(
    `No ${name} found. Install it (on Debian: apt-get install chromium ` +
      `firefox-esr) or set ${ENVIRONMENT_NAMES[name]} to its executable.`,
  );
}

function findInPuppeteerCache(name: BrowserName): string | undefined {
  const folder = name === 'chromium' ? 'chrome' : 'firefox';
  const executable =
    name === 'chromium' ? 'chrome-linux64/chrome' : 'firefox/firefox';
  const root = join(homedir(), '.cache/puppeteer', folder);
  if (!existsSync(root)) return undefined;

  return readdirSync(root)
    .map((version) => join(root, version, executable))
    .find((path) => existsSync(path));
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  headless: boolean;
  /** An unpacked extension folder; the end-to-end build by default. */
  extensionDir?: string;
}

/** Starts a browser with Twostep installed. */
export async function launchWithExtension(
  name: BrowserName,
  { headless, extensionDir = EXTENSION_DIRS[name] }: LaunchOptions,
): Promise<Browser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}. Run npm run build:e2e first.`,
    );
  }
  if (name === 'chromium') {
    return puppeteer.launch({
      executablePath: findBrowser('chromium'),
      headless,
      pipe: true,
      enableExtensions: [extensionDir],
      args: CHROMIUM_FLAGS,
    });
  }

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  await browser.installExtension(extensionDir);

  return browser;
}
