/**
 * Holds a click on one of the site's own links in the prerendered page until the app has taken
 * the page over; the app then follows it itself. Followed by the browser, the link would load
 * the whole page anew, and with it the map and the database that are starting. `onHold` hears
 * of each link held, so that what it opens can start loading before the app is there.
 */
export function holdLinkClicks(root: HTMLElement, onHold: (href: string) => void = () => {}) {
  let held: string | null = null;
  const onClick = (event: MouseEvent) => {
    const plain =
      event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (event.defaultPrevented || !plain) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
    if (link.target && link.target !== '_self') return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin) return;
    // A link within the page (the skip link) needs no app: the browser moves there at once.
    const here = new URL(window.location.href);
    if (url.hash && url.pathname === here.pathname && url.search === here.search) return;
    event.preventDefault();
    held = `${url.pathname}${url.search}${url.hash}`;
    onHold(held);
  };
  root.addEventListener('click', onClick);
  return {
    /** Stops holding; the address of the last link clicked meanwhile, if any. */
    release(): string | null {
      root.removeEventListener('click', onClick);
      return held;
    },
  };
}
