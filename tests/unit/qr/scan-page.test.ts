// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { findCandidates } from '../../../src/qr/find-candidates';
import { scanPage } from '../../../src/qr/scan-page';

// happy-dom lays nothing out and draws nothing: sizes come from a data
// attribute here, and every canvas context is null. Reading pixels is
// covered in real browsers by the end-to-end tests.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(
    function (this: Element) {
      const side = Number(this.getAttribute('data-side') ?? 0);

      return new DOMRect(0, 0, side, side);
    },
  );
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findCandidates', () => {
  it('lists shown canvases and outermost SVGs, shadow roots too', () => {
    document.body.innerHTML = `
      <canvas id="shown" data-side="200"></canvas>
      <canvas id="tiny" data-side="30"></canvas>
      <canvas id="hidden" data-side="200" style="visibility: hidden"></canvas>
      <div style="display: none"><canvas data-side="200"></canvas></div>
      <svg id="outer" data-side="120"><svg data-side="120"></svg></svg>
      <div id="host"></div>`;
    const host = document.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<canvas id="inside" data-side="150"></canvas>';

    const ids = findCandidates(document).map((element) => element.id);

    expect(ids).toEqual(['shown', 'outer', 'inside']);
  });
});

describe('scanPage', () => {
  it('counts elements it cannot read, without failing', async () => {
    document.body.innerHTML = `
      <canvas data-side="200"></canvas>
      <svg data-side="120" viewBox="0 0 2 2"><rect width="1" height="1"/></svg>
      <canvas data-side="10"></canvas>`;

    const scan = await scanPage(document);

    expect(scan).toMatchObject({
      payloads: [],
      imagesChecked: 2,
      unreadable: 2,
    });
  });

  it('says where the unreadable elements show in the top frame', async () => {
    document.body.innerHTML = `
      <canvas data-side="200"></canvas>
      <div data-side="120"
        style="background-image: url(https://elsewhere.example/qr.png)"></div>`;

    const scan = await scanPage(document);

    expect(scan.unreadableAreas).toEqual([
      { left: 0, top: 0, width: 200, height: 200 },
      { left: 0, top: 0, width: 120, height: 120 },
    ]);
    expect(scan.viewport).toMatchObject({
      width: window.innerWidth,
      height: window.innerHeight,
    });
  });

  it('reports an empty page', async () => {
    expect(await scanPage(document)).toMatchObject({
      payloads: [],
      imagesChecked: 0,
      unreadable: 0,
      unreadableAreas: [],
      setupKeys: [],
    });
  });

  it('looks for a setup key when it reads no QR code', async () => {
    document.body.innerHTML = `
      <p>Can't scan the code? Enter this key</p>
      <p>JBSW Y3DP EHPK 3PXP</p>`;

    expect((await scanPage(document)).setupKeys).toEqual(['JBSWY3DPEHPK3PXP']);
  });
});
