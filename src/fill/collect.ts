/** Finds the shadow root of an element; open ones unless told otherwise. */
export type ShadowRootReader = (element: Element) => ShadowRoot | null;

const readOpenShadowRoot: ShadowRootReader = (element) => element.shadowRoot;

/** Lists the inputs under root in document order, shadow roots included. */
export function collectInputs(
  root: Document | ShadowRoot,
  readShadowRoot: ShadowRootReader = readOpenShadowRoot,
): HTMLInputElement[] {
  const inputs: HTMLInputElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    // Compared by name: `instanceof` fails for nodes of another frame.
    if (element.localName === 'input') {
      inputs.push(element as HTMLInputElement);
    }

    const shadowRoot = readShadowRoot(element);
    if (shadowRoot) {
      inputs.push(...collectInputs(shadowRoot, readShadowRoot));
    }
  }

  return inputs;
}
