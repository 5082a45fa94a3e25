const EDIT = { bubbles: true, composed: true };

/** Sets a value through the element's own prototype setter, not a patch. */
export function setNativeValue(input: HTMLInputElement, value: string): void {
  // React replaces `value` on the element itself to remember the last value
  // it saw; going around that patch is what lets it notice the change.
  let prototype: object | null = Object.getPrototypeOf(input);
  while (prototype) {
    const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    if (setter) {
      setter.call(input, value);

      return;
    }
    prototype = Object.getPrototypeOf(prototype);
  }
  input.value = value;
}

/** Sends the input event that editing of the given kind causes. */
export function dispatchInput(
  input: HTMLInputElement,
  inputType: string,
  data: string | null,
): void {
  input.dispatchEvent(new InputEvent('input', { ...EDIT, inputType, data }));
}

/** Types one character the way a keystroke does, events and all. */
export function typeCharacter(
  input: HTMLInputElement,
  character: string,
  nextValue: string,
): void {
  const key = describeKey(character);
  const pressed = { ...key, charCode: character.charCodeAt(0) };
  // A page that cancels the keystroke gets no text, as in a browser; some
  // code widgets cancel it and insert the digit themselves.
  const isTyped =
    input.dispatchEvent(new KeyboardEvent('keydown', key)) &&
    input.dispatchEvent(new KeyboardEvent('keypress', pressed)) &&
    input.dispatchEvent(
      new InputEvent('beforeinput', {
        ...EDIT,
        cancelable: true,
        inputType: 'insertText',
        data: character,
      }),
    );
  if (isTyped) {
    setNativeValue(input, nextValue);
    dispatchInput(input, 'insertText', character);
  }
  input.dispatchEvent(new KeyboardEvent('keyup', key));
}

/** Clears the input as selecting its text and deleting would. */
export function clearInput(input: HTMLInputElement): void {
  if (input.value === '') {
    return;
  }

  setNativeValue(input, '');
  dispatchInput(input, 'deleteContentBackward', null);
}

/** Sends the change event a person causes by leaving an edited field. */
export function dispatchChange(input: HTMLInputElement): void {
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function describeKey(character: string): KeyboardEventInit {
  const upper = character.toUpperCase();
  const isDigit = /^[0-9]$/.test(character);
  const isLetter = /^[A-Z]$/.test(upper);

  return {
    ...EDIT,
    cancelable: true,
    key: character,
    code: isDigit ? `Digit${character}` : isLetter ? `Key${upper}` : '',
    // Older widgets still read the legacy codes to filter digits.
    keyCode: upper.charCodeAt(0),
  };
}
