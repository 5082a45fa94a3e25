import { describe, expect, it } from 'vitest';

import {
  placeAreasInCapture,
  type Area,
  type Viewport,
} from '../../../src/qr/capture-areas';

function viewport(width: number, extra: Partial<Viewport> = {}): Viewport {
  return {
    width,
    height: 600,
    scale: 1,
    offsetLeft: 0,
    offsetTop: 0,
    ...extra,
  };
}

// A 100-pixel code 200 pixels in and 100 down, in CSS pixels.
const CODE: Area = { left: 200, top: 100, width: 100, height: 100 };

describe('placeAreasInCapture', () => {
  it.each([
    {
      what: 'device pixel ratio 1, no zoom',
      page: viewport(800),
      capture: { width: 800, height: 600 },
      expected: { left: 190, top: 90, width: 120, height: 120 },
    },
    {
      what: 'device pixel ratio 2 (a HiDPI screen)',
      page: viewport(800),
      capture: { width: 1600, height: 1200 },
      expected: { left: 380, top: 180, width: 240, height: 240 },
    },
    {
      what: 'page zoom 150% (the viewport narrows in CSS pixels)',
      page: viewport(600),
      capture: { width: 900, height: 700 },
      expected: { left: 285, top: 135, width: 180, height: 180 },
    },
    {
      what: 'a 125% screen at page zoom 110%',
      page: viewport(1000),
      capture: { width: 1375, height: 800 },
      expected: { left: 261, top: 123, width: 166, height: 166 },
    },
    {
      what: 'pinch zoom 2, scrolled 150 by 50 into the page',
      page: viewport(800, { scale: 2, offsetLeft: 150, offsetTop: 50 }),
      capture: { width: 800, height: 600 },
      expected: { left: 80, top: 80, width: 240, height: 240 },
    },
  ])('scales and pads an area at $what', ({ page, capture, expected }) => {
    expect(placeAreasInCapture([CODE], page, capture)).toEqual([expected]);
  });

  it('cuts an area to the edge of the capture', () => {
    const area = { left: 720, top: -30, width: 100, height: 100 };

    expect(
      placeAreasInCapture([area], viewport(800), { width: 800, height: 600 }),
    ).toEqual([{ left: 710, top: 0, width: 90, height: 80 }]);
  });

  it('drops areas scrolled out of view, or too thin to hold a code', () => {
    const areas = [
      { left: 100, top: 700, width: 100, height: 100 },
      { left: -300, top: 100, width: 100, height: 100 },
      { left: 100, top: 590, width: 100, height: 100 },
    ];

    expect(
      placeAreasInCapture(areas, viewport(800), { width: 800, height: 600 }),
    ).toEqual([]);
  });

  it('places an area reported by two frames once', () => {
    const placed = placeAreasInCapture([CODE, { ...CODE }], viewport(800), {
      width: 800,
      height: 600,
    });

    expect(placed).toHaveLength(1);
  });

  it('places nothing for a viewport with no width', () => {
    expect(
      placeAreasInCapture([CODE], viewport(0), { width: 800, height: 600 }),
    ).toEqual([]);
  });
});
