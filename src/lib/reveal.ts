/** Whether the person asked their system for less motion. */
export const prefersReducedMotion = () =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Gives focus to what an action brought up (a heading, a message) and scrolls it into view:
 * smoothly unless less motion is asked for, or at once with `smooth: false`.
 */
export function focusAndReveal(
  target: HTMLElement | null | undefined,
  { block = 'nearest', smooth = true }: { block?: ScrollLogicalPosition; smooth?: boolean } = {},
) {
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block, behavior: smooth && !prefersReducedMotion() ? 'smooth' : 'auto' });
}
