import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UsageError } from './io';

/** Where a streamed file has got to, for progress. */
export interface ReadProgress {
  lines: number;
  bytesRead: number;
  totalBytes: number;
}

/**
 * Calls `onLine` for each line of a text file (1-based numbers, a leading BOM removed), streaming
 * so that a file of any size needs memory for one line at a time. Throws {@link UsageError} when
 * the file cannot be opened or read.
 */
export async function forEachLine(
  path: string,
  onLine: (text: string, lineNumber: number) => void,
  onProgress?: (progress: ReadProgress) => void,
): Promise<number> {
  const handle = await openReadable(path);
  const totalBytes = (await handle.stat()).size;
  const stream = handle.createReadStream({ encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  return new Promise<number>((resolve, reject) => {
    stream.on('error', (error) => reject(new UsageError(`cannot read ${path}: ${error.message}`)));
    lines.on('line', (text) => {
      lineNumber += 1;
      try {
        onLine(lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text, lineNumber);
      } catch (error) {
        lines.close();
        reject(error as Error);
        return;
      }
      if (onProgress !== undefined && (lineNumber & 0xffff) === 0) {
        onProgress({ lines: lineNumber, bytesRead: stream.bytesRead, totalBytes });
      }
    });
    lines.on('close', () => resolve(lineNumber));
  });
}

/** Opens a file for reading, turning every failure into a one-line reason. */
export async function openReadable(path: string) {
  try {
    const handle = await open(path, 'r');
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      throw new UsageError(`cannot read ${path}: not a file`);
    }
    return handle;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}
