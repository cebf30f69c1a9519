/** Records a performance mark, keeping only the newest of that name (read by the bench). */
export function markTime(name: string, detail?: unknown): void {
  performance.clearMarks(name);
  performance.mark(name, { detail });
}

/** Runs `done` once the next frame has been painted (a task queued from requestAnimationFrame). */
export function afterPaint(done: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}
