export { buildOtpauthUri, type ExportedAccount } from './build';
export { generateCode } from './codes';
export { OtpUriError, type OtpUriReason } from './errors';
export {
  readMigrationPayload,
  type MigrationBatch,
  type MigrationResult,
} from './migration';
export { isEnrollmentPayload } from './payload';
export { readSecret } from './secret';
export { secondsRemaining, timeStep } from './time';
export type {
  AccountDraft,
  HashAlgorithm,
  OtpKind,
  OtpParameters,
} from './types';
export { readOtpauthUri, type ReadResult } from './uri';
