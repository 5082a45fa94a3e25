/** Splits a code into groups that are easy to read and retype. */
export function groupCode(code: string): string {
  if (code.length < 6) return code;

  const firstGroup = Math.floor(code.length / 2);

  return `${code.slice(0, firstGroup)} ${code.slice(firstGroup)}`;
}

/** The name a person knows an account by: its issuer, else its account name. */
export function accountTitle(account: {
  issuer: string;
  accountName: string;
}): string {
  return account.issuer || account.accountName || 'Unnamed account';
}
