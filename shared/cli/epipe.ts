/**
 * `recruitwatch scan … | head`: when the reader closes the pipe, the next write fails with EPIPE. That
 * is the reader saying it has enough, not an error: exit quietly (status 0) instead of printing a stack
 * trace. Any other stream error still surfaces.
 */
export function exitQuietlyOnEpipe(
  streams: readonly NodeJS.WritableStream[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') exit(0);
      else throw err;
    });
  }
}
