// Prints, as Markdown, how long a fill takes on the fill test pages, how
// long code field detection takes on a page of 10,000 elements, and the
// size of every script Twostep puts on pages, in headless Chromium.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension } from '../e2e/browsers';
import {
  addAccount,
  filledOn,
  pressFill,
  readNotice,
} from '../e2e/fill-pages/fill-popup';
import { findFrame } from '../e2e/fill-pages/inspect';
import { startFillPages, type FillPages } from '../e2e/fill-pages/server';
import { clickByName, openPopup } from '../e2e/popup';
import type { detectCodeField } from '../../src/fill/detect';
import { CODE_FIELD_DEPTH, renderLargePage } from './large-page';
import { median } from './popup';

type Detect = typeof detectCodeField;

const FILLS = 5;
const DETECTIONS = 20;
const ELEMENTS = 10_000;
const RELEASE_DIR = '.output/chrome-mv3';
const PAGE_SCRIPTS = ['scan.js', 'fill.js'];

const ACCOUNT = new TOTP({
  issuer: 'Northwind',
  label: 'alice@example.com',
  secret: new Secret(),
});

/** Each fill page, and what a person does before the field shows. */
const FILL_PAGES: { file: string; prepare?: (page: Page) => Promise<void> }[] =
  [
    { file: 'one-time-code.html' },
    { file: 'label-only.html' },
    { file: 'spanish.html' },
    { file: 'boxes.html' },
    { file: 'controlled.html' },
    { file: 'open-shadow.html' },
    { file: 'dialog.html', prepare: (page) => page.click('#send') },
    {
      file: 'same-origin-frame.html',
      prepare: async (page) => {
        await findFrame(page, 'frame-field.html', '127.0.0.1');
      },
    },
  ];

// Installed in every frame before its scripts: after each input event has
// reached the page's own handlers, notes the time and every input's value,
// open shadow roots included. Text, because tsx would add helpers to a
// function that the page lacks.
const INPUT_RECORDER = `(() => {
  window.benchInputs = [];
  const readValues = (root) => [...root.querySelectorAll('*')].flatMap(
    (element) => [
      ...(element instanceof HTMLInputElement ? [element.value] : []),
      ...(element.shadowRoot ? readValues(element.shadowRoot) : []),
    ],
  );
  window.addEventListener('input', () => {
    const at = performance.timeOrigin + performance.now();
    window.benchInputs.push({ at, values: readValues(document) });
  });
})();`;

interface InputRecord {
  at: number;
  values: string[];
}

/** Presses Fill as pressFill does, noting the time of the click. */
async function pressFillTimed(browser: Browser, page: Page) {
  const popup = await openPopup('chromium', browser, page);
  const fill = await popup.waitForSelector(
    `::-p-aria(Fill code for ${ACCOUNT.issuer})`,
  );

  return fill!.evaluate(
    (button) =>
      new Promise<{ clickedAt: number; notice: string }>((resolve) => {
        let clickedAt = 0;
        const observer = new MutationObserver(() => {
          if ((button as HTMLButtonElement).disabled) return;

          observer.disconnect();
          const box = document.querySelector('[role=status], [role=alert]');
          const notice = (box?.querySelector('p') ?? box)?.textContent;
          resolve({ clickedAt, notice: notice ?? '' });
        });
        observer.observe(button, { attributeFilter: ['disabled'] });
        clickedAt = performance.timeOrigin + performance.now();
        (button as HTMLElement).click();
      }),
  );
}

/** Milliseconds from the click to the first input event with the code. */
async function measureFill(
  browser: Browser,
  page: Page,
  url: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<number> {
  await page.goto(url);
  await prepare?.(page);
  const since = Date.now();

  const { clickedAt, notice } = await pressFillTimed(browser, page);
  if (notice !== filledOn('127.0.0.1')) {
    throw new Error(`No fill on ${url}: the popup said "${notice}"`);
  }

  const codes = [ACCOUNT.generate({ timestamp: since }), ACCOUNT.generate()];
  const records = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame.evaluate(
          () =>
            (window as unknown as { benchInputs?: InputRecord[] })
              .benchInputs ?? [],
        ),
      ),
  );
  const filled = records
    .flat()
    .filter((record) => record.values.some((value) => codes.includes(value)))
    .map((record) => record.at);
  if (filled.length === 0) throw new Error(`No code in a field on ${url}`);

  return Math.min(...filled) - clickedAt;
}

/** Adds the account and links 127.0.0.1 to it, as a person would once. */
async function setUpAccount(
  browser: Browser,
  page: Page,
  pages: FillPages,
): Promise<void> {
  await page.goto(pages.url('one-time-code.html'));
  await addAccount(await openPopup('chromium', browser, page), ACCOUNT);
  const { popup, notice } = await pressFill(
    'chromium',
    browser,
    page,
    ACCOUNT.issuer,
  );
  await clickByName(popup, 'Link 127.0.0.1 and fill');
  const answer = await readNotice(popup, notice);
  if (answer !== filledOn('127.0.0.1')) {
    throw new Error(`Linking 127.0.0.1 failed: the popup said "${answer}"`);
  }
}

