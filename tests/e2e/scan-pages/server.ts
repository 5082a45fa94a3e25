import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import {
  serveFixtures,
  type FixtureServer,
  type MadeFile,
} from '../fixture-server';

const FOLDER = fileURLToPath(new URL('.', import.meta.url));

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

export type { Host } from '../fixture-server';
export type ScanPages = FixtureServer;

async function drawCodes(): Promise<Record<string, MadeFile>> {
  const options = { errorCorrectionLevel: 'M', margin: 4, scale: 4 } as const;
  const png = async (text: string) => ({
    type: 'image/png',
    body: await QRCode.toBuffer(text, options),
  });

  return {
    '/enrollment.png': await png(ENROLLMENT),
    '/app-store.png': await png(APP_STORE),
  };
}

/**
 * Serves the scan fixtures on a free port of the loopback address. The
 * pages load their QR codes from the machine's other name, so that the
 * codes are another site's images.
 */
export async function startScanPages(): Promise<ScanPages> {
  return serveFixtures(FOLDER, await drawCodes());
}
