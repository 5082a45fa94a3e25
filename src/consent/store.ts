import {
  CONSENT_KEY,
  parseConsent,
  serializeConsent,
  type ConsentChange,
  type ConsentChoices,
} from './choices';
import { checkCollectorUrl } from './collector';
import { combineConsent, type EffectiveConsent } from './effective';
import { parsePolicy, type Policy } from './policy';
import {
  readManaged,
  readStored,
  readSyncOrNothing,
  watchStored,
  writeStored,
} from './storage';

/** A change the organisation's policy does not allow, saying why. */
export class PolicyLockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyLockError';
  }
}

/** The person's privacy choices; defaults when none are stored. */
export async function readConsent(): Promise<ConsentChoices> {
  return parseConsent(await readSyncOrNothing(CONSENT_KEY));
}

/** The organisation's policy; empty when none is installed. */
export async function readPolicy(): Promise<Policy> {
  return parsePolicy(await readManaged());
}

/** What applies: the person's choices combined with the policy. */
export async function readEffectiveConsent(): Promise<EffectiveConsent> {
  const [choices, policy] = await Promise.all([readConsent(), readPolicy()]);

  return combineConsent(choices, policy);
}

function refuseLocked(change: ConsentChange, effective: EffectiveConsent) {
  for (const name of Object.keys(change) as (keyof ConsentChange)[]) {
    const { lock } = effective[name];
    if (lock) throw new PolicyLockError(lock);
  }
}

/**
 * Saves a change to the privacy choices in every browser the person uses.
 * Throws a PolicyLockError for a choice the policy decides, and a
 * CollectorUrlError for an address that cannot be used.
 */
export async function saveConsent(
  change: ConsentChange,
): Promise<ConsentChoices> {
  // Read strictly: a failed read must not save defaults over real choices.
  const [stored, policy] = await Promise.all([
    readStored('sync', CONSENT_KEY),
    readPolicy(),
  ]);
  const choices = parseConsent(stored);
  refuseLocked(change, combineConsent(choices, policy));

  const saved: ConsentChoices = { ...choices, ...change, required: true };
  saved.collectorUrl = saved.collectorUrl
    ? checkCollectorUrl(saved.collectorUrl)
    : null;
  await writeStored('sync', CONSENT_KEY, serializeConsent(saved));

  return saved;
}

/** Calls onChange when the choices change on any page or in any browser. */
export function watchConsent(onChange: () => void): () => void {
  return watchStored('sync', CONSENT_KEY, onChange);
}

/** Calls onChange when the administrator changes the policy. */
export function watchPolicy(onChange: () => void): () => void {
  return watchStored('managed', null, onChange);
}
