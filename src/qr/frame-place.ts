import type { Area, Viewport } from './capture-areas';

interface Point {
  x: number;
  y: number;
}

/** A window's viewport, as placeAreasInCapture needs the top one's. */
export function readViewport(view: Window): Viewport {
  const visual = view.visualViewport;

  return {
    width: view.innerWidth,
    height: view.innerHeight,
    scale: visual?.scale ?? 1,
    offsetLeft: visual?.offsetLeft ?? 0,
    offsetTop: visual?.offsetTop ?? 0,
  };
}

/**
 * Where a frame's viewport starts in the top frame's, in CSS pixels, by
 * adding up the places of the iframes around it. Null when one of them
 * belongs to another site, whose page the browser does not let us read.
 */
export function findFrameOffset(view: Window): Point | null {
  const offset = { x: 0, y: 0 };
  let current = view;
  while (current !== current.top) {
    let frame: Element | null;
    try {
      frame = current.frameElement;
    } catch {
      // A SecurityError: the parent is another site's page.
      return null;
    }
    if (!frame) {
      return null;
    }

    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    offset.x +=
      box.left + frame.clientLeft + parseFloat(style?.paddingLeft ?? '0');
    offset.y +=
      box.top + frame.clientTop + parseFloat(style?.paddingTop ?? '0');
    current = current.parent;
  }

  return offset;
}

/** Where an element shows, in the top frame's CSS pixels. */
export function placeElement(element: Element, offset: Point): Area {
  const box = element.getBoundingClientRect();

  return {
    left: box.left + offset.x,
    top: box.top + offset.y,
    width: box.width,
    height: box.height,
  };
}
