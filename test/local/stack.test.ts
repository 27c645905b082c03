/** The local stack's own files: memory mode leaves nothing behind, a data folder is kept and owned by one stack. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EndpointStartError } from '#shared/local/errors.ts';
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

  it('refuses a second stack on a data folder in use, naming it, and frees it on stop', async () => {
    const data = tempDataDir();
    try {
      const first = await startTestStack({ dataDir: data.dir });
      const second = startTestStack({ dataDir: data.dir });
      await expect(second).rejects.toBeInstanceOf(EndpointStartError);
      await expect(second).rejects.toThrow(`data folder ${data.dir} is in use by another npm start`);
      // the refused start harmed nothing: the first stack still answers
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
      await first.stop();
      expect(existsSync(join(data.dir, 'lock'))).toBe(false);
      const again = await startTestStack({ dataDir: data.dir });
      await again.stop();
    } finally {
      data.remove();
    }
  });

  it('takes over the lock of a run that was killed', async () => {
    const data = tempDataDir();
    try {
      const gone = spawnSync(process.execPath, ['-e', '0']).pid;
      writeFileSync(join(data.dir, 'lock'), String(gone));
      const stack = await startTestStack({ dataDir: data.dir });
      await stack.stop();
    } finally {
      data.remove();
    }
  });
});
