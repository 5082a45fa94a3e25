import Database from 'better-sqlite3';
import { MIGRATIONS } from './schema.ts';

/** The open demo database; exposed so tests can inspect what was stored. */
export type DemoDatabase = Database.Database;

// PRAGMA user_version records how many migrations have run, so an
// existing file is upgraded in place and never re-created.
function migrate(db: DemoDatabase, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(
      `Demo database ${path} has schema ${version}, newer than this ` +
        `site's ${MIGRATIONS.length}; delete the file or set DEMO_DB`,
    );
  }

  const upgrade = db.transaction(() => {
    for (const [index, sql] of MIGRATIONS.entries()) {
      if (index >= version) {
        db.exec(sql);
      }
    }

    db.pragma(`user_version = ${MIGRATIONS.length}`);
  });

  upgrade();
}

/** Opens (and on first use creates) the demo database at a file path. */
export function openDatabase(path: string): DemoDatabase {
  const db = new Database(path);

  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  try {
    migrate(db, path);
  } catch (error) {
    // A file the site cannot use must not stay open, or locked.
    db.close();
    throw error;
  }

  return db;
}
