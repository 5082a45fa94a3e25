import Database from 'better-sqlite3';

/** The open demo database; exposed so tests can inspect what was stored. */
export type DemoDatabase = Database.Database;

// Each entry upgrades the schema by one version; PRAGMA user_version
// records how many have run, so an existing file is never re-created.
const MIGRATIONS = [
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    -- Base32, stored in the clear: this is a demo, not a real server.
    totp_secret TEXT,
    is_two_step_on INTEGER NOT NULL DEFAULT 0,
    last_used_step INTEGER
  );

  CREATE TABLE sessions (
    -- SHA-256 of the cookie value, so the file alone opens no session.
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    stage TEXT NOT NULL
      CHECK (stage IN ('signed-out', 'password-ok', 'signed-in')),
    csrf_token TEXT NOT NULL,
    reconfirmed_at INTEGER,
    pending_secret TEXT,
    created_at INTEGER NOT NULL
  );
  `,
];

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
  migrate(db, path);

  return db;
}
