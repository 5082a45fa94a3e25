/* global HTMLElement, customElements */
// A design-system code field: its input lives in a shadow root, open or
// closed as the `mode` attribute says, and the element exposes its value.
class OtpInput extends HTMLElement {
  #input = null;

  connectedCallback() {
    if (this.#input) return;

    const root = this.attachShadow({
      mode: this.getAttribute('mode') ?? 'open',
    });
    root.innerHTML = `
      <style>label { display: block; margin: 1em 0; }</style>
      <label>
        ${this.getAttribute('label')}
        <input part="input" inputmode="numeric" maxlength="6" />
      </label>`;
    this.#input = root.querySelector('input');
  }

  get value() {
    return this.#input?.value ?? '';
  }
}

customElements.define('otp-input', OtpInput);
