type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isField = (target: EventTarget | null): target is Field =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement;

const nativeValueSetter = (field: Field) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;

// React marks each node it has hydrated with its props under this prefix. A field inside a
// Suspense boundary (every route's content) is hydrated after the rest of the page, and an event
// before that would make React take the typed text for the rendered one.
const hydrated = (node: Node) => Object.keys(node).some((key) => key.startsWith('__reactProps$'));

function whenHydrated(field: Field, then: () => void, never: () => void, framesLeft = 300) {
  if (!field.isConnected || framesLeft === 0) never();
  else if (hydrated(field)) then();
  else requestAnimationFrame(() => whenHydrated(field, then, never, framesLeft - 1));
}

function handOver(field: Field, value: string) {
  if (field instanceof HTMLSelectElement) {
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  // React remembers the value it last saw through the field's own setter; stepping off the typed
  // value that way and back onto it past that setter makes it a change React sees.
  field.value = value === '' ? ' ' : '';
  nativeValueSetter(field)?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Notes what someone types or chooses in the prerendered page before the app has taken it over,
 * and hands it to the app afterwards: hydration keeps the page's nodes, but the app's state
 * still holds the rendered values, and its next render would put those back. After `replay`
 * (call it in hydration's commit) each field that was used gets its latest value again once
 * React has hydrated it, as an event the app sees as a change; keys pressed meanwhile count.
 * The start page has text fields and selects, no check boxes.
 */
export function watchTypedInput(root: HTMLElement) {
  const typed = new Map<Field, string>();
  const waiting = new Set<Field>();
  let replaying = false;
  const stop = () => {
    root.removeEventListener('input', note, true);
    root.removeEventListener('change', note, true);
  };
  const settle = (field: Field) => {
    waiting.delete(field);
    if (waiting.size === 0) stop();
  };
  const handOverWhenHydrated = (field: Field) => {
    if (waiting.has(field)) return;
    waiting.add(field);
    whenHydrated(
      field,
      () => {
        settle(field);
        handOver(field, typed.get(field) ?? field.value);
      },
      () => settle(field),
    );
  };
  function note(event: Event) {
    if (!isField(event.target)) return;
    typed.set(event.target, event.target.value);
    if (replaying) handOverWhenHydrated(event.target);
  }
  root.addEventListener('input', note, true);
  root.addEventListener('change', note, true);
  return {
    /** Stops watching (the page is rendered anew instead of hydrated). */
    stop,
    replay() {
      replaying = true;
      if (typed.size === 0) stop();
      for (const field of typed.keys()) handOverWhenHydrated(field);
    },
  };
}
