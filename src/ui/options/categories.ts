import type { ConsentCategory } from '../../consent';

/** How the options page names and explains each privacy category. */
export const CATEGORY_TEXT: Record<
  ConsentCategory,
  { label: string; explanation: string }
> = {
  required: {
    label: 'Required',
    explanation:
      'Your accounts, their codes and these choices: what Twostep needs ' +
      'to work. Accounts and codes stay on this device; your browser’s own ' +
      'sync carries these choices to your other browsers. Twostep sends ' +
      'none of it anywhere.',
  },
  usageAnalytics: {
    label: 'Usage analytics',
    explanation:
      'Which features you use, such as opening the popup or filling a ' +
      'code, to make them easier. Never a code, a secret, an account name ' +
      'or a web address.',
  },
  errorReports: {
    label: 'Error reports',
    explanation:
      'The kind of failure when something goes wrong, to fix it. Never ' +
      'what you were working on.',
  },
};
