/**
 * `work`, or a rejection once `ms` have passed, whichever comes first; the timer never outlives the race.
 * One promise settled by whichever comes first (Promise.race, its timeout promise and a finally made three a call).
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
