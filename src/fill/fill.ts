import {
  fixUpBoxes,
  insertWithCommand,
  inputsOf,
  pasteCode,
  typeCode,
  type Attempt,
} from './attempts';
import { setNativeValue } from './keystrokes';
import type { CodeField, FillOutcome } from './types';

// Long enough for a framework to re-render after the events, short enough
// that a frame without animation frames (hidden, background) still answers.
const SETTLE_TIMEOUT_MS = 50;

/** Puts the code into the field as typing would; never submits the form. */
export async function fillCode(
  field: CodeField,
  code: string,
): Promise<FillOutcome> {
  const inputs = inputsOf(field);
  const characters = [...code.replace(/\s/g, '')];
  if (!inputs.every(isEditable)) {
    return { ok: false, reason: 'field-gone' };
  }

  if (!fitsLength(field, characters)) {
    return { ok: false, reason: 'length-mismatch' };
  }

  const originals = inputs.map((input) => input.value);
  const attempts: Attempt[] = [
    typeCode,
    fixUpBoxes,
    pasteCode,
    insertWithCommand,
  ];
  for (const attempt of attempts) {
    // Fixing up boxes builds on the typing; every other try starts clean.
    if (attempt !== typeCode && attempt !== fixUpBoxes) {
      restoreValues(inputs, originals);
    }
    if (!attempt(field, characters)) {
      continue;
    }

    await settle();
    // Pages that submit on the last digit may also replace the field, so
    // this can follow a fill that took; the value can no longer be read.
    if (!inputs.every((input) => input.isConnected)) {
      return { ok: false, reason: 'field-gone' };
    }
    if (holdsCode(field, characters)) {
      return { ok: true };
    }
  }

  restoreValues(inputs, originals);

  return { ok: false, reason: 'value-rejected' };
}

function isEditable(input: HTMLInputElement): boolean {
  return input.isConnected && !input.disabled && !input.readOnly;
}

function fitsLength(field: CodeField, characters: string[]): boolean {
  if (field.kind === 'boxes') {
    return characters.length === field.inputs.length;
  }

  const maxLength = field.input.maxLength;

  return (
    characters.length > 0 && !(maxLength > 0 && characters.length > maxLength)
  );
}

// Formatting widgets may show "123 456"; the digits are what count.
function holdsCode(field: CodeField, characters: string[]): boolean {
  const compact = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();
  if (field.kind === 'single') {
    return compact(field.input.value) === compact(characters.join(''));
  }

  return field.inputs.every(
    (box, index) => compact(box.value) === compact(characters[index] ?? ''),
  );
}

// Without events on purpose: the page refused the code, so its own model
// still holds the old value, and more events could set off its handlers.
function restoreValues(inputs: HTMLInputElement[], originals: string[]): void {
  inputs.forEach((input, index) => {
    const original = originals[index] ?? '';
    if (input.value !== original) {
      setNativeValue(input, original);
    }
  });
}

function settle(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, SETTLE_TIMEOUT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      // After the frame callback, so microtasks it queued (Vue) have run.
      setTimeout(resolve, 0);
    });
  });
}
