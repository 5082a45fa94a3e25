import { fileURLToPath } from 'node:url';
import { serveFixtures, type FixtureServer } from '../fixture-server';

export type { Host } from '../fixture-server';
export type FillPages = FixtureServer;

const FOLDER = fileURLToPath(new URL('.', import.meta.url));

/** Serves the fill fixtures on a free port of the loopback address. */
export function startFillPages(): Promise<FillPages> {
  return serveFixtures(FOLDER);
}
