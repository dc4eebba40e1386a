import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

describe('output into a pipe that closes early', () => {
  it('stops quietly when the reader has gone away (`ub2030 status | true`)', () => {
    // `true` exits at once, so the pipe is closed before ub2030 writes: the write fails with EPIPE.
    const script = `"${process.execPath}" "${BIN}" status --as-of 2026-12-01 | true; echo done`;
    const run = spawnSync('sh', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('done\n');
  });
});
