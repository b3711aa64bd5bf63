const FIRST_USE_EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
type FirstUseEvent = (typeof FIRST_USE_EVENTS)[number];

/**
 * Resolves at the first of `events` inside `element` (pointer, key or focus by default), or at
 * the first key pressed anywhere on the page.
 */
export function untilFirstUse(
  element: HTMLElement,
  events: readonly FirstUseEvent[] = FIRST_USE_EVENTS,
): Promise<void> {
  return new Promise((resolve) => {
    const used = () => {
      for (const event of events) element.removeEventListener(event, used, true);
      document.removeEventListener('keydown', used, true);
      resolve();
    };
    for (const event of events) element.addEventListener(event, used, true);
    document.addEventListener('keydown', used, true);
  });
}

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Resolves when the pointer first comes over one of the controls inside `element` (a link, a
 * button, a field): someone about to use the page, a moment before the click.
 */
export function untilPointerOverControl(element: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const over = (event: PointerEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest(CONTROLS)) return;
      element.removeEventListener('pointerover', over, true);
      resolve();
    };
    element.addEventListener('pointerover', over, true);
  });
}
