const FIRST_USE_EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

/** Resolves at the first pointer, key or focus inside `element` (or on the page, for keys). */
export function untilFirstUse(element: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const used = () => {
      for (const event of FIRST_USE_EVENTS) {
        element.removeEventListener(event, used, true);
        document.removeEventListener('keydown', used, true);
      }
      resolve();
    };
    for (const event of FIRST_USE_EVENTS) element.addEventListener(event, used, true);
    document.addEventListener('keydown', used, true);
  });
}
