/**
 * Group commit: writes that arrive close together are stored in one transaction. A write's
 * promise settles only after the transaction holding it has committed, so the caller can
 * acknowledge it as durable. While one batch is being written the next one gathers; a batch
 * starts as soon as the event loop has taken in what is waiting (no timer delay) and holds at
 * most `maxBatch` writes.
 */
export class GroupCommit<T, R> {
  private queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private writing = false;
  private scheduled = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly write: (batch: T[]) => Promise<R[]>,
    private readonly maxBatch = 1000,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once everything added so far has been written (or has failed). */
  drain(): Promise<void> {
    if (!this.writing && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private schedule() {
    if (this.writing || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush() {
    if (this.writing) return;
    const batch = this.queue.splice(0, this.maxBatch);
    if (batch.length === 0) {
      for (const done of this.idle.splice(0)) done();
      return;
    }
    this.writing = true;
    try {
      const results = await this.write(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(results[i]!));
    } catch (err) {
      for (const b of batch) b.reject(err);
    } finally {
      this.writing = false;
    }
    if (this.queue.length) this.schedule();
    else for (const done of this.idle.splice(0)) done();
  }
}
