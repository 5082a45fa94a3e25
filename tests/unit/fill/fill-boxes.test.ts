// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillCode } from '../../../src/fill';
import { addInputs, asBoxes } from './fill-helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fillCode into a row of boxes', () => {
  const values = (inputs: HTMLInputElement[]) =>
    inputs.map((input) => input.value);

  it('puts one digit in each box', async () => {
    const boxes = addInputs(6, '<input maxlength="1">');

    const outcome = await fillCode(asBoxes(boxes), '123456');

    expect(outcome).toEqual({ ok: true });
    expect(values(boxes)).toEqual([...'123456']);
  });

  it('ends right when the widget moves focus itself', async () => {
    const boxes = addInputs(6, '<input maxlength="1">');
    boxes.forEach((box, index) =>
      box.addEventListener('input', () => {
        if (box.value) {
          boxes[index + 1]?.focus();
        }
      }),
    );

    await fillCode(asBoxes(boxes), '908172');

    expect(values(boxes)).toEqual([...'908172']);
  });

  it('ends right when the widget keeps its own active box', async () => {
    const boxes = addInputs(5, '<input maxlength="1">');
    // Like widgets that write each digit where their own index points and
    // send focus back to the first empty box.
    let active = 0;
    boxes.forEach((box) => {
      box.addEventListener('focus', () => {
        const empty = boxes.find((other) => !other.value);
        if (empty && empty !== box) {
          empty.focus();
        }
      });
      box.addEventListener('input', (event) => {
        const data = (event as InputEvent).data ?? '';
        const target = boxes[active];
        if (target && target !== box) {
          box.value = '';
          target.value = data;
        }
        active++;
        boxes[active]?.focus();
      });
    });

    const outcome = await fillCode(asBoxes(boxes), '13579');

    expect(outcome).toEqual({ ok: true });
    expect(values(boxes)).toEqual([...'13579']);
  });

  it('fixes boxes that a widget left wrong', async () => {
    const boxes = addInputs(6, '<input maxlength="1">');
    // Drops the digit typed into the third box, once.
    let isDropped = false;
    boxes[2]!.addEventListener('input', () => {
      if (!isDropped) {
        isDropped = true;
        boxes[2]!.value = '';
      }
    });

    const outcome = await fillCode(asBoxes(boxes), '271828');

    expect(outcome).toEqual({ ok: true });
    expect(values(boxes)).toEqual([...'271828']);
  });

  it('lets a widget spread a pasted code over its boxes', async () => {
    const boxes = addInputs(6, '<input maxlength="1">');
    // Refuses typed digits, but takes a paste into the first box.
    boxes.forEach((box) =>
      box.addEventListener('input', (event) => {
        if ((event as InputEvent).inputType === 'insertText') {
          box.value = '';
        }
      }),
    );
    boxes[0]!.addEventListener('paste', (event) => {
      event.preventDefault();
      const text = event.clipboardData?.getData('text/plain') ?? '';
      boxes.forEach((box, index) => (box.value = text[index] ?? ''));
    });

    const outcome = await fillCode(asBoxes(boxes), '314159');

    expect(outcome).toEqual({ ok: true });
    expect(values(boxes)).toEqual([...'314159']);
  });

  it('refuses a code with more digits than boxes', async () => {
    const boxes = addInputs(6, '<input maxlength="1">');

    const outcome = await fillCode(asBoxes(boxes), '12345678');

    expect(outcome).toEqual({ ok: false, reason: 'length-mismatch' });
  });
});
