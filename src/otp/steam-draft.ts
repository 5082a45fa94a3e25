import type { AccountDraft } from './types';

/** The parts of a draft that a Steam link or URI actually carries. */
export type DraftNames = Pick<
  AccountDraft,
  'issuer' | 'accountName' | 'labelIssuer' | 'secret' | 'warnings'
>;

/** A Steam Guard account: its hash, length and period are fixed by Steam. */
export function makeSteamDraft(names: DraftNames): AccountDraft {
  return {
    ...names,
    issuer: names.issuer || 'Steam',
    kind: 'steam',
    algorithm: 'SHA1',
    digits: 5,
    period: 30,
    counter: 0,
  };
}
