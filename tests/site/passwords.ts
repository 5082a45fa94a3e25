import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// Node's default scrypt cost (N = 2^14, r = 8, p = 1): slow enough to
// show the idea, fast enough for tests that sign in many times.
const COST = 16384;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;

function deriveKey(
  password: string,
  salt: Buffer,
  cost: number,
  blockSize: number,
  parallelism: number,
): Promise<Buffer> {
  const options = { N: cost, r: blockSize, p: parallelism };

  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, options, (error, key) => {
      if (error) {
        reject(error);
      } else {
        resolve(key);
      }
    });
  });
}

/** Hashes a password with scrypt and a fresh salt, parameters included. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await deriveKey(password, salt, COST, BLOCK_SIZE, PARALLELISM);
  const parts = [COST, BLOCK_SIZE, PARALLELISM];

  return [
    'scrypt',
    ...parts,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/**
 * Hashes a short secret, such as a backup code, with a given salt and the
 * password parameters, so one salt can serve a batch of secrets.
 */
export async function hashWithSalt(
  secret: string,
  salt: Buffer,
): Promise<string> {
  const key = await deriveKey(secret, salt, COST, BLOCK_SIZE, PARALLELISM);

  return key.toString('base64');
}

/** Whether a password matches a hash made by hashPassword. */
export async function verifyPassword(
  password: string,
  storedHash: string,
): Promise<boolean> {
  const [scheme, cost, blockSize, parallelism, salt, key] =
    storedHash.split('$');
  if (scheme !== 'scrypt' || !salt || !key) {
    throw new TypeError('Stored password hash is not in the scrypt format');
  }

  const expected = Buffer.from(key, 'base64');
  const actual = await deriveKey(
    password,
    Buffer.from(salt, 'base64'),
    Number(cost),
    Number(blockSize),
    Number(parallelism),
  );

  return timingSafeEqual(actual, expected);
}
