import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDER = fileURLToPath(new URL('.', import.meta.url));
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};
// One flat folder of fixtures: no dots or slashes in a name, so a request
// cannot climb out of it.
const FILE_NAME = /^\/([\w-]+\.(html|js|svg))$/;

/** The two names of this machine, which browsers treat as two sites. */
export type Host = '127.0.0.1' | 'localhost';

export interface FillPages {
  /** The address of a fixture, on 127.0.0.1 unless told otherwise. */
  url(file: string, host?: Host): string;
  close(): Promise<void>;
}

/** Serves the fill fixtures on a free port of the loopback address. */
export async function startFillPages(): Promise<FillPages> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const file = FILE_NAME.exec(path)?.[1];
    const body = file
      ? await readFile(join(FOLDER, file)).catch(() => null)
      : null;
    if (!file || !body) {
      response.writeHead(404).end();

      return;
    }

    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'text/plain',
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
