import { describe, expect, it } from 'vitest';

import { padImage } from '../../../src/qr/pad';
import { paintOverBackdrop, upscaleSmallImage } from '../../../src/qr/prepare';
import type { RgbaImage } from '../../../src/qr/rgba-image';
import { splitInHalves } from '../../../src/qr/split';
import { thresholdImage } from '../../../src/qr/threshold';
import { BLACK, CLEAR, createImage, pasteImage, WHITE } from './render-qr';

function readRgba(image: RgbaImage, x: number, y: number): number[] {
  const offset = (y * image.width + x) * 4;

  return [...image.data.subarray(offset, offset + 4)];
}

/** A light square on a dark field: a stand-in for any content. */
function drawSquare(field: number[], square = WHITE): RgbaImage {
  const image = createImage(60, 60, [field[0]!, field[1]!, field[2]!, 255]);
  pasteImage(image, createImage(20, 20, square), 20, 20);

  return image;
}

describe('paintOverBackdrop', () => {
  it('paints transparent pixels white behind dark content', () => {
    const image = createImage(10, 10, CLEAR);
    image.data.set(BLACK, 0);

    const painted = paintOverBackdrop(image);

    expect(readRgba(painted, 0, 0)).toEqual([0, 0, 0, 255]);
    expect(readRgba(painted, 5, 5)).toEqual([255, 255, 255, 255]);
  });

  it('paints them black behind content that is all light', () => {
    const image = createImage(10, 10, CLEAR);
    image.data.set(WHITE, 0);

    expect(readRgba(paintOverBackdrop(image), 5, 5)).toEqual([0, 0, 0, 255]);
  });

  it('blends half-transparent pixels', () => {
    const image = createImage(4, 4, [0, 0, 0, 128]);

    expect(readRgba(paintOverBackdrop(image), 1, 1)[0]).toBeCloseTo(127, -1);
  });
});

describe('upscaleSmallImage', () => {
  it('repeats each pixel of a small image', () => {
    const image = createImage(50, 40, WHITE);
    image.data.set(BLACK, 0);

    const enlarged = upscaleSmallImage(image);

    expect(enlarged).toMatchObject({ width: 250, height: 200 });
    expect(readRgba(enlarged!, 4, 4)).toEqual([...BLACK]);
    expect(readRgba(enlarged!, 5, 5)).toEqual([...WHITE]);
  });

  it('leaves images of 200 pixels and more alone', () => {
    expect(upscaleSmallImage(createImage(200, 300))).toBeNull();
  });
});

describe('padImage', () => {
  it('pads a light border with white', () => {
    const padded = padImage(drawSquare([230, 230, 230], BLACK));

    expect(padded!.width).toBeGreaterThan(60);
    expect(readRgba(padded!, 0, 0)).toEqual([...WHITE]);
  });

  it('pads a dark border with its own colour', () => {
    const padded = padImage(drawSquare([10, 20, 60]));

    expect(readRgba(padded!, 0, 0)).toEqual([10, 20, 60, 255]);
  });

  it('leaves a busy border alone', () => {
    const image = createImage(60, 60, WHITE);
    pasteImage(image, createImage(30, 60, BLACK), 0, 0);

    expect(padImage(image)).toBeNull();
  });
});

describe('thresholdImage', () => {
  it('splits halfway between the darkest and lightest levels', () => {
    const image = createImage(100, 1, [240, 240, 240, 255]);
    pasteImage(image, createImage(48, 1, [150, 150, 150, 255]), 50, 0);
    pasteImage(image, createImage(1, 1, [190, 190, 190, 255]), 98, 0);
    pasteImage(image, createImage(1, 1, [200, 200, 200, 255]), 99, 0);

    const result = thresholdImage(image);

    expect(readRgba(result, 0, 0)).toEqual([...WHITE]);
    expect(readRgba(result, 50, 0)).toEqual([...BLACK]);
    expect(readRgba(result, 98, 0)).toEqual([...BLACK]);
    expect(readRgba(result, 99, 0)).toEqual([...WHITE]);
  });
});

describe('splitInHalves', () => {
  it('cuts across the longer side first', () => {
    const image = createImage(30, 20);
    image.data.set(BLACK, (0 * 30 + 15) * 4);

    const [left, right, top, bottom] = splitInHalves(image);

    expect([left, right, top, bottom].map((half) => half!.width)).toEqual([
      15, 15, 30, 30,
    ]);
    expect(readRgba(right!, 0, 0)).toEqual([...BLACK]);
    expect(top!.height + bottom!.height).toBe(20);
  });
});
