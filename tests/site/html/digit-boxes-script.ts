/**
 * Browser script for the one-digit-per-box code widget: focus moves on as
 * digits arrive, several digits at once (a paste, or a script setting the
 * value) spread over the boxes, and the digits are joined on submit.
 */
export const DIGIT_BOXES_SCRIPT = `
(() => {
  const form = document.getElementById('code-form');
  const boxes = Array.from(form.querySelectorAll('input[data-digit]'));
  const joined = form.querySelector('input[name="code"]');

  function spreadDigits(startIndex, digits) {
    let index = startIndex;
    for (const digit of digits.slice(0, boxes.length - startIndex)) {
      boxes[index].value = digit;
      index += 1;
    }
    boxes[Math.min(index, boxes.length - 1)].focus();
  }

  boxes.forEach((box, index) => {
    box.addEventListener('input', () => {
      const digits = box.value.replace(/\\D/g, '');
      box.value = '';
      if (digits) {
        spreadDigits(index, digits);
      }
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Backspace' && !box.value && index > 0) {
        boxes[index - 1].focus();
      }
    });
    box.addEventListener('paste', (event) => {
      event.preventDefault();
      const text = event.clipboardData.getData('text');
      spreadDigits(index, text.replace(/\\D/g, ''));
    });
  });

  form.addEventListener('submit', () => {
    joined.value = boxes.map((box) => box.value).join('');
  });
})();
`;
