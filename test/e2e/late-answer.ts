import type { Page } from '@playwright/test';

export interface LateAnswer {
  /** Resolves when the page has asked (and is waiting for the answer). */
  asked: Promise<void>;
  /** Lets the request through to the real station and hands its answer to the page. */
  deliver(): Promise<void>;
}

/** A promise with its resolve function outside. */
function signal(): { promise: Promise<void>; fire(): void } {
  let fire!: () => void;
  const promise = new Promise<void>((resolve) => { fire = resolve; });
  return { promise, fire };
}

/**
 * Makes a slow PC deterministic: the page's next call of `method` through the web bridge is held
 * until the test delivers it. What the person (or the station) does in between is what a
 * loaded machine lets happen before an answer lands. The station answers when the call is
 * delivered, or at once with `answered: 'at-once'` (an answer that was already on its way).
 */
export async function holdNextCall(page: Page, method: string, { answered: when = 'on-delivery' }: { answered?: 'at-once' | 'on-delivery' } = {}): Promise<LateAnswer> {
  const asked = signal();
  const gate = signal();
  const answered = signal();
  await page.route(`**/api/${method}`, async (route) => {
    const early = when === 'at-once' ? await route.fetch() : null;
    asked.fire();
    await gate.promise;
    await route.fulfill({ response: early ?? await route.fetch() });
    answered.fire();
  }, { times: 1 });
  return { asked: asked.promise, deliver: async () => { gate.fire(); await answered.promise; } };
}
