/**
 * `tenantry ... | head`: when the reader closes the pipe, the rest of the output has nowhere to
 * go. The command is not interrupted (it may be half way through a change): it finishes, and its
 * remaining output is dropped quietly instead of ending in an EPIPE stack trace.
 */
export function toleratePipeClosedByReader(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.write = () => true;
  });
}
