import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

describe('group commit', () => {
  it('writes what arrives together in one batch and settles each write after its batch', async () => {
    const batches: number[][] = [];
    const gc = new GroupCommit<number, number>(async (batch) => {
      batches.push(batch);
      await new Promise((r) => setTimeout(r, 5));
      return batch.map((n) => n * 10);
    }, 3);
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => gc.add(n)));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    // Writes that arrive while a batch is being written wait for the next one.
    const first = gc.add(6);
    await new Promise((r) => setImmediate(r));
    const second = [gc.add(7), gc.add(8)];
    expect(await Promise.all([first, ...second])).toEqual([60, 70, 80]);
    expect(batches.slice(2)).toEqual([[6], [7, 8]]);
  });

  it('rejects every write of a failed batch and goes on with the next', async () => {
    let fail = true;
    const gc = new GroupCommit<string, string>(async (batch) => {
      if (fail) throw new Error('disk full');
      return batch;
    });
    const failed = await Promise.allSettled([gc.add('a'), gc.add('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await gc.add('c')).toBe('c');
    await gc.drain();
  });
});
