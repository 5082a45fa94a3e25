/** Why a piece of text could not become an account. */
export type OtpUriReason =
  /** Web links and plain text. */
  | 'not-otpauth'
  /** A link that only the site's own app understands. */
  | 'vendor-link'
  /** A Google Authenticator export, read by the migration module. */
  | 'migration'
  /** A Google Authenticator export that cannot be read, or holds nothing. */
  | 'migration-invalid'
  | 'unsupported-type'
  | 'missing-secret'
  | 'bad-secret'
  | 'bad-parameter'
  | 'duplicate-parameter';

/** A rejected otpauth URI or secret, with a sentence fit for the user. */
export class OtpUriError extends Error {
  readonly reason: OtpUriReason;
  /** The query parameter at fault, for the reasons that have one. */
  readonly parameter?: string;

  constructor(reason: OtpUriReason, message: string, parameter?: string) {
    super(message);
    this.name = 'OtpUriError';
    this.reason = reason;
    this.parameter = parameter;
  }
}
