/**
 * How much a scan worker may hold, and so how large a message the scan may hand it. Measured with the
 * bundled CLI's worker on generated messages: one of N MB made of short header fields (the costliest
 * shape tried: many small parsed objects) needed a heap of about 8 to 10 times N (20 MB: more than 128 MB,
 * 50 MB: more than 384 MB; 102 MB fitted in 1 GB, 120 MB did not); a long body or one long field needs
 * far less. A message past what the heap holds kills the worker at best, and can abort the whole process.
 */

/** Heap of one worker at most: far above a 50 MB message's diagnosis, well below a machine's memory. */
export const WORKER_HEAP_MB = 1024;

/** Heap bytes per byte of message, in the costliest shape measured, rounded up. */
export const HEAP_PER_MESSAGE_BYTE = 10;

/** The largest `--max-size` the scan accepts: a message of this size fits a worker's heap. */
export const SCAN_MAX_SIZE_MB = Math.floor(WORKER_HEAP_MB / HEAP_PER_MESSAGE_BYTE);
