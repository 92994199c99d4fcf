/**
 * Registers an element class under a tag, never throwing: a tag that is already
 * taken is left as it is, and a class already registered under another tag is
 * registered again as a subclass.
 */
export function defineOnce(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  if (registry.get(tag)) return;
  try {
    registry.define(tag, element);
  } catch {
    // The class is already registered under another tag: a subclass may take this one.
    try {
      registry.define(tag, class extends (element as typeof HTMLElement) {});
    } catch {
      // An invalid tag name: nothing to register.
    }
  }
}
