/**
 * Browser script that paints the QR code matrix of the canvas just before
 * it, so the code exists only as pixels, as on sites that draw their own.
 */
export const QR_CANVAS_SCRIPT = `
(() => {
  const canvas = document.currentScript.previousElementSibling;
  const size = Number(canvas.dataset.size);
  const modules = canvas.dataset.modules;
  const scale = canvas.width / (size + 2 * Number(canvas.dataset.margin));
  const margin = Number(canvas.dataset.margin) * scale;
  const context = canvas.getContext('2d');

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000000';
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      if (modules[row * size + column] === '1') {
        const x = margin + column * scale;
        const y = margin + row * scale;
        context.fillRect(x, y, scale, scale);
      }
    }
  }
})();
`;
