import type { OtpParameters } from '../otp/types';

/** An account as the popup and options page see it, secret included. */
export interface Account extends OtpParameters {
  id: string;
  issuer: string;
  accountName: string;
  /** Registrable domains where the code may be filled, chosen by the user. */
  sites: string[];
  createdAt: number;
  updatedAt: number;
  /** Position in the list; lower comes first. */
  order: number;
}

/** The secret as stored: AES-GCM ciphertext, never the base32 text. */
export interface SealedSecret {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

/** An account as stored in IndexedDB. */
export interface AccountRecord extends Omit<Account, 'secret'> {
  sealedSecret: SealedSecret;
}

/** The fields a user may edit after saving. */
export type AccountChanges = Partial<
  Pick<Account, 'issuer' | 'accountName' | 'sites' | 'order'>
>;
