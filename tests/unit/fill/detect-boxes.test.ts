// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectCodeField, summarize } from '../../../src/fill';

const boxes = (count: number, attributes = '') =>
  Array.from(
    { length: count },
    (_, index) =>
      `<input maxlength="1" ${attributes} aria-label="Digit ${index + 1}">`,
  ).join('');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('detectCodeField on rows of boxes', () => {
  it('finds a row of six boxes', () => {
    document.body.innerHTML = `<div>${boxes(6)}</div>`;

    const field = detectCodeField(document);

    expect(field?.kind).toBe('boxes');
    expect(field && summarize(field)).toMatchObject({ length: 6 });
  });

  it('finds a row of five numeric boxes, each in a wrapper', () => {
    const wrapped = boxes(5, 'inputmode="numeric"').replace(
      /<input[^>]*>/g,
      '<span class="cell">$&</span>',
    );
    document.body.innerHTML = `<p>Enter the code</p><div>${wrapped}</div>`;

    const field = detectCodeField(document);

    expect(field?.kind === 'boxes' && field.inputs.length).toBe(5);
  });

  it('ignores three boxes and rows split by other inputs', () => {
    const split = `${boxes(3)}<input name="x">${boxes(3)}`;
    document.body.innerHTML = `<div>${split}</div>`;

    expect(detectCodeField(document)).toBeNull();
  });

  it('ignores a row of boxes that asks for a captcha', () => {
    document.body.innerHTML = `<div>${boxes(6, 'name="captcha"')}</div>`;

    expect(detectCodeField(document)).toBeNull();
  });
});

describe('detectCodeField in shadow roots', () => {
  it('finds a code field in an open shadow root', () => {
    const host = document.createElement('otp-form');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<label for="c">Authentication code</label><input id="c">';

    const field = detectCodeField(document);

    expect(field?.kind === 'single' && field.input.id).toBe('c');
  });

  it('reads closed shadow roots through the given reader', () => {
    const host = document.createElement('otp-form');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'closed' });
    shadow.innerHTML = '<input autocomplete="one-time-code">';
    const readShadowRoot = (element: Element) =>
      element === host ? shadow : null;

    expect(detectCodeField(document)).toBeNull();
    expect(detectCodeField(document, { readShadowRoot })).not.toBeNull();
  });
});

describe('summarize', () => {
  it('gives a plain object with the maxlength of a single input', () => {
    document.body.innerHTML = '<input name="otp" maxlength="6">';
    const field = detectCodeField(document);

    const summary = field && summarize(field);

    expect(summary).toEqual({ kind: 'single', length: 6, score: field?.score });
    expect(structuredClone(summary)).toEqual(summary);
  });

  it('gives a null length when the input has no maxlength', () => {
    document.body.innerHTML = '<input name="otp">';
    const field = detectCodeField(document);

    expect(field && summarize(field).length).toBeNull();
  });
});
