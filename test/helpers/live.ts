import { WebSocket } from 'ws';
import type { TServerMessage } from '../../src/contracts/live.js';

/**
 * A live-protocol client for tests: connects, keeps every frame it receives, and waits for the
 * next frame that matches.
 */
export class LiveClient {
  readonly received: TServerMessage[] = [];
  private waiters: { match: (m: TServerMessage) => boolean; resolve: (m: TServerMessage) => void }[] = [];
  private seen = 0;
  closeCode: number | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data)) as TServerMessage;
      this.received.push(msg);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(msg)) return true;
        w.resolve(msg);
        return false;
      });
    });
    socket.on('close', (code) => {
      this.closeCode = code;
    });
  }

  static async connect(baseUrl: string, headers: Record<string, string> = {}): Promise<LiveClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/live/ws`, { headers });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new LiveClient(socket);
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next frame (not yet returned by `next`) that matches; frames before it are skipped. */
  next<T extends TServerMessage['type']>(
    type: T,
    match: (m: Extract<TServerMessage, { type: T }>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Extract<TServerMessage, { type: T }>> {
    const test = (m: TServerMessage) => m.type === type && match(m as Extract<TServerMessage, { type: T }>);
    for (let i = this.seen; i < this.received.length; i++) {
      if (test(this.received[i]!)) {
        this.seen = i + 1;
        return Promise.resolve(this.received[i] as Extract<TServerMessage, { type: T }>);
      }
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} frame within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        match: test,
        resolve: (m) => {
          clearTimeout(timer);
          this.seen = this.received.indexOf(m) + 1;
          resolve(m as Extract<TServerMessage, { type: T }>);
        },
      });
    });
  }

  /** Resolves when the server has closed the connection. */
  closed(timeoutMs = 5000): Promise<number> {
    if (this.closeCode !== null) return Promise.resolve(this.closeCode);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('still open')), timeoutMs);
      this.socket.once('close', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}
