import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { startDemoSite, type DemoSite } from '../../site/server.ts';
import { SiteClient } from './client.ts';

/** The demo account, as the sign-in page's hint gives it. */
export const EMAIL = 'alice@example.com';
export const PASSWORD = 'correct horse battery staple';

/** 12:00:10 UTC on 1 January 2025: ten seconds into a time step. */
export const START_TIME = Date.UTC(2025, 0, 1, 12, 0, 10);

/** One TOTP time step, in milliseconds. */
export const STEP_MS = 30_000;

/** A clock the site reads, which tests move by hand. */
export interface Clock {
  time: number;
}

/** A demo site on a throwaway database file, with a client and a clock. */
export interface TestSite {
  site: DemoSite;
  /** Keeps its cookies across restart, like a browser would. */
  client: SiteClient;
  clock: Clock;
  dbPath: string;
  /** Closes the site and starts it again on the same file and port. */
  restart(): Promise<void>;
  /** Closes the site and deletes its folder. */
  dispose(): Promise<void>;
}

/** Starts the demo site on a new SQLite file in a temporary folder. */
export async function startTestSite(): Promise<TestSite> {
  const folder = mkdtempSync(join(tmpdir(), 'twostep-site-'));
  const dbPath = join(folder, 'demo.sqlite');
  const clock: Clock = { time: START_TIME };
  const start = (port: number) =>
    startDemoSite({ port, dbPath, now: () => clock.time });
  const site = await start(0);
  const testSite: TestSite = {
    site,
    client: new SiteClient(site.url),
    clock,
    dbPath,
    async restart() {
      const { port } = testSite.site;
      await testSite.site.close();
      // Let fetch see its pooled connections close, or it reuses one.
      await new Promise((resolve) => setTimeout(resolve, 20));
      testSite.site = await start(port);
    },
    async dispose() {
      await testSite.site.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };

  return testSite;
}

/** The code an authenticator app would show for a setup key at a time. */
export function generateCode(setupKey: string, timestamp: number): string {
  return TOTP.generate({
    secret: Secret.fromBase32(setupKey.replace(/\s/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp,
  });
}
