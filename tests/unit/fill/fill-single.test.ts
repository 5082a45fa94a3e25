// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillCode } from '../../../src/fill';
import {
  addInputs,
  asSingle,
  nativeValue,
  trackLikeReact,
} from './fill-helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fillCode into one input', () => {
  it('types the code with the events of real typing', async () => {
    const [input] = addInputs(1);
    const seen: string[] = [];
    for (const type of ['keydown', 'beforeinput', 'input', 'keyup']) {
      input!.addEventListener(type, (event) => {
        const data = event instanceof InputEvent ? event.data : null;
        seen.push(`${type}:${(event as KeyboardEvent).key ?? data}`);
      });
    }
    const inputData: (string | null)[] = [];
    input!.addEventListener('input', (event) => {
      const { inputType, data } = event as InputEvent;
      inputData.push(`${inputType}:${data}`);
    });

    const outcome = await fillCode(asSingle(input!), '123456');

    expect(outcome).toEqual({ ok: true });
    expect(input!.value).toBe('123456');
    expect(inputData).toEqual(
      [...'123456'].map((digit) => `insertText:${digit}`),
    );
    expect(seen.slice(0, 4)).toEqual([
      'keydown:1',
      'beforeinput:1',
      'input:1',
      'keyup:1',
    ]);
  });

  it('replaces what the field held before', async () => {
    const [input] = addInputs(1);
    input!.value = '99';

    await fillCode(asSingle(input!), '123456');

    expect(input!.value).toBe('123456');
  });

  it('reaches a framework model that listens only to InputEvent', async () => {
    const [input] = addInputs(1);
    let model = '';
    input!.addEventListener('input', (event) => {
      if (event instanceof InputEvent && event.inputType === 'insertText') {
        model = input!.value;
      }
    });

    await fillCode(asSingle(input!), '654321');

    expect(model).toBe('654321');
  });

  it('gets past a React-style value tracker', async () => {
    const [input] = addInputs(1);
    let changes = 0;
    trackLikeReact(input!, () => changes++);

    await fillCode(asSingle(input!), '246810');

    expect(changes).toBe(6);
  });

  it('restores the value when the page resets every input', async () => {
    const [input] = addInputs(1);
    input!.value = 'draft';
    input!.addEventListener('input', () => {
      input!.value = '';
    });

    const outcome = await fillCode(asSingle(input!), '123456');

    expect(outcome).toEqual({ ok: false, reason: 'value-rejected' });
    expect(input!.value).toBe('draft');
  });

  it('falls back to a paste that the page handles itself', async () => {
    const [input] = addInputs(1);
    input!.addEventListener('input', () => {
      input!.value = '';
    });
    input!.addEventListener('paste', (event) => {
      event.preventDefault();
      nativeValue.set!.call(input, event.clipboardData?.getData('text/plain'));
    });

    const outcome = await fillCode(asSingle(input!), '112233');

    expect(outcome).toEqual({ ok: true });
    expect(input!.value).toBe('112233');
  });

  it('refuses a code longer than the maxlength', async () => {
    const [input] = addInputs(1, '<input maxlength="6">');

    const outcome = await fillCode(asSingle(input!), '12345678');

    expect(outcome).toEqual({ ok: false, reason: 'length-mismatch' });
    expect(input!.value).toBe('');
  });

  it('reports a field that left the page', async () => {
    const [input] = addInputs(1);
    input!.remove();

    const outcome = await fillCode(asSingle(input!), '123456');

    expect(outcome).toEqual({ ok: false, reason: 'field-gone' });
  });

  it('never submits the form', async () => {
    document.body.innerHTML = '<form><input name="otp"></form>';
    const form = document.querySelector('form')!;
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits++;
    });

    await fillCode(asSingle(form.querySelector('input')!), '123456');

    expect(submits).toBe(0);
  });
});
