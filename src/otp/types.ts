/** How a code is derived: by time (RFC 6238), by counter (RFC 4226), or Steam Guard. */
export type OtpKind = 'totp' | 'hotp' | 'steam';

export type HashAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

/** Everything needed to compute a code, and nothing about who it belongs to. */
export interface OtpParameters {
  kind: OtpKind;
  /** Base32, upper case, without padding or separators. */
  secret: string;
  algorithm: HashAlgorithm;
  digits: number;
  /** Seconds per time step; used by totp and steam. */
  period: number;
  /** The next counter value to use; used by hotp. */
  counter: number;
}

/** An account read from an enrollment code or typed by the user, not yet saved. */
export interface AccountDraft extends OtpParameters {
  issuer: string;
  accountName: string;
  /** The label's issuer prefix where it differs from `issuer`. */
  labelIssuer?: string;
  /** Plain sentences about things that work but deserve a look (a short secret). */
  warnings: string[];
}
