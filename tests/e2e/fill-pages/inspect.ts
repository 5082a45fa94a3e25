import type { Frame, Page } from 'puppeteer-core';
import type { Host } from './server';

/** Input values by the name a person reads beside each input. */
export type Fields = Record<string, string>;

/** Reads every input of a frame's document, shadow roots aside. */
export function readFields(frame: Page | Frame): Promise<Fields> {
  return frame.$$eval('input', (inputs) =>
    Object.fromEntries(
      inputs.map((input) => {
        const label = input.labels?.[0]?.textContent;
        const name =
          input.getAttribute('aria-label') ||
          label?.replace(/\s+/g, ' ').trim() ||
          input.placeholder ||
          input.name;

        return [name, input.value];
      }),
    ),
  );
}

/** The editing events recorder.js saw in a frame: none when untouched. */
export function readRecordedEvents(frame: Page | Frame): Promise<unknown[]> {
  return frame.evaluate(
    () => (window as unknown as { recordedEvents: unknown[] }).recordedEvents,
  );
}

/** Waits for the frame a page loaded from a fixture on the given host. */
export async function findFrame(
  page: Page,
  file: string,
  host: Host,
): Promise<Frame> {
  const frame = await page.waitForFrame((candidate) => {
    const url = new URL(candidate.url(), 'about:blank');

    return url.hostname === host && url.pathname === `/${file}`;
  });
  await frame.waitForSelector('input');

  return frame;
}

/** One event as hostile.html logged it, with every input's value then. */
export interface SeenEvent {
  type: string;
  target: string;
  key: string | null;
  data: string | null;
  pasted: string | null;
  inputs: Fields;
}

/** What hostile.html watched, and what it can read of the page's storage. */
export function readHostileLog(page: Page) {
  return page.evaluate(() => ({
    seen: (window as unknown as { hostileSeen: SeenEvent[] }).hostileSeen,
    title: document.title,
    stored: localStorage.length + sessionStorage.length,
    cookie: document.cookie,
    html: document.documentElement.outerHTML,
  }));
}
