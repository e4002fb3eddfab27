// Toasts, from anywhere (mutation hooks, call sites); the shell renders them.
//
// They show at once, as a short stack, rather than one after another: a queue made the third
// toast of a quick series arrive ten seconds after its change. Each toast hides on its own
// timer; the stack never holds more than MAX_SHOWN, so a burst pushes out the oldest.
export interface Notification {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'warning' | 'error';
}

/** The most toasts on screen at once. */
export const MAX_SHOWN = 3;

let shown: Notification[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function notify(message: string, severity: Notification['severity'] = 'success'): void {
  // The same message again (a second click, a retry) replaces the old one and restarts its timer.
  const others = shown.filter((n) => n.message !== message || n.severity !== severity);
  shown = [...others, { id: nextId++, message, severity }].slice(-MAX_SHOWN);
  emit();
}

export function dismissNotification(id: number): void {
  shown = shown.filter((n) => n.id !== id);
  emit();
}

/** The toasts on screen, oldest first. */
export function getNotifications(): Notification[] {
  return shown;
}

export function subscribeNotifications(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Drops every notification (a fresh start, e.g. between tests). */
export function clearNotifications(): void {
  shown = [];
  emit();
}
