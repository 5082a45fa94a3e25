import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';

const FOLDER = fileURLToPath(new URL('.', import.meta.url));
// One flat folder of pages: no dots or slashes in a name, so a request
// cannot climb out of it.
const PAGE_NAME = /^\/([\w-]+\.(?:html|js))$/;

/** The account every QR code and setup key of these pages sets up. */
export const FIXTURE_ACCOUNT = {
  issuer: 'Fabrikam',
  accountName: 'dana@example.com',
  secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
};

const ENROLLMENT =
  `otpauth://totp/${FIXTURE_ACCOUNT.issuer}:${FIXTURE_ACCOUNT.accountName}` +
  `?secret=${FIXTURE_ACCOUNT.secret}&issuer=${FIXTURE_ACCOUNT.issuer}`;
const APP_STORE = 'https://apps.example.com/fabrikam';

/** The two names of this machine, which browsers treat as two sites. */
export type Host = '127.0.0.1' | 'localhost';

export interface ScanPages {
  /** The address of a page, on 127.0.0.1 unless told otherwise. */
  url(file: string, host?: Host): string;
  close(): Promise<void>;
}

async function drawCodes(): Promise<Record<string, Buffer>> {
  const options = { errorCorrectionLevel: 'M', margin: 4, scale: 4 } as const;

  return {
    '/enrollment.png': await QRCode.toBuffer(ENROLLMENT, options),
    '/app-store.png': await QRCode.toBuffer(APP_STORE, options),
  };
}

/**
 * Serves the scan fixtures on a free port of the loopback address. The
 * pages load their QR codes from the machine's other name, so that the
 * codes are another site's images.
 */
export async function startScanPages(): Promise<ScanPages> {
  const images = await drawCodes();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const image = images[path];
    if (image) {
      response.writeHead(200, {
        'Content-Type': 'image/png',
        'Cache-Control': 'no-store',
      });
      response.end(image);

      return;
    }

    const file = PAGE_NAME.exec(path)?.[1];
    const body = file
      ? await readFile(join(FOLDER, file)).catch(() => null)
      : null;
    if (!body) {
      response.writeHead(404).end();

      return;
    }

    response.writeHead(200, {
      'Content-Type': file!.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;

  return {
    url: (file, host = '127.0.0.1') => `http://${host}:${port}/${file}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
