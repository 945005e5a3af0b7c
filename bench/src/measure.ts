import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function summarize(samplesMs: number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

/** Runs `operation` one at a time: warm-up rounds first, then the measured ones. */
export async function latency(operation: (i: number) => Promise<unknown>, rounds: number, warmup = 30): Promise<LatencySummary> {
  for (let i = 0; i < warmup; i++) await operation(i);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await operation(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/** `concurrency` callers in a closed loop for `seconds`; bounded in time and count. */
export async function throughput(operation: (i: number) => Promise<unknown>, concurrency: number, seconds: number): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && done < 1_000_000) {
        await operation(done);
        done++;
      }
    }),
  );
  return done / seconds;
}
