// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectCodeField } from '../../../src/fill';

// happy-dom lays nothing out, so these tests give each element a box the
// way a browser would; everything unlisted fills the viewport.
function layOut(boxes: Record<string, [number, number, number, number]>) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(
    function (this: Element) {
      const [left, top, width, height] = boxes[this.id] ?? [0, 0, 800, 600];

      return new DOMRect(left, top, width, height);
    },
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('detectCodeField with layout', () => {
  it('skips a code field of zero size', () => {
    document.body.innerHTML = '<input id="otp" name="otp">';
    layOut({ otp: [10, 10, 0, 0] });

    expect(detectCodeField(document)).toBeNull();
  });

  it('finds boxes that stand side by side in distant wrappers', () => {
    const box = (index: number) => `<input id="b${index}" maxlength="1">`;
    document.body.innerHTML = [0, 1, 2, 3, 4, 5]
      .map((index) => `<div><div><div>${box(index)}</div></div></div>`)
      .join('');
    layOut(
      Object.fromEntries(
        [0, 1, 2, 3, 4, 5].map((index) => [
          `b${index}`,
          [10 + index * 50, 100, 40, 40],
        ]),
      ),
    );

    const field = detectCodeField(document);

    expect(field?.kind === 'boxes' && field.inputs.length).toBe(6);
  });

  it('does not join boxes on two lines into one row', () => {
    document.body.innerHTML = [0, 1, 2, 3, 4, 5]
      .map((index) => `<input id="b${index}" maxlength="1">`)
      .join('');
    layOut(
      Object.fromEntries(
        [0, 1, 2, 3, 4, 5].map((index) => [
          `b${index}`,
          [10 + (index % 3) * 50, index < 3 ? 100 : 200, 40, 40],
        ]),
      ),
    );

    expect(detectCodeField(document)).toBeNull();
  });
});
