// npx tsx tests/bench/argon2.ts: times an Argon2id unlock per setting, to
// choose DEFAULT_KDF_PARAMETERS. Node is not a browser: Chromium shares
// its engine, Firefox's differs, so check a browser before raising it.
// Other busy processes stretch wall time more than processor time.
import { cpus, loadavg } from 'node:os';
import {
  DEFAULT_KDF_PARAMETERS,
  generateDataKey,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  type KdfParameters,
} from '../../src/vault/keys';
import { median } from './popup';

const RUNS = 5;
const TARGET_MS = 500;
const PASSPHRASE = 'correct horse battery staple';
const CANDIDATES: [memoryMiB: number, iterations: number][] = [
  [19, 2],
  [46, 1],
  [64, 1],
  [64, 2],
  [64, 3],
  [64, 4],
  [128, 1],
  [128, 2],
  [256, 1],
];

function label(kdf: KdfParameters): string {
  return `${kdf.memoryKiB / 1024} MiB, t=${kdf.iterations}`;
}

interface Timing {
  wall: number[];
  /** Processor time, which other busy processes on the machine inflate less. */
  processor: number[];
}

async function timeUnlocks(kdf: KdfParameters): Promise<Timing> {
  const wrapped = await wrapWithPassphrase(
    await generateDataKey(),
    PASSPHRASE,
    kdf,
  );
  // One untimed unlock first: the first one also compiles the WebAssembly.
  await unwrapWithPassphrase(wrapped, PASSPHRASE);
  const timing: Timing = { wall: [], processor: [] };
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    await unwrapWithPassphrase(wrapped, PASSPHRASE);
    const { user, system } = process.cpuUsage(usage);
    timing.wall.push(performance.now() - start);
    timing.processor.push((user + system) / 1000);
  }

  return timing;
}

function formatRow(kdf: KdfParameters, timing: Timing): string {
  const { wall, processor } = timing;
  const [low, high] = [Math.min(...wall), Math.max(...wall)];
  const range = `${low.toFixed(0)}–${high.toFixed(0)}`;
  const isDefault =
    kdf.memoryKiB === DEFAULT_KDF_PARAMETERS.memoryKiB &&
    kdf.iterations === DEFAULT_KDF_PARAMETERS.iterations;

  return (
    `| ${label(kdf)} | ${median(wall).toFixed(0)} | ${range} | ` +
    `${median(processor).toFixed(0)} | ${isDefault ? '**default**' : ''} |`
  );
}

async function main(): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`;
  const load = loadavg()[0]?.toFixed(1);
  console.log('## Vault: Argon2id unlock\n');
  console.log(
    `Derive and unwrap, median of ${RUNS}, on ` +
      `${machine}, Node ${process.version}, load average ${load}.\n`,
  );
  console.log('| memory, passes, p=1 | wall ms | wall range | CPU ms | |');
  console.log('|---|---|---|---|---|');

  const medians = new Map<string, number>();
  for (const [memoryMiB, iterations] of CANDIDATES) {
    const kdf: KdfParameters = {
      ...DEFAULT_KDF_PARAMETERS,
      memoryKiB: memoryMiB * 1024,
      iterations,
    };
    const timing = await timeUnlocks(kdf);
    medians.set(label(kdf), median(timing.processor));
    console.log(formatRow(kdf, timing));
  }

  const [closest] = [...medians].sort(
    ([, a], [, b]) => Math.abs(a - TARGET_MS) - Math.abs(b - TARGET_MS),
  );
  console.log(
    `\nDefault: ${label(DEFAULT_KDF_PARAMETERS)}. Closest to ` +
      `${TARGET_MS} ms of CPU here: ${closest?.[0]}. Node runs the same ` +
      'WebAssembly as Chromium; Firefox and slower devices take longer.',
  );
}

void main();
