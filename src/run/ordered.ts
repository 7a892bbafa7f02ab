/** Results in input order, at most `inFlight()` jobs running at once (asked again as each starts). */
export async function* ordered<T, R>(items: AsyncIterable<T>, start: (item: T) => Promise<R>, inFlight: () => number): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  for await (const item of items) {
    queue.push(start(item));
    while (queue.length >= inFlight()) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
