// Runs the end-to-end tests with visible browser windows, under a virtual
// display when the machine has none.
import { spawnSync } from 'node:child_process';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const vitest = ['vitest', 'run', '-c', 'vitest.e2e.config.ts'];
const command = hasDisplay ? 'npx' : 'xvfb-run';
const args = hasDisplay ? vitest : ['-a', 'npx', ...vitest];
const run = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, HEADED: '1' },
});

if (run.error) {
  console.error(
    'Could not start xvfb-run. Install it (on Debian: apt-get install ' +
      'xvfb xauth) or run this from a desktop session.',
  );
}
process.exit(run.status ?? 1);
