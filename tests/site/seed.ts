import type { DemoDatabase } from './db.ts';
import { hashPassword } from './passwords.ts';
import { findUserByEmail } from './users.ts';

/** The personal demo account that most flows sign in as. */
export const DEMO_EMAIL = 'alice@example.com';

/** The password of both demo accounts, shown on the sign-in page. */
export const DEMO_PASSWORD = 'correct horse battery staple';

/** The organisation's account, whose administrator sets a policy. */
export const MANAGED_EMAIL = 'bob@corp.example';

async function seedUser(db: DemoDatabase, email: string): Promise<number> {
  const existing = findUserByEmail(db, email);
  if (existing) {
    return existing.id;
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result = db
    .prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)')
    .run(email, passwordHash);

  return Number(result.lastInsertRowid);
}

/**
 * Creates the demo accounts that a previous run has not: a personal one,
 * and a managed one whose administrator requires 2-Step Verification
 * and turns usage analytics off.
 */
export async function seedDemoUsers(db: DemoDatabase): Promise<void> {
  await seedUser(db, DEMO_EMAIL);
  const managedId = await seedUser(db, MANAGED_EMAIL);

  db.prepare(
    `INSERT OR IGNORE INTO admin_policies
       (user_id, is_two_step_required, is_usage_analytics_on)
     VALUES (?, 1, 0)`,
  ).run(managedId);
}
