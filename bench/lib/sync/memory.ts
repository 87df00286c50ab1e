/** The most memory a process held while `track` ran, sampled every `everyMs` (and once at the end). */
export interface MemoryPeak {
  /** Resident set size before the work started, after modules and the database client loaded. */
  baselineRssMiB: number;
  peakRssMiB: number;
  peakHeapUsedMiB: number;
  samples: number;
}

const MiB = 2 ** 20;

export async function trackMemory<T>(
  work: () => Promise<T>,
  everyMs = 100,
): Promise<{ result: T; memory: MemoryPeak }> {
  const start = process.memoryUsage();
  const memory: MemoryPeak = {
    baselineRssMiB: start.rss / MiB,
    peakRssMiB: start.rss / MiB,
    peakHeapUsedMiB: start.heapUsed / MiB,
    samples: 0,
  };
  const sample = () => {
    const now = process.memoryUsage();
    memory.peakRssMiB = Math.max(memory.peakRssMiB, now.rss / MiB);
    memory.peakHeapUsedMiB = Math.max(memory.peakHeapUsedMiB, now.heapUsed / MiB);
    memory.samples++;
  };
  const timer = setInterval(sample, everyMs);
  try {
    const result = await work();
    sample();
    return { result, memory };
  } finally {
    clearInterval(timer);
  }
}
