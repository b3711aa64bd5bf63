import { useCallback, useEffect, useRef } from 'react';
import { focusAndReveal } from './reveal';

/**
 * Focus for a panel that opens in the page (no dialog): when `openKey` changes to a new value
 * and the panel's heading is there (`ready`), the heading gets focus and is scrolled into view;
 * `returnFocus` gives focus back to what had it before (the list item or button that opened the
 * panel), or to the main content when that is gone.
 */
export function usePanelFocus<T extends HTMLElement>(openKey: string | null, ready: boolean) {
  const heading = useRef<T>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!openKey || !ready) return;
    const target = heading.current;
    if (!target) return;
    const active = document.activeElement;
    const panel = target.closest('section');
    if (active instanceof HTMLElement && active !== document.body && !panel?.contains(active))
      opener.current = active;
    // At once, like the browser's own focus scroll: a smooth scroll is cut short when the panel's
    // content moves while it runs (data arriving), leaving the heading out of view.
    focusAndReveal(target, { smooth: false });
  }, [openKey, ready]);

  const returnFocus = useCallback(() => {
    const target = opener.current?.isConnected ? opener.current : document.getElementById('main');
    opener.current = null;
    target?.focus();
  }, []);

  return { heading, returnFocus };
}
