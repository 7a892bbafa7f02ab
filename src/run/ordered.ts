/** Results in input order, at most `inFlight` jobs running at once. */
export async function* ordered<T, R>(items: AsyncIterable<T>, start: (item: T) => Promise<R>, inFlight: number): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  for await (const item of items) {
    queue.push(start(item));
    if (queue.length >= inFlight) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
