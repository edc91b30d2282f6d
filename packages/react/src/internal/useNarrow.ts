import type { ForwardedRef } from 'react';
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';

// note: useLayoutEffect warns during server rendering on React 18; the server has no width to measure anyway
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Whether the widget's own box is a phone's width (`max` px or less), measured on the element rather than the
 * viewport, as the stylesheets' container queries do: a widget in a narrow column of a desktop page lays itself out
 * as on a phone. False on the server and until measured.
 * @param forwarded - the caller's ref to the same element, kept working
 * @param max - the widest width that still counts as narrow
 * @example const [ref, narrow] = useNarrow(forwardedRef); return <section ref={ref}>{narrow ? <Strip /> : <Grid />}</section>;
 */
export function useNarrow<TElement extends HTMLElement>(
  forwarded: ForwardedRef<TElement>,
  max = 600,
): [(element: TElement | null) => void, boolean] {
  const [element, setElement] = useState<TElement | null>(null);
  const [narrow, setNarrow] = useState(false);
  const ref = useCallback(
    (node: TElement | null) => {
      setElement(node);
      if (typeof forwarded === 'function') {
        forwarded(node);
      } else if (forwarded) {
        forwarded.current = node;
      }
    },
    [forwarded],
  );
  useIsomorphicLayoutEffect(() => {
    if (!element) {
      return;
    }
    const measure = (width: number) => setNarrow(width > 0 && width <= max);
    // The content box, as a container query measures it (the ResizeObserver's contentRect).
    const style = getComputedStyle(element);
    measure(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    if (typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) {
        measure(entry.contentRect.width);
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, max]);
  return [ref, narrow];
}
