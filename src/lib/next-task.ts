/**
 * Resolves in a new task of the event loop, so that the browser may paint and handle input,
 * network answers and loaded scripts in between (a message, as React's scheduler does: unlike a
 * timer it is not held back in a background tab).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
