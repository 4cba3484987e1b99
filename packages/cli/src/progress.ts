import type { Io } from './io.js';

/** Inputs smaller than this are read too quickly for a bar to help. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;
const WIDTH = 30;

export interface Progress {
  /** Counts bytes read; redraws when the whole percentage changes (at most 100 redraws, whatever the size). */
  advance(bytes: number): void;
  /** Erases the bar, so that a line printed next starts clean; the next advance draws it again. */
  clear(): void;
}

/** A progress bar on standard error, on a terminal only and for inputs of known, large size; otherwise silent. */
export function progressBar(io: Io, label: string, total: number | undefined): Progress {
  if (!io.isTTY || total === undefined || total < PROGRESS_MIN_BYTES) return { advance: () => {}, clear: () => {} };
  let done = 0;
  let shown = -1;
  let drawn = false;
  const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);
  return {
    advance(bytes) {
      done += bytes;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown && drawn) return;
      shown = percent;
      drawn = true;
      const filled = Math.round((percent / 100) * WIDTH);
      io.err(
        `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ${megabytes(done)}/${megabytes(total)} MB ${label}`,
      );
    },
    clear() {
      if (drawn) io.err('\r\u001b[K');
      drawn = false;
    },
  };
}
