import { describe, expect, it } from 'vitest';
import {
  OtpUriError,
  readMigrationPayload,
  type MigrationResult,
} from '../../../src/otp';
import {
  bytesOf,
  encodeExport,
  toBase64,
  toExportUri,
  type TestAccount,
  type TestExport,
} from './export-builder';

const KEY = 'JBSWY3DPEHPK3PXP';
const PREFIX = 'otpauth-migration://offline?data=';

const alice: TestAccount = {
  secret: bytesOf(KEY),
  name: 'Acme:alice@example.com',
  issuer: 'Acme',
  type: 2,
};

const valid = encodeExport({
  accounts: [alice, { ...alice, name: 'Acme:bob', type: 1, counter: 9n }],
  version: 1,
  batchSize: 2,
  batchIndex: 1,
  batchId: 77,
});

function uriOf(payload: TestExport): string {
  return toExportUri(encodeExport(payload));
}

/** What the user sees; also checks no message gives the secret away. */
function messagesOf(result: MigrationResult): string[] {
  const sentences = result.ok ? result.warnings : [result.error.message];

  for (const sentence of sentences) {
    expect(sentence).not.toContain(KEY);
    expect(sentence).not.toContain('alice');
  }

  return sentences;
}

const rejected: [name: string, text: string, message: RegExp][] = [
  ['an otpauth URI', `otpauth://totp/A:a?secret=${KEY}`, /not a Google/],
  ['plain text', 'hello', /not a Google/],
  ['no data', 'otpauth-migration://offline', /no accounts/],
  ['empty data', PREFIX, /no accounts/],
  ['"data" without a value', 'otpauth-migration://offline?data', /no acc/],
  ['punctuation', `${PREFIX}Cj!EK`, /characters that do not belong/],
  ['a stray character', `${PREFIX}CjEKC`, /characters that do not belong/],
  ['too much padding', `${PREFIX}Cg===`, /characters that do not belong/],
  ['text that is not protobuf', `${PREFIX}${btoa('hello world')}`, /dam/],
  ['a truncated export', toExportUri(valid.subarray(0, 30)), /cut short/],
  ['a length past the end', toExportUri(new Uint8Array([10, 200, 1])), /cut/],
  ['an account as a number', toExportUri(new Uint8Array([8, 1])), /cut/],
  ['only a batch', uriOf({ accounts: [], batchSize: 1 }), /no accounts/],
  ['a batch of -1', uriOf({ accounts: [alice], batchSize: -1 }), /damaged/],
  ['an index past the end', uriOf({ accounts: [alice], batchIndex: 1 }), /dam/],
];

describe('readMigrationPayload rejects', () => {
  it.each(rejected)('%s', (_, text, message) => {
    const result = readMigrationPayload(text);

    expect(result).toMatchObject({
      ok: false,
      error: { name: 'OtpUriError', reason: 'migration-invalid' },
    });
    expect(messagesOf(result)[0]).toMatch(message);
  });
});

const skipped: [name: string, account: TestAccount, problem: RegExp][] = [
  ['an empty secret', { ...alice, secret: new Uint8Array(0) }, /no secret/],
  ['no secret', { name: 'Acme:alice', type: 2 }, /no secret key/],
  ['MD5', { ...alice, algorithm: 4 }, /MD5/],
  ['an unknown algorithm', { ...alice, algorithm: 9 }, /hash algorithm/],
  ['an unknown length', { ...alice, digits: 3 }, /code length/],
  ['an unknown type', { ...alice, type: 3 }, /kind of one-time code/],
  ['a negative counter', { ...alice, type: 1, counter: -1n }, /counter/],
  ['a huge counter', { ...alice, type: 1, counter: 2n ** 60n }, /counter/],
];

describe('readMigrationPayload leaves out an account with', () => {
  it.each(skipped)('%s, with a warning', (_, account, problem) => {
    const bob = { ...alice, name: 'Acme:bob' };
    const result = readMigrationPayload(
      uriOf({ accounts: [bob, account, bob] }),
    );
    const [warning] = messagesOf(result);

    expect(result).toMatchObject({ ok: true, accounts: [{}, {}] });
    expect(warning).toMatch(/^Account 2 of 3 in this export was left out/);
    expect(warning).toMatch(problem);
  });

  it.each(skipped)('%s, as an error when it is the only one', (_, account) => {
    const result = readMigrationPayload(
      uriOf({ accounts: [account, account] }),
    );

    expect(result).toMatchObject({
      ok: false,
      error: { reason: 'migration-invalid' },
    });
    expect(messagesOf(result)[0]).toMatch(
      /^No account in this export can be used\. Account 1 of 2 .* Account 2/,
    );
  });
});

// Mulberry32: a small seeded generator, so a failure can be replayed.
function makeRandom(seed: number): (below: number) => number {
  let state = seed;

  return (below) => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    const unit = ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;

    return Math.floor(unit * below);
  };
}

function mutate(bytes: Uint8Array, random: (below: number) => number) {
  const copy = [...bytes];

  for (let count = 1 + random(4); count > 0; count--) {
    const at = random(copy.length);
    const kind = random(4);

    if (kind === 0) copy[at] = (copy[at] ?? 0) ^ (1 << random(8));
    else if (kind === 1) copy.splice(at, 1);
    else if (kind === 2) copy.splice(at, 0, random(256));
    else copy.length = at;
  }

  return new Uint8Array(copy);
}

describe('readMigrationPayload on damaged exports', () => {
  it('never throws on 500 random mutations of a valid export', () => {
    const random = makeRandom(20_240_611);
    const outcomes = { ok: 0, error: 0 };

    for (let round = 0; round < 500; round++) {
      const data = toBase64(mutate(valid, random));
      const result = readMigrationPayload(PREFIX + data);

      if (result.ok) {
        expect(result.accounts.length).toBeGreaterThan(0);
      } else {
        expect(result.error).toBeInstanceOf(OtpUriError);
        expect(result.error.reason).toBe('migration-invalid');
      }

      messagesOf(result);
      outcomes[result.ok ? 'ok' : 'error']++;
    }

    // Both outcomes happen, so the loop tests more than one path.
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.error).toBeGreaterThan(0);
  });
});
