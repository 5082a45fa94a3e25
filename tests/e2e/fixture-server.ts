import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

/** The two names of this machine, which browsers treat as two sites. */
export type Host = '127.0.0.1' | 'localhost';

export interface FixtureServer {
  /** The address of a fixture, on 127.0.0.1 unless told otherwise. */
  url(file: string, host?: Host): string;
  close(): Promise<void>;
}

/** A response made in memory rather than read from the folder. */
export interface MadeFile {
  type: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};
// One flat folder of fixtures: no dots or slashes in a name, so a request
// cannot climb out of it.
const FILE_NAME = /^\/([\w-]+\.(?:html|js|svg))$/;

/** Serves one folder of fixtures, and some made files, on the loopback. */
export async function serveFixtures(
  folder: string,
  made: Record<string, MadeFile> = {},
): Promise<FixtureServer> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const file = await findFile(folder, made, path);
    if (!file) {
      response.writeHead(404).end();

      return;
    }

    response.writeHead(200, {
      'Content-Type': file.type,
      'Cache-Control': 'no-store',
    });
    response.end(file.body);
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

async function findFile(
  folder: string,
  made: Record<string, MadeFile>,
  path: string,
): Promise<MadeFile | null> {
  if (made[path]) return made[path];

  const name = FILE_NAME.exec(path)?.[1];
  if (!name) return null;

  const body = await readFile(join(folder, name)).catch(() => null);
  const type = CONTENT_TYPES[extname(name)] ?? 'text/plain';

  return body && { type, body };
}
