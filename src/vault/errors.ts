/** A vault failure with a message meant for the person using Twostep. */
export class VaultError extends Error {
  constructor(
    readonly reason: 'disk-full' | 'not-found' | 'unreadable' | 'storage',
    message: string,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}

/** Turns a storage exception into a VaultError that says what happened. */
export function explainStorageError(error: unknown): VaultError {
  if (error instanceof VaultError) return error;

  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new VaultError(
      'disk-full',
      'Your disk is full, so nothing was saved. Free some space and try again.',
    );
  }

  return new VaultError(
    'storage',
    'Twostep could not reach its storage, so nothing was changed. ' +
      'Try again; if it keeps failing, restart the browser.',
  );
}
