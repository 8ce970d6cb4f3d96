import { describe, expect, it } from "vitest";
import { Waker } from "./worker-pool";

const settled = async (promises: Promise<void>[]) => {
  const done = promises.map(() => false);
  promises.forEach((p, i) => void p.then(() => (done[i] = true)));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
};

describe("Waker", () => {
  it("rouses one waiter per wake, oldest first", async () => {
    const waker = new Waker();
    const waits = [waker.wait(5_000), waker.wait(5_000), waker.wait(5_000)];
    waker.wake();
    expect(await settled(waits)).toEqual([true, false, false]);
    waker.wake();
    expect(await settled(waits)).toEqual([true, true, false]);
    waker.close();
  });

  it("keeps one wake-up for the next waiter when nobody is waiting", async () => {
    const waker = new Waker();
    waker.wake();
    waker.wake();
    const [first, second] = [waker.wait(5_000), waker.wait(5_000)];
    expect(await settled([first, second])).toEqual([true, false]);
    waker.close();
  });

  it("still returns after the timeout, and a timed-out waiter is not woken later", async () => {
    const waker = new Waker();
    await waker.wait(5);
    const next = waker.wait(5_000);
    waker.wake();
    expect(await settled([next])).toEqual([true]);
  });

  it("close rouses everyone and makes later waits return at once", async () => {
    const waker = new Waker();
    const waits = [waker.wait(5_000), waker.wait(5_000)];
    waker.close();
    expect(await settled([...waits, waker.wait(5_000)])).toEqual([true, true, true]);
  });
});
