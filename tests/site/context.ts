import type { DemoDatabase } from './db.ts';

/** What every route needs: the database and a clock tests can set. */
export interface SiteContext {
  db: DemoDatabase;
  /** Milliseconds since the epoch, like Date.now. */
  now: () => number;
}
