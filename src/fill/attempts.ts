import {
  clearInput,
  dispatchChange,
  dispatchInput,
  setNativeValue,
  typeCharacter,
} from './keystrokes';
import type { CodeField } from './types';

/** One way of putting a code in; false when the browser lacks the means. */
export type Attempt = (field: CodeField, characters: string[]) => boolean;

/** Types the code key by key, each character in its own box for rows. */
export const typeCode: Attempt = (field, characters) => {
  if (field.kind === 'single') {
    const { input } = field;
    input.focus();
    clearInput(input);
    for (const character of characters) {
      typeCharacter(input, character, input.value + character);
    }
    dispatchChange(input);
    input.blur();

    return true;
  }

  // Each box is focused by us: widgets that move focus themselves do it
  // at different moments, and some not at all.
  field.inputs.forEach((box, index) => {
    const character = characters[index] ?? '';
    box.focus();
    typeCharacter(box, character, character);
    dispatchChange(box);
  });
  blurFocused(field.inputs);

  return true;
};

/** Writes the right character into each box that did not keep it. */
export const fixUpBoxes: Attempt = (field, characters) => {
  if (field.kind === 'single') {
    return false;
  }

  field.inputs.forEach((box, index) => {
    const character = characters[index] ?? '';
    if (box.value !== character) {
      setNativeValue(box, character);
      dispatchInput(box, 'insertText', character);
      dispatchChange(box);
    }
  });

  return true;
};

/** Pastes the whole code into the first input, as widgets expect. */
export const pasteCode: Attempt = (field, characters) => {
  const input = field.kind === 'single' ? field.input : field.inputs[0];
  const code = characters.join('');
  const canPaste =
    typeof DataTransfer === 'function' && typeof ClipboardEvent === 'function';
  if (!input || !canPaste) {
    return false;
  }

  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', code);
  input.focus();
  const paste = new ClipboardEvent('paste', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clipboardData,
  });
  // An uncancelled synthetic paste inserts nothing, so do what the
  // browser would: put the text in, which box widgets then spread out.
  if (input.dispatchEvent(paste)) {
    setNativeValue(input, code);
    dispatchInput(input, 'insertFromPaste', code);
  }
  dispatchChange(input);
  blurFocused(field.kind === 'single' ? [input] : field.inputs);

  return true;
};

/** Inserts through the editing command, whose events are trusted. */
export const insertWithCommand: Attempt = (field, characters) => {
  const page = inputsOf(field)[0]?.ownerDocument;
  if (typeof page?.execCommand !== 'function') {
    return false;
  }

  const parts = field.kind === 'single' ? [characters.join('')] : characters;
  inputsOf(field).forEach((input, index) => {
    input.focus();
    selectAll(input);
    page.execCommand('insertText', false, parts[index] ?? '');
  });
  blurFocused(inputsOf(field));

  return true;
};

/** The inputs of a field, one for a single field. */
export function inputsOf(field: CodeField): HTMLInputElement[] {
  return field.kind === 'single' ? [field.input] : field.inputs;
}

function blurFocused(inputs: HTMLInputElement[]): void {
  const root = inputs[0]?.getRootNode() as Document | ShadowRoot | undefined;
  const focused = inputs.find((input) => input === root?.activeElement);
  focused?.blur();
}

function selectAll(input: HTMLInputElement): void {
  try {
    input.select();
  } catch {
    // Some input types refuse selection; insertText then appends, which
    // the read-back after the attempt catches.
  }
}
