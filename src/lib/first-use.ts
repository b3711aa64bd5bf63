const FIRST_USE_EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
type FirstUseEvent = (typeof FIRST_USE_EVENTS)[number];

type Listen = readonly [target: EventTarget, events: readonly string[]];

/**
 * Resolves at the first of the events heard (in the capture phase) that `counts`; then stops
 * listening to all of them.
 */
function untilHeard(
  listens: readonly Listen[],
  counts: (event: Event) => boolean = () => true,
): Promise<void> {
  return new Promise((resolve) => {
    const heard = (event: Event) => {
      if (!counts(event)) return;
      for (const [target, events] of listens)
        for (const name of events) target.removeEventListener(name, heard, true);
      resolve();
    };
    for (const [target, events] of listens)
      for (const name of events) target.addEventListener(name, heard, true);
  });
}

/**
 * Resolves at the first of `events` inside `element` (pointer, key or focus by default), or at
 * the first key pressed anywhere on the page.
 */
export const untilFirstUse = (
  element: HTMLElement,
  events: readonly FirstUseEvent[] = FIRST_USE_EVENTS,
): Promise<void> =>
  untilHeard([
    [element, events],
    [document, ['keydown']],
  ]);

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Resolves when the pointer first comes over one of the controls inside `element` (a link, a
 * button, a field): someone about to use the page, a moment before the click.
 */
export const untilPointerOverControl = (element: HTMLElement): Promise<void> =>
  untilHeard(
    [[element, ['pointerover']]],
    (event) => event.target instanceof Element && event.target.closest(CONTROLS) !== null,
  );
