// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectCodeField } from '../../../src/fill';
import { PAGES } from './pages';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('detectCodeField on single inputs', () => {
  it.each(PAGES)('handles %s', (_, html) => {
    document.body.innerHTML = html;
    const target = document.querySelector('[data-target]');

    const field = detectCodeField(document);

    if (target) {
      expect(field).toMatchObject({ kind: 'single', input: target });
    } else {
      expect(field).toBeNull();
    }
  });

  it('prefers the one-time-code field over a search box', () => {
    document.body.innerHTML = `
      <input placeholder="Search" name="search">
      <input autocomplete="one-time-code" id="target">`;

    const field = detectCodeField(document);

    expect(field?.kind === 'single' && field.input.id).toBe('target');
  });
});
