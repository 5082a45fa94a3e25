import { describe, expect, it } from 'vitest';

import { chooseBitmapSize, chooseVectorSize } from '../../../src/qr/draw-size';

const square = (side: number) => ({ width: side, height: side });

describe('chooseBitmapSize', () => {
  it.each([
    ['keeps a normal image', square(600), square(200), 1, square(600)],
    ['keeps a small image', square(90), square(180), 2, square(90)],
    [
      'shrinks a huge image to 2048 pixels',
      { width: 6000, height: 3000 },
      { width: 300, height: 150 },
      2,
      { width: 2048, height: 1024 },
    ],
    [
      'keeps the size it is shown at',
      square(6000),
      square(1500),
      2,
      square(3000),
    ],
    ['stops at 4096 pixels', square(9000), square(3000), 2, square(4096)],
  ])('%s', (_, natural, rendered, pixelRatio, expected) => {
    expect(chooseBitmapSize(natural, rendered, pixelRatio)).toEqual(expected);
  });
});

describe('chooseVectorSize', () => {
  it.each([
    ['draws small art at 256 pixels', square(100), 1, square(256)],
    [
      'follows the shown size and pixel ratio',
      { width: 200, height: 150 },
      2,
      { width: 400, height: 300 },
    ],
    ['stops at 2048 pixels', square(3000), 2, square(2048)],
  ])('%s', (_, rendered, pixelRatio, expected) => {
    expect(chooseVectorSize(rendered, pixelRatio)).toEqual(expected);
  });
});
