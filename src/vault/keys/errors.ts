/** Why the data key or a sealed text could not be opened. */
export type KeyReason =
  | 'wrong-passphrase'
  | 'wrong-recovery-code'
  /** Saved by a newer Twostep, or with settings this one refuses. */
  | 'unsupported'
  /** The ciphertext or its associated data was changed. */
  | 'damaged';

/** A key failure with a sentence fit for the user; never any key material. */
export class KeyError extends Error {
  readonly reason: KeyReason;

  constructor(reason: KeyReason, message: string) {
    super(message);
    this.name = 'KeyError';
    this.reason = reason;
  }
}

/** True for the error WebCrypto throws when AES-GCM authentication fails. */
export function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'OperationError';
}
