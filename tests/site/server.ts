import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { openDatabase, type DemoDatabase } from './db.ts';
import { seedDemoUsers } from './seed.ts';

/** How to start the demo site. */
export interface DemoSiteOptions {
  /** The port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** The SQLite file; created, with its schema, on first start. */
  dbPath: string;
  /** Only the loopback address is allowed: the site has a known password. */
  host?: '127.0.0.1';
  /** Milliseconds since the epoch; tests pass a clock to pin time steps. */
  now?: () => number;
}

/** A running demo site. */
export interface DemoSite {
  /** The origin, such as `http://127.0.0.1:4321`, without a trailing slash. */
  url: string;
  port: number;
  db: DemoDatabase;
  /** Stops listening, drops open connections and closes the database. */
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // fetch keeps idle connections open, which would hold close() back.
    server.closeAllConnections();
  });
}

/** Starts the demo sign-in site on the loopback address. */
export async function startDemoSite(
  options: DemoSiteOptions,
): Promise<DemoSite> {
  const host: string = options.host ?? LOOPBACK;
  if (host !== LOOPBACK) {
    throw new TypeError(
      `Demo site host must be ${LOOPBACK}, not ${host}: ` +
        'its password is published',
    );
  }

  const db = openDatabase(options.dbPath);
  try {
    await seedDemoUsers(db);
    const app = createApp({ db, now: options.now ?? Date.now });
    const server = createServer(app);
    const port = await listen(server, options.port ?? 0);

    return {
      url: `http://${LOOPBACK}:${port}`,
      port,
      db,
      async close() {
        await closeServer(server);
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
