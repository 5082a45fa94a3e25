import type { DemoDatabase } from './db.ts';

/** What an organisation's administrator decided for a managed account. */
export interface AdminPolicy {
  isTwoStepRequired: boolean;
  isUsageAnalyticsOn: boolean;
}

interface AdminPolicyRow {
  is_two_step_required: number;
  is_usage_analytics_on: number;
}

/** The administrator's policy, or undefined for a personal account. */
export function findAdminPolicy(
  db: DemoDatabase,
  userId: number,
): AdminPolicy | undefined {
  const row = db
    .prepare<[number], AdminPolicyRow>(
      'SELECT * FROM admin_policies WHERE user_id = ?',
    )
    .get(userId);
  if (!row) {
    return undefined;
  }

  return {
    isTwoStepRequired: row.is_two_step_required === 1,
    isUsageAnalyticsOn: row.is_usage_analytics_on === 1,
  };
}
