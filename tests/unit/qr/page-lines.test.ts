// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { readPageLines } from '../../../src/qr/page-lines';
import { findSetupKeys } from '../../../src/qr/setup-key';

const KEY = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('reading a page for its setup key', () => {
  it('finds a key printed under its words', () => {
    document.body.innerHTML = `
      <h1>Set up your authenticator app</h1>
      <p>Can't scan it? Enter this setup key</p>
      <p><code>krsx g5ct mvrx ezlu krsx g5ct mvrx ezlu</code></p>`;

    expect(findSetupKeys(readPageLines(document))).toEqual([KEY]);
  });

  it('finds a key in a read-only field for copying', () => {
    document.body.innerHTML = `
      <div><div><label for="key">Secret key</label>
        <input id="key" type="text" readonly value="${KEY}" /></div></div>`;

    expect(findSetupKeys(readPageLines(document))).toEqual([KEY]);
  });

  it('skips text that is hidden', () => {
    document.body.innerHTML = `
      <p>Secret key</p>
      <p style="display: none">${KEY}</p>`;

    expect(findSetupKeys(readPageLines(document))).toEqual([]);
  });

  it('reads inside open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document
      .querySelector('#host')!
      .attachShadow({ mode: 'open' });
    root.innerHTML = `<p>Setup key</p><p>${KEY}</p>`;

    expect(findSetupKeys(readPageLines(document))).toEqual([KEY]);
  });
});
