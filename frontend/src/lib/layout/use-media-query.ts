import { useSyncExternalStore } from 'react';

/** The widths antd's grid names (Grid.useBreakpoint): md is a tablet, lg a desktop, xl a wide one. */
export const BREAKPOINTS = { md: 768, lg: 992, xl: 1200 } as const;

function subscribeTo(query: string) {
  return (onChange: () => void) => {
    if (typeof window.matchMedia !== 'function') {
      return () => undefined;
    }
    const list = window.matchMedia(query);
    list.addEventListener?.('change', onChange);
    return () => list.removeEventListener?.('change', onChange);
  };
}

/**
 * Whether the window is at least `breakpoint` wide, as antd's Grid.useBreakpoint would say,
 * without loading antd (the first screen's shell: budget, README). No matchMedia (jsdom): false.
 */
export function useAtLeast(breakpoint: keyof typeof BREAKPOINTS): boolean {
  const query = `(min-width: ${BREAKPOINTS[breakpoint]}px)`;
  return useSyncExternalStore(subscribeTo(query), () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false,
  );
}
