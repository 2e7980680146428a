import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/**
 * React Query assumes it is online until an `offline` event says otherwise; an app opened (or
 * reloaded) without network would then try every request first. Start from what the browser
 * knows; the events keep it current afterwards.
 */
export function startFromBrowserOnlineStatus(): void {
  if (typeof navigator !== 'undefined' && typeof navigator.onLine === 'boolean') {
    onlineManager.setOnline(navigator.onLine);
  }
}

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/** Whether the device has a network, as React Query sees it (the same answer as its queries). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, isOnline);
}
