// Spelled out rather than left to Intl, whose en-GB short month for
// September changed from "Sep" to "Sept" between ICU versions.
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A day as account pages show it, in UTC: `3 Dec 2026`. */
export function formatDate(timestamp: number): string {
  const date = new Date(timestamp);
  const month = MONTHS[date.getUTCMonth()] ?? '';

  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

/** A day and time in UTC, as a mailbox lists them: `3 Dec 2026, 09:05 UTC`. */
export function formatDateTime(timestamp: number): string {
  const date = new Date(timestamp);
  const time = date.toISOString().slice(11, 16);

  return `${formatDate(timestamp)}, ${time} UTC`;
}
