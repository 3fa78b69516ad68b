import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from '@launchpad/server/kernel/concurrency';

/** A task that runs until `finish` is called, recording when it started. */
function deferredTasks(count: number, started: number[]) {
  return Array.from({ length: count }, (_, index) => {
    let finish!: (value: number) => void;
    let fail!: (error: Error) => void;
    const task = () => {
      started.push(index);
      return new Promise<number>((resolve, reject) => ((finish = resolve), (fail = reject)));
    };
    return { task, finish: () => finish(index), fail: () => fail(new Error(`task ${index} failed`)) };
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('concurrencyLimit', () => {
  it('runs at most the limit at once and the rest in the order they came', async () => {
    const run = concurrencyLimit(2);
    const started: number[] = [];
    const tasks = deferredTasks(5, started);
    const results = tasks.map(({ task }) => run(task));
    await settle();
    expect(started).toEqual([0, 1]);
    tasks[1]!.finish();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    tasks[0]!.finish();
    tasks[2]!.finish();
    await settle();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    tasks[3]!.finish();
    tasks[4]!.finish();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
  });

  it("gives a failed task's slot to the next one and passes the failure on", async () => {
    const run = concurrencyLimit(1);
    const started: number[] = [];
    const [first, second] = deferredTasks(2, started);
    const failed = run(first!.task);
    const next = run(second!.task);
    await settle();
    expect(started).toEqual([0]);
    first!.fail();
    await expect(failed).rejects.toThrow('task 0 failed');
    await settle();
    expect(started).toEqual([0, 1]);
    second!.finish();
    expect(await next).toBe(1);
  });
});
