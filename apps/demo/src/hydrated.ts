import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * False while the page is static (prerendered HTML, and the hydration that must match it),
 * true once React runs it. Controls that need JavaScript are disabled until then: without
 * JavaScript they could not work, and a click before hydration would be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
