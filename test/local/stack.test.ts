/** The local stack's own files: memory mode leaves nothing behind, a data folder is kept. */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestStack, tempDataDir } from '#test/helpers/local-stack.ts';

describe('the local stack on stop', { timeout: 60_000 }, () => {
  it('deletes the temporary alert-log folder of a memory run', async () => {
    const stack = await startTestStack();
    const folder = dirname(stack.alertLog);
    expect(folder.startsWith(tmpdir())).toBe(true);
    expect(existsSync(folder)).toBe(true);
    await stack.stop();
    expect(existsSync(folder)).toBe(false);
  });

  it('keeps a data folder and what is in it', async () => {
    const data = tempDataDir();
    try {
      const stack = await startTestStack({ dataDir: data.dir });
      expect(dirname(stack.alertLog)).toBe(data.dir);
      await stack.stop();
      expect(readdirSync(data.dir)).toEqual(expect.arrayContaining(['dynamo', 'sqs']));
    } finally {
      data.remove();
    }
  });
});
