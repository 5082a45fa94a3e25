import QRCode from 'qrcode';
import { html, trustHtml, type SafeHtml } from './html/html.ts';
import { QR_CANVAS_SCRIPT } from './html/qr-canvas-script.ts';

/** How a page draws its QR code: a PNG image, a canvas, or inline SVG. */
export type QrForm = 'img' | 'canvas' | 'svg';

// Four modules of quiet zone is what ISO/IEC 18004 asks for.
const MARGIN = 4;
const SCALE = 5;
const OPTIONS = { errorCorrectionLevel: 'M', margin: MARGIN } as const;

/** Reads the `qr` query parameter; anything unknown means an image. */
export function parseQrForm(value: unknown): QrForm {
  return value === 'canvas' || value === 'svg' ? value : 'img';
}

function measurePixels(moduleCount: number): number {
  return (moduleCount + 2 * MARGIN) * SCALE;
}

function renderCanvas(text: string, label: string): SafeHtml {
  const { modules } = QRCode.create(text, OPTIONS);
  const pixels = measurePixels(modules.size);
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
  const { modules } = QRCode.create(text, OPTIONS);
  const width = measurePixels(modules.size);
  const svg = await QRCode.toString(text, { ...OPTIONS, type: 'svg', width });
  const opening = html`<svg role="img" aria-label="${label}" `;

  return trustHtml(svg.replace('<svg ', opening.text));
}

async function renderImage(text: string, label: string): Promise<SafeHtml> {
  const source = await QRCode.toDataURL(text, { ...OPTIONS, scale: SCALE });

  return html`<img alt="${label}" src="${source}" />`;
}

/** Draws text as a QR code in the chosen form, labelled for screen readers. */
export async function renderQrCode(
  text: string,
  form: QrForm,
  label: string,
): Promise<SafeHtml> {
  switch (form) {
    case 'canvas':
      return renderCanvas(text, label);
    case 'svg':
      return renderSvg(text, label);
    case 'img':
      return renderImage(text, label);
  }
}
