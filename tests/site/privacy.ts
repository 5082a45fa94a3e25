import type { DemoDatabase } from './db.ts';
import type { AdminPolicy } from './policies.ts';

/** The optional data a user lets the product collect; both start off. */
export interface PrivacyChoices {
  isUsageAnalyticsOn: boolean;
  isErrorReportsOn: boolean;
}

interface PrivacyChoicesRow {
  is_usage_analytics_on: number;
  is_error_reports_on: number;
}

/**
 * The choices in effect for a user: their own, except where an
 * administrator's policy decides instead.
 */
export function findPrivacyChoices(
  db: DemoDatabase,
  userId: number,
  policy: AdminPolicy | undefined,
): PrivacyChoices {
  const row = db
    .prepare<[number], PrivacyChoicesRow>(
      'SELECT * FROM privacy_choices WHERE user_id = ?',
    )
    .get(userId);
  const isUsageAnalyticsOn = row?.is_usage_analytics_on === 1;

  return {
    isUsageAnalyticsOn: policy?.isUsageAnalyticsOn ?? isUsageAnalyticsOn,
    isErrorReportsOn: row?.is_error_reports_on === 1,
  };
}

/** A change to the choices; undefined leaves a setting as it was. */
export type PrivacyChange = {
  [Name in keyof PrivacyChoices]?: boolean;
};

function toColumn(isOn: boolean | undefined): number | null {
  return isOn === undefined ? null : Number(isOn);
}

/** Stores a user's choices, for every browser they sign in from. */
export function savePrivacyChoices(
  db: DemoDatabase,
  userId: number,
  change: PrivacyChange,
): void {
  db.prepare(
    `INSERT INTO privacy_choices
       (user_id, is_usage_analytics_on, is_error_reports_on)
     VALUES (@userId, coalesce(@analytics, 0), coalesce(@reports, 0))
     ON CONFLICT (user_id) DO UPDATE SET
       is_usage_analytics_on = coalesce(@analytics, is_usage_analytics_on),
       is_error_reports_on = coalesce(@reports, is_error_reports_on)`,
  ).run({
    userId,
    analytics: toColumn(change.isUsageAnalyticsOn),
    reports: toColumn(change.isErrorReportsOn),
  });
}
