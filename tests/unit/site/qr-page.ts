import {
  decodePng,
  paintModules,
  readQrText,
  readSvgModules,
} from './qr-reading.ts';

/** The otpauth URI the demo account's setup page should encode. */
export function buildExpectedUri(setupKey: string): string {
  const secret = setupKey.replace(/ /g, '');

  return (
    `otpauth://totp/Twostep%20Demo:alice%40example.com?secret=${secret}` +
    '&issuer=Twostep%20Demo&algorithm=SHA1&digits=6&period=30'
  );
}

/** The PNG of the page's first QR code image, as an img or CSS background. */
export function readFirstPng(html: string): Buffer | undefined {
  const base64 = /data:image\/png;base64,([A-Za-z0-9+/=]+)/.exec(html)?.[1];

  return base64 === undefined ? undefined : Buffer.from(base64, 'base64');
}

/** Reads the first QR code of a page in whichever form it was drawn. */
export function readFirstQrCode(html: string): string | undefined {
  const png = readFirstPng(html);
  if (png) {
    return readQrText(decodePng(png));
  }

  const canvas = /data-size="(\d+)"[^>]*data-modules="([01]+)"/.exec(html);
  if (canvas) {
    return readQrText(paintModules(canvas[2] ?? '', Number(canvas[1])));
  }

  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const { modules, size } = readSvgModules(svg);

  return readQrText(paintModules(modules, size));
}
