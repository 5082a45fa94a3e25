// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  findBackgroundImages,
  isReadableAddress,
  readCssAddresses,
} from '../../../src/qr/background-images';

describe('readCssAddresses', () => {
  it.each([
    ['none', []],
    ['url("data:image/png;base64,AAAA")', ['data:image/png;base64,AAAA']],
    [
      'linear-gradient(red, blue), url("https://a.example/qr.png")',
      ['https://a.example/qr.png'],
    ],
    [
      'url("https://a.example/a.png"), url("https://a.example/b.png")',
      ['https://a.example/a.png', 'https://a.example/b.png'],
    ],
    [
      'url("https://a.example/say\\"hi\\".png")',
      ['https://a.example/say"hi".png'],
    ],
    ['url(https://a.example/bare.png)', ['https://a.example/bare.png']],
  ])('reads %s', (value, expected) => {
    expect(readCssAddresses(value)).toEqual(expected);
  });
});

describe('isReadableAddress', () => {
  const origin = 'https://bank.example';

  it.each([
    ['data:image/png;base64,AAAA', true],
    ['https://bank.example/qr.png', true],
    ['blob:https://bank.example/5d1c8b5e-0000-4000-8000-000000000000', true],
    ['https://cdn.bank.example/qr.png', false],
    ['http://bank.example/qr.png', false],
    ['blob:https://evil.example/5d1c8b5e-0000-4000-8000-000000000000', false],
    ['not a url', false],
  ])('says %s is readable: %s', (address, expected) => {
    expect(isReadableAddress(address, origin)).toBe(expected);
  });
});

describe('findBackgroundImages', () => {
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

  it('lists shown elements painted with an image, shadow roots too', () => {
    document.body.innerHTML = `
      <div id="code" data-side="200"
        style="background-image: url(data:image/png;base64,AAAA)"></div>
      <div id="gradient" data-side="200"
        style="background-image: linear-gradient(red, blue)"></div>
      <div id="tiny" data-side="20"
        style="background-image: url(data:image/png;base64,BBBB)"></div>
      <div id="host"></div>`;
    const root = document
      .querySelector('#host')!
      .attachShadow({ mode: 'open' });
    root.innerHTML = `<span id="inside" data-side="120"
      style="display: block; background-image: url(data:image/png;base64,CCCC)"></span>`;

    const found = findBackgroundImages(document).map(({ element, address }) => [
      element.id,
      address,
    ]);

    expect(found).toEqual([
      ['code', 'data:image/png;base64,AAAA'],
      ['inside', 'data:image/png;base64,CCCC'],
    ]);
  });
});
