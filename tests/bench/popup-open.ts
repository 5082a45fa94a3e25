// Prints, as Markdown, the time from the popup's navigation start to every
// code shown, beside a blank extension page, in headless Chromium.
import { launchWithExtension } from '../e2e/browsers';
import { measureOpen, median } from './popup';

const OPENS = 7;
const ACCOUNT_COUNTS = [1, 100, 1000];

function format(times: number[]): string {
  const low = Math.min(...times).toFixed(1);
  const high = Math.max(...times).toFixed(1);

  return `${median(times).toFixed(1)} | ${low}–${high}`;
}

async function main(): Promise<void> {
  const browser = await launchWithExtension('chromium', { headless: true });
  const worker = await browser.waitForTarget(
    (target) => target.type() === 'service_worker',
  );
  // URL.origin is 'null' for schemes Node does not know; build it by hand.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const seeder = await browser.newPage();
  await seeder.goto(`${origin}/popup.html`);

  const blank: number[] = [];
  for (let open = 0; open < OPENS; open++) {
    blank.push(await measureOpen(browser, `${origin}/blank.html`, 'loaded'));
  }
  const rows = [`| empty extension page (parsed) | – | ${format(blank)} |`];

  for (const count of ACCOUNT_COUNTS) {
    await seeder.evaluate((n) => globalThis.twostepTest!.seed(n), count);
    const times: number[] = [];
    for (let open = 0; open < OPENS; open++) {
      times.push(
        await measureOpen(browser, `${origin}/popup.html`, 'codes', count),
      );
    }
    rows.push(`| popup, every code shown | ${count} | ${format(times)} |`);
  }
  await browser.close();

  console.log(`## Popup: time to every code shown

Headless Chromium, end-to-end build. Milliseconds from the page's
navigation start, the median of ${OPENS} opens in fresh tabs, with the
lowest and highest beside it.

| page | accounts | median ms | range ms |
|---|---|---|---|
${rows.join('\n')}`);
}

void main();
