export * from './accounts';
export { watchChanges } from './changes';
export { closeVault, SCHEMA_VERSION } from './database';
export { VaultError } from './errors';
export type { Account, AccountChanges } from './types';
