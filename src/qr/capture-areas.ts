import type { Size } from './draw-size';

/** A rectangle: CSS pixels on a page, or pixels of a captured image. */
export interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The top frame's viewport as its script saw it: the layout viewport's
 * width in CSS pixels (window.innerWidth, scroll bar included, as in a
 * capture), and the pinch zoom of the visual viewport inside it.
 */
export interface Viewport {
  width: number;
  height: number;
  /** visualViewport.scale: 1 unless the user pinched to zoom. */
  scale: number;
  /** Where the visual viewport starts in the layout viewport, CSS pixels. */
  offsetLeft: number;
  offsetTop: number;
}

// Room around an element for the quiet zone a tight crop would cut off.
const MARGIN_SHARE = 0.1;
const MIN_MARGIN = 4;
// Under this, even a visible code has too few pixels per module.
const MIN_SIDE = 21;

/**
 * Converts page areas to pixel rectangles of a capture of the visible tab.
 * Device pixel ratio and page zoom both show in the ratio of the capture's
 * width to the viewport's CSS width, so neither needs knowing apart; pinch
 * zoom then enlarges the visual viewport's part of the page. Areas get a
 * margin, are cut to the capture, and are dropped when off screen.
 */
export function placeAreasInCapture(
  areas: readonly Area[],
  viewport: Viewport,
  capture: Size,
): Area[] {
  if (viewport.width <= 0) {
    return [];
  }

  const scale = (capture.width / viewport.width) * (viewport.scale || 1);
  const placed = new Map<string, Area>();
  for (const area of areas) {
    const margin = Math.max(
      MIN_MARGIN,
      Math.max(area.width, area.height) * scale * MARGIN_SHARE,
    );
    const left = (area.left - viewport.offsetLeft) * scale - margin;
    const top = (area.top - viewport.offsetTop) * scale - margin;
    const rectangle = clip(
      {
        left,
        top,
        width: area.width * scale + margin * 2,
        height: area.height * scale + margin * 2,
      },
      capture,
    );
    if (rectangle) {
      placed.set(Object.values(rectangle).join(','), rectangle);
    }
  }

  return [...placed.values()];
}

/** Cuts a rectangle to the capture, in whole pixels, or null if too small. */
function clip(area: Area, capture: Size): Area | null {
  const left = Math.max(0, Math.floor(area.left));
  const top = Math.max(0, Math.floor(area.top));
  const right = Math.min(capture.width, Math.ceil(area.left + area.width));
  const bottom = Math.min(capture.height, Math.ceil(area.top + area.height));
  if (right - left < MIN_SIDE || bottom - top < MIN_SIDE) {
    return null;
  }

  return { left, top, width: right - left, height: bottom - top };
}
