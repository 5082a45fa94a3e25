// Each entry upgrades the schema by one version. Released entries never
// change: a demo.sqlite file made by an older site must still upgrade.
export const MIGRATIONS: readonly string[] = [
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
  `
  -- Version 2: backup codes, codes by e-mail, administrator policies
  -- and product privacy choices.
  ALTER TABLE users ADD COLUMN backup_codes_salt TEXT;
  ALTER TABLE users ADD COLUMN backup_codes_refreshed_at INTEGER;

  CREATE TABLE backup_codes (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- scrypt of the eight digits with the user's backup_codes_salt.
    code_hash TEXT NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (user_id, code_hash)
  );

  -- SHA-256 of a batch of codes shown but not yet saved with Update.
  ALTER TABLE sessions ADD COLUMN pending_backup_codes_digest TEXT;
  -- SHA-256 of a code sent by e-mail. Six digits are quick to guess
  -- from a hash: what protects the code is its short life and the limit
  -- on wrong attempts.
  ALTER TABLE sessions ADD COLUMN email_code_hash TEXT;
  ALTER TABLE sessions ADD COLUMN email_code_expires_at INTEGER;
  ALTER TABLE sessions
    ADD COLUMN email_code_attempts INTEGER NOT NULL DEFAULT 0;

  -- The demo's stand-in for the users' mailboxes.
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at INTEGER NOT NULL
  );

  CREATE TABLE privacy_choices (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    is_usage_analytics_on INTEGER NOT NULL DEFAULT 0,
    is_error_reports_on INTEGER NOT NULL DEFAULT 0
  );

  -- A row means an administrator manages the account.
  CREATE TABLE admin_policies (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    is_two_step_required INTEGER NOT NULL,
    -- Overrides the user's own choice in privacy_choices.
    is_usage_analytics_on INTEGER NOT NULL
  );
  `,
];
