/**
 * Counting every segment that really contains a query, as Ctrl-F counts a page. Pagefind's list
 * of candidates is a superset (Chinese pairs need not be in a row; a word it cannot find is
 * retried as a shorter prefix), so each candidate's texts are checked (query.ts, matchLanguage).
 * Pure and dependency-free (erasable TypeScript).
 */

/**
 * How many of `items` pass `test`, with at most `concurrency` tests under way at once (each test
 * is a request for a result's texts: a few at a time keep the page responsive). Stops early, with
 * `undefined`, once `cancelled()` says so (the reader has started another search).
 */
export async function countWhere<T>(
  items: readonly T[],
  test: (item: T) => Promise<boolean>,
  concurrency: number,
  cancelled: () => boolean = () => false,
): Promise<number | undefined> {
  let next = 0;
  let count = 0;
  const worker = async () => {
    while (next < items.length && !cancelled()) {
      const item = items[next++]!;
      if (await test(item)) count++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return cancelled() ? undefined : count;
}
