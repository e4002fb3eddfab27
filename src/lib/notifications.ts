// Toasts, from anywhere (mutation hooks, call sites); the shell renders them.
export interface Notification {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'warning' | 'error';
}

let queue: Notification[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function notify(message: string, severity: Notification['severity'] = 'success'): void {
  queue = [...queue, { id: nextId++, message, severity }];
  emit();
}

export function dismissNotification(id: number): void {
  queue = queue.filter((n) => n.id !== id);
  emit();
}

export function getNotifications(): Notification[] {
  return queue;
}

export function subscribeNotifications(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Drops every pending notification (a fresh start, e.g. between tests). */
export function clearNotifications(): void {
  queue = [];
  emit();
}
