import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The end-to-end builds carry test-only access; the release builds must not.
const MARKERS = ['twostep-e2e-popup-tab', 'twostepTest'];

function readTree(folder: string): string {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path, 'latin1'))
    .join('\n');
}

function readManifest(folder: string) {
  return JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
}

describe.each([
  ['chrome-mv3', 'chrome-mv3-e2e'],
  ['firefox-mv2', 'firefox-mv2-e2e'],
])('%s release build', (release, endToEnd) => {
  const releaseDir = resolve('.output', release);
  const endToEndDir = resolve('.output', endToEnd);

  it('exists beside its end-to-end build', () => {
    expect(existsSync(join(releaseDir, 'manifest.json'))).toBe(true);
    expect(existsSync(join(endToEndDir, 'manifest.json'))).toBe(true);
  });

  it('asks for no host permission, unlike the end-to-end build', () => {
    const manifest = readManifest(releaseDir);
    const granted = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.permissions ?? []),
    ];

    expect(granted.filter((entry: string) => entry.includes('://'))).toEqual(
      [],
    );
    expect(JSON.stringify(readManifest(endToEndDir))).toContain('127.0.0.1');
  });

  it('contains no test-only entry', () => {
    const releaseFiles = readTree(releaseDir);
    const endToEndFiles = readTree(endToEndDir);
    for (const marker of MARKERS) {
      expect(releaseFiles).not.toContain(marker);
    }
    expect(endToEndFiles).toContain('twostepTest');
    expect(existsSync(join(releaseDir, 'blank.html'))).toBe(false);
    expect(existsSync(join(endToEndDir, 'blank.html'))).toBe(true);
  });

  it('runs no script on pages unless asked', () => {
    const manifest = readManifest(releaseDir);

    expect(manifest.content_scripts ?? []).toEqual([]);
  });
});
