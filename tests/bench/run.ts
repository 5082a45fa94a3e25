// npm run bench: runs every benchmark and writes their figures to
// BENCHMARKS.md. Each benchmark is a script that prints a Markdown section.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const BENCHMARKS = [
  'tests/bench/popup-open.ts',
  'tests/bench/fill.ts',
  'tests/bench/argon2.ts',
];

const sections = BENCHMARKS.map((script) => {
  console.log(`Running ${script}…`);
  const output = execFileSync('npx', ['tsx', script], { encoding: 'utf8' });
  console.log(output);

  return output.trim();
});

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`;
const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}
(${machine}, Node ${process.version}, load average
${loadavg()[0]?.toFixed(1)} at the end). Figures from one run on a shared
machine: compare them within a table, not across runs.

${sections.join('\n\n')}
`;
writeFileSync('BENCHMARKS.md', report);
