// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSite, type TestSite } from './fixture.ts';
import { openSetup, submitPassword } from './flows.ts';
import { countQrCodes, readSetupKey } from './page-text.ts';
import { buildExpectedUri, readFirstPng, readFirstQrCode } from './qr-page.ts';
import {
  decodePng,
  placeOnBackground,
  readQrText,
  type RgbaImage,
} from './qr-reading.ts';

const APP_STORE_URL = 'https://apps.example.com/twostep-demo';

// The dark theme's card colour, #202124, which the code is seen against.
const DARK_CARD = [0x20, 0x21, 0x24] as const;

// Every colour a PNG paints, as `r,g,b,a`, to tell what shows through.
function listColors(image: RgbaImage): string[] {
  const colors = new Set<string>();
  for (let index = 0; index < image.data.length; index += 4) {
    colors.add(image.data.slice(index, index + 4).join(','));
  }

  return [...colors].sort();
}

function findFrameSources(html: string): string[] {
  return [...html.matchAll(/<iframe[^>]*\ssrc="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

describe('demo site QR code forms', () => {
  let test: TestSite;

  async function openSetupIn(query: string) {
    await submitPassword(test.client);

    return openSetup(test.client, `/security/2sv/setup?${query}`);
  }

  beforeEach(async () => {
    test = await startTestSite();
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('keeps the image form for an unknown qr value', async () => {
    const page = await openSetupIn('qr=hologram');

    expect(page.html).toContain('<img alt="QR code" src="data:image/png');
  });

  it('draws a CSS background on a div labelled as an image', async () => {
    const page = await openSetupIn('qr=background');
    const div = /<div[^>]*class="qr-background"[^>]*>/.exec(page.html)?.[0];

    expect(div).toContain('role="img"');
    expect(div).toContain('aria-label="QR code"');
    expect(div).toMatch(/style="background-image: url\(data:image\/png/);
    expect(page.html).not.toMatch(/<(img|canvas|svg)\b/);
  });

  it('shows the code inside a same-origin iframe', async () => {
    const page = await openSetupIn('qr=iframe');
    const [source] = findFrameSources(page.html);
    const frame = await test.client.get(source ?? '');

    expect(source).toBe('/security/2sv/qr-frame');
    expect(page.html).toContain('title="QR code"');
    expect(countQrCodes(page.html)).toBe(0);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(frame.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(frame.headers.get('content-security-policy')).toBe(
      "frame-ancestors 'self'",
    );
    expect(frame.html).toContain('<img alt="QR code" src="data:image/png');
    expect(readFirstQrCode(frame.html)).toBe(
      buildExpectedUri(readSetupKey(page.html)),
    );
  });

  it('frames the decoy apart from the enrollment code', async () => {
    const page = await openSetupIn('qr=iframe&decoy=1');
    const sources = findFrameSources(page.html);
    const decoy = await test.client.get(sources[0] ?? '');

    expect(sources).toEqual(['/help/app/qr-frame', '/security/2sv/qr-frame']);
    expect(readFirstQrCode(decoy.html)).toBe(APP_STORE_URL);
  });

  it('asks for the password before framing the enrollment code', async () => {
    await submitPassword(test.client);
    const frame = await test.client.get('/security/2sv/qr-frame');

    expect(frame.path).toMatch(/^\/security\/reconfirm\?next=/);
    expect(countQrCodes(frame.html)).toBe(0);
  });

  it('draws light modules on a transparent PNG on a dark page', async () => {
    const page = await openSetupIn('qr=dark');
    const image = decodePng(readFirstPng(page.html) ?? Buffer.alloc(0));
    const seen = placeOnBackground(image, DARK_CARD);

    expect(page.html).toContain('<body class="dark">');
    expect(page.html).toContain('<img alt="QR code" src="data:image/png');
    // Transparent background, light grey (#e8eaed) modules.
    expect(listColors(image)).toEqual(['0,0,0,0', '232,234,237,255']);
    expect(readQrText(seen)).toBe(buildExpectedUri(readSetupKey(page.html)));
    expect(readQrText(seen, true)).toBeUndefined();
  });

  it('offers the same forms on the app page', async () => {
    const dark = await test.client.get('/help/app?qr=dark');
    const framed = await test.client.get('/help/app?qr=iframe');
    const background = await test.client.get('/help/app?qr=background');

    expect(dark.html).toContain('<body class="dark">');
    expect(readFirstQrCode(dark.html)).toBe(APP_STORE_URL);
    expect(findFrameSources(framed.html)).toEqual(['/help/app/qr-frame']);
    expect(readFirstQrCode(background.html)).toBe(APP_STORE_URL);
  });
});
