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
