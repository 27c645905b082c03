/**
 * One `npm start` per data folder. dynalite's store and fauxqs' files belong to one process: a second
 * stack on the same folder would die inside dynalite ("Database is closed") without naming the folder.
 * The lock is a file holding the owner's pid, created exclusively; a lock whose process is gone (a
 * killed run) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EndpointStartError } from '#shared/local/errors.ts';

const LOCK_FILE = 'lock';

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the data folder for this process; returns its release. Throws EndpointStartError when it is in use. */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(owner) && owner > 0 && running(owner)) {
      throw new EndpointStartError(
        `data folder ${dir} is in use by another npm start (pid ${owner}): stop it, or use --data DIR or --memory`,
      );
    }
    rmSync(file, { force: true }); // left by a run that was killed
  }
  throw new EndpointStartError(`data folder ${dir}: could not take its lock file`);
}
