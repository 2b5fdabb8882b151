import { hash, verify } from '@node-rs/argon2';
import { argon2Options } from '../server/modules/auth/auth.ts';

/** Time to hash and verify one password with Daybook's Argon2id parameters, in milliseconds. */
export async function measureArgon2(iterations = 30): Promise<{ hashP50: number; hashP99: number; verifyP50: number }> {
  const password = 'a typical passphrase of some length';
  const hashTimes: number[] = [];
  const verifyTimes: number[] = [];
  let stored = '';
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    stored = await hash(password, argon2Options);
    hashTimes.push(performance.now() - started);
    const verifyStarted = performance.now();
    await verify(stored, password);
    verifyTimes.push(performance.now() - verifyStarted);
  }
  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
  };
  return { hashP50: quantile(hashTimes, 0.5), hashP99: quantile(hashTimes, 0.99), verifyP50: quantile(verifyTimes, 0.5) };
}
