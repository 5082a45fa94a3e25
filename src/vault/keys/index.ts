export { DEFAULT_KDF_PARAMETERS } from './argon2';
export { decryptText, encryptText, generateDataKey } from './data-key';
export { KeyError, type KeyReason } from './errors';
export {
  createVaultKeys,
  replaceRecoveryCode,
  resetPassphrase,
  type VaultKeys,
} from './keyring';
export {
  changePassphrase,
  hasOutdatedKdf,
  unwrapWithPassphrase,
  wrapWithPassphrase,
} from './passphrase';
export {
  createRecoveryCode,
  normalizeRecoveryCode,
  unwrapWithRecoveryCode,
  wrapWithRecoveryCode,
} from './recovery-code';
export type {
  KdfParameters,
  RecordKind,
  RecoveryKdf,
  SealedText,
  WrappedKey,
} from './types';
