/**
 * jsdom has no matchMedia; antd's responsive helpers (Grid.useBreakpoint) need one.
 * A phone matches no `min-width` query; a desktop matches every one.
 */
export function setViewport(kind: 'phone' | 'desktop'): void {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList => ({
      matches: kind === 'desktop' ? query.includes('min-width') : query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}
