import QRCode from 'qrcode';
import { html, trustHtml, type SafeHtml } from './html/html.ts';
import type { Theme } from './html/layout.ts';
import { QR_CANVAS_SCRIPT } from './html/qr-canvas-script.ts';

/**
 * How a page draws its QR code: a PNG image (the default), a canvas,
 * inline SVG, a CSS background image, an image inside a same-origin
 * iframe, or light modules on a transparent PNG for a dark page.
 */
export type QrForm =
  'img' | 'canvas' | 'svg' | 'background' | 'iframe' | 'dark';

/** A QR code to draw. */
export interface QrSource {
  text: string;
  /** The accessible name screen readers announce. */
  label: string;
  /** A same-origin page that shows only this code, for the iframe form. */
  framePath: string;
}

const OTHER_FORMS = new Set(['canvas', 'svg', 'background', 'iframe', 'dark']);

// Four modules of quiet zone is what ISO/IEC 18004 asks for.
const MARGIN = 4;
const SCALE = 5;
const OPTIONS = { errorCorrectionLevel: 'M', margin: MARGIN } as const;

// Dark-themed sites invert the code; colours are RGBA, and the
// background's alpha of 00 lets the page show through.
const LIGHT_ON_DARK = { dark: '#e8eaedff', light: '#00000000' };

/** Reads the `qr` query parameter; anything unknown means an image. */
export function parseQrForm(value: unknown): QrForm {
  const isOther = typeof value === 'string' && OTHER_FORMS.has(value);

  return isOther ? (value as QrForm) : 'img';
}

/** The page theme a form needs: a light-on-dark code needs a dark page. */
export function findQrTheme(form: QrForm): Theme {
  return form === 'dark' ? 'dark' : 'light';
}

function measurePixels(text: string): number {
  const { modules } = QRCode.create(text, OPTIONS);

  return (modules.size + 2 * MARGIN) * SCALE;
}

function renderCanvas(text: string, label: string): SafeHtml {
  const { modules } = QRCode.create(text, OPTIONS);
  const pixels = measurePixels(text);
  const bits = Array.from(modules.data, (bit) => (bit ? '1' : '0'));

  return html`<canvas
      width="${pixels}"
      height="${pixels}"
      role="img"
      aria-label="${label}"
      data-size="${modules.size}"
      data-margin="${MARGIN}"
      data-modules="${bits.join('')}"
    ></canvas>
    <script>
      ${trustHtml(QR_CANVAS_SCRIPT)};
    </script>`;
}

async function renderSvg(text: string, label: string): Promise<SafeHtml> {
  const width = measurePixels(text);
  const svg = await QRCode.toString(text, { ...OPTIONS, type: 'svg', width });
  const opening = html`<svg role="img" aria-label="${label}" `;

  return trustHtml(svg.replace('<svg ', opening.text));
}

function drawPng(text: string, isLightOnDark = false): Promise<string> {
  const color = isLightOnDark ? LIGHT_ON_DARK : undefined;

  return QRCode.toDataURL(text, { ...OPTIONS, scale: SCALE, color });
}

async function renderBackground(
  text: string,
  label: string,
): Promise<SafeHtml> {
  const pixels = measurePixels(text);
  const style =
    `background-image: url(${await drawPng(text)}); ` +
    `width: ${pixels}px; height: ${pixels}px`;

  return html`<div
    class="qr-background"
    role="img"
    aria-label="${label}"
    style="${style}"
  ></div>`;
}

function renderFrame(source: QrSource): SafeHtml {
  const pixels = measurePixels(source.text);

  return html`<iframe
    class="qr-frame"
    src="${source.framePath}"
    title="${source.label}"
    width="${pixels}"
    height="${pixels}"
  ></iframe>`;
}

/** Draws a QR code in the chosen form, labelled for screen readers. */
export async function renderQrCode(
  source: QrSource,
  form: QrForm,
): Promise<SafeHtml> {
  const { text, label } = source;

  switch (form) {
    case 'canvas':
      return renderCanvas(text, label);
    case 'svg':
      return renderSvg(text, label);
    case 'background':
      return renderBackground(text, label);
    case 'iframe':
      return renderFrame(source);
    case 'dark':
      return html`<img alt="${label}" src="${await drawPng(text, true)}" />`;
    case 'img':
      return html`<img alt="${label}" src="${await drawPng(text)}" />`;
  }
}
