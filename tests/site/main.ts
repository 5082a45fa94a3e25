import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { startDemoSite } from './server.ts';

const DEFAULT_PORT = 4321;
const DEFAULT_DB_PATH = 'tests/site/data/demo.sqlite';

function readPort(): number {
  const text = process.env.PORT;
  const port = text === undefined || text === '' ? DEFAULT_PORT : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`PORT must be a port number, not "${text}"`);
  }

  return port;
}

async function main(): Promise<void> {
  const dbPath = process.env.DEMO_DB || DEFAULT_DB_PATH;
  mkdirSync(dirname(dbPath), { recursive: true });

  const site = await startDemoSite({ port: readPort(), dbPath });
  process.stdout.write(`Twostep demo site: ${site.url}\n`);

  const stop = (): void => {
    // Closing checkpoints the WAL, so the file is whole on its own.
    void site.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
