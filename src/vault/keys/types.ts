/** Argon2id settings; each wrapped key keeps the ones it was made with. */
export interface KdfParameters {
  algorithm: 'argon2id';
  /** Argon2 version 1.3 (0x13), the only one hash-wasm computes. */
  version: 19;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** HKDF-SHA-256: enough for a recovery code that is already random. */
export interface RecoveryKdf {
  algorithm: 'hkdf-sha256';
}

/** The data key, encrypted under a key derived from what the user knows. */
export interface WrappedKey {
  format: 1;
  unlockedBy: 'passphrase' | 'recovery-code';
  kdf: KdfParameters | RecoveryKdf;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

/** Which field a ciphertext belongs to; it cannot be read in another. */
export type RecordKind = 'account-secret' | 'backup-code';

/** Text encrypted with AES-GCM under the data key. */
export interface SealedText {
  format: 1;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}
