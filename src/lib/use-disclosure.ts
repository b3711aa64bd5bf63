import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A button that shows and hides a panel next to it (a menu of links and settings, not an ARIA
 * menu): Escape closes it and gives focus back to the button; a click or focus outside closes it
 * and leaves focus where the person put it.
 */
export function useDisclosure<T extends HTMLElement = HTMLDivElement>() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<T>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (event.target instanceof Node && !container.current?.contains(event.target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    },
    [open],
  );

  return {
    open,
    close: useCallback(() => setOpen(false), []),
    toggle: useCallback(() => setOpen((value) => !value), []),
    button,
    container,
    onKeyDown,
  };
}