async function measureFills(browser: Browser, pages: FillPages) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(INPUT_RECORDER);
  await setUpAccount(browser, page, pages);

  const rows: { file: string; times: number[] }[] = [];
  for (const { file, prepare } of FILL_PAGES) {
    const times: number[] = [];
    for (let fill = 0; fill < FILLS; fill++) {
      times.push(await measureFill(browser, page, pages.url(file), prepare));
    }
    rows.push({ file, times });
  }
  await page.close();

  return rows;
}

interface Detection {
  times: number[];
  isAlwaysFound: boolean;
  elements: number;
  inputs: number;
}

/** Times detectCodeField, bundled for the page, on a large page. */
async function measureDetection(
  browser: Browser,
  pages: FillPages,
): Promise<Detection> {
  const bundle = await build({
    entryPoints: ['src/fill/detect.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'twostepDetect',
    write: false,
  });
  const page = await browser.newPage();
  await page.goto(pages.url('label-only.html'));
  await page.setContent(renderLargePage(ELEMENTS));
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });

  return page.evaluate((runs) => {
    const { detectCodeField } = (
      window as unknown as { twostepDetect: { detectCodeField: Detect } }
    ).twostepDetect;
    const times: number[] = [];
    let isAlwaysFound = true;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const field = detectCodeField(document);
      times.push(performance.now() - start);
      isAlwaysFound &&=
        field?.kind === 'single' && field.input.id === 'bench-code';
    }
    const elements = document.getElementsByTagName('*').length;
    const inputs = document.getElementsByTagName('input').length;

    return { times, isAlwaysFound, elements, inputs };
  }, DETECTIONS);
}

/** The value below which 90% of the times fall. */
function percentile90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);

  return sorted[Math.ceil(sorted.length * 0.9) - 1] ?? NaN;
}

function formatFills(fills: { file: string; times: number[] }[]): string {
  const rows = fills.map(({ file, times }) => {
    const low = Math.min(...times).toFixed(1);
    const high = Math.max(...times).toFixed(1);

    return `| ${file} | ${median(times).toFixed(1)} | ${low}–${high} |`;
  });
  const overall = median(fills.map(({ times }) => median(times)));

  return `### Time to the code in the field

Headless Chromium, end-to-end build, one account linked to the test
pages' site. Milliseconds from the click on "Fill code for
${ACCOUNT.issuer}" in the popup to the first \`input\` event after which
a field of the page (or of its frame, or of an open shadow root) holds
the account's code. Both ends are read inside the browser as
\`performance.timeOrigin + performance.now()\`: the popup notes the
click, and a listener installed in every frame of the page notes each
input event after the page's own handlers ran, so no polling from Node
adds to the figure. The median of ${FILLS} fills per page, each on a
fresh load, with the lowest and highest beside it. Target: under 50 ms.

| page | median ms | range ms |
|---|---|---|
${rows.join('\n')}
| **median over pages** | **${overall.toFixed(1)}** | |`;
}

function formatDetection(detection: Detection): string {
  const { times, elements, inputs } = detection;
  const figures = [median(times), percentile90(times), times[0] ?? NaN];

  return `### Code field detection on a large page

\`detectCodeField(document)\` from \`src/fill/detect.ts\`, bundled with
esbuild and added to a page of ${elements.toLocaleString('en')} elements:
${inputs} inputs in labelled rows, and one code field
${CODE_FIELD_DEPTH} levels deep in the middle, which it found on every
run. Timed with \`performance.now()\` over ${DETECTIONS} runs, the first
included. Target: under 10 ms.

| median ms | p90 ms | first run ms |
|---|---|---|
| ${figures.map((time) => time.toFixed(1)).join(' | ')} |`;
}

/** Builds the release extension when it is missing. */
function readReleaseManifest(): {
  content_scripts?: unknown[];
  host_permissions?: string[];
} {
  const path = `${RELEASE_DIR}/manifest.json`;
  if (!existsSync(path)) {
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 2, 2] });
  }

  return JSON.parse(readFileSync(path, 'utf8'));
}

function formatPageScripts(): string {
  const manifest = readReleaseManifest();
  const rows = PAGE_SCRIPTS.map((file) => {
    const bytes = readFileSync(`${RELEASE_DIR}/${file}`);

    return `| ${file} | ${bytes.length} | ${gzipSync(bytes).length} |`;
  });
  const isOnDemand =
    !manifest.content_scripts?.length && !manifest.host_permissions?.length;
  const reach = isOnDemand
    ? 'declares no `content_scripts` and no host permissions; it reaches\n' +
      'a page through `activeTab`, so neither script runs on a page until\n' +
      'the person presses Scan or Fill, or the fill shortcut, on it'
    : '**declares content scripts or host permissions**: read it to see\n' +
      'which pages get a script unasked';

  return `### Scripts that run on pages

The scripts Twostep injects into a page, from the release build
(\`${RELEASE_DIR}\`).
Its manifest ${reach}.

| script | bytes | gzip bytes |
|---|---|---|
${rows.join('\n')}`;
}

async function main(): Promise<void> {
  const pages = await startFillPages();
  const browser = await launchWithExtension('chromium', { headless: true });
  const fills = await measureFills(browser, pages);
  const detection = await measureDetection(browser, pages);
  await browser.close();
  await pages.close();
  if (!detection.isAlwaysFound) {
    throw new Error('Detection missed the code field of the large page.');
  }

  console.log(`## Fill: time to the code, detection, scripts on pages

${formatFills(fills)}

${formatDetection(detection)}

${formatPageScripts()}`);
}

void main();
