// npm run bench: measures Twostep in real Chromium and writes BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { launchWithExtension } from '../e2e/browsers';
import { measureOpen, median } from './popup';

const OPENS = 7;
const ACCOUNT_COUNTS = [1, 100, 1000];

async function main(): Promise<void> {
  const browser = await launchWithExtension('chromium', { headless: true });
  const worker = await browser.waitForTarget(
    (target) => target.type() === 'service_worker',
  );
  // URL.origin is 'null' for schemes Node does not know; build it by hand.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;

  const seeder = await browser.newPage();
  await seeder.goto(`${origin}/popup.html`);

  const rows: string[] = [];
  const blank: number[] = [];
  for (let open = 0; open < OPENS; open++) {
    blank.push(await measureOpen(browser, `${origin}/blank.html`, 'loaded'));
  }
  rows.push(`| empty extension page (parsed) | – | ${format(blank)} |`);

  for (const count of ACCOUNT_COUNTS) {
    await seeder.evaluate((n) => globalThis.twostepTest!.seed(n), count);
    const times: number[] = [];
    for (let open = 0; open < OPENS; open++) {
      times.push(
        await measureOpen(browser, `${origin}/popup.html`, 'codes', count),
      );
    }
    rows.push(`| popup, every code shown | ${count} | ${format(times)} |`);
    console.log(rows.at(-1));
  }
  await browser.close();

  writeReport(rows);
}

function format(times: number[]): string {
  const low = Math.min(...times).toFixed(1);
  const high = Math.max(...times).toFixed(1);

  return `${median(times).toFixed(1)} | ${low}–${high}`;
}

function writeReport(rows: string[]): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`;
  const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}
(${machine}, Node ${process.version}, headless Chromium, end-to-end build).
Times are milliseconds from the page's navigation start, the median of
${OPENS} opens in fresh tabs, with the lowest and highest beside it.

## Popup: time to every code shown

| page | accounts | median ms | range ms |
|---|---|---|---|
${rows.join('\n')}
`;
  writeFileSync('BENCHMARKS.md', report);
  console.log(report);
}

void main();
