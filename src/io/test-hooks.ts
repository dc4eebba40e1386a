/**
 * A pause for the crash tests: with `UB2030_TEST_PAUSE=<step>` a writing command stops at that
 * step (the first time it gets there), says so on stderr and waits for SIGUSR2 (to go on) or to be
 * killed. Without the variable this does nothing.
 */
const passed = new Set<string>();

export async function pauseFor(step: string): Promise<void> {
  if (process.env.UB2030_TEST_PAUSE !== step || passed.has(step)) return;
  passed.add(step);
  process.stderr.write(`[test] paused at ${step}\n`);
  await new Promise<void>((resolve) => {
    const alive = setInterval(() => undefined, 1000);
    process.once('SIGUSR2', () => {
      clearInterval(alive);
      resolve();
    });
  });
}
