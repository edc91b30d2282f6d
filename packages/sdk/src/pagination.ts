/**
 * One page of a list: its items and the cursor of the next page (`null` on the last page).
 * @example const page: Page<Referral> = await client.referrals.list({ limit: 50 }).page();
 */
export interface Page<TItem> {
  items: TItem[];
  nextCursor: string | null;
}

/**
 * The items `toArray` collected. `truncated` is true when it stopped at its cap and items were left out: read on
 * with `pages()` or narrow the filters. It is not enumerable, so the array compares, spreads and serializes as a
 * plain one.
 * @example
 * const referrals = await client.referrals.list({ status: ['submitted'] }).toArray(500);
 * if (referrals.truncated) { showNotice('Showing the first 500'); }
 */
export interface ItemArray<TItem> extends Array<TItem> {
  /** Whether items were left out because the cap was reached. */
  readonly truncated: boolean;
}

/**
 * A list read lazily, page by page. Iterate it for the items (`for await (const r of list)`), call `pages()` for
 * whole pages, or `page(cursor)` to fetch one page, e.g. to keep the cursor in a URL of your own.
 * Nothing is fetched until you iterate or ask for a page.
 * @example
 * for await (const referral of client.referrals.list({ status: ['submitted'] })) {
 *   console.log(referral.number);
 * }
 */
export interface PageIterator<TItem> extends AsyncIterable<TItem> {
  /**
   * Fetches one page.
   * @param cursor - the `nextCursor` of the previous page; the first page when absent
   * @example const { items, nextCursor } = await list.page();
   */
  page(cursor?: string): Promise<Page<TItem>>;
  /**
   * Iterates whole pages, from the first (or from `cursor`) to the last.
   * @param cursor - where to start
   * @example for await (const page of list.pages()) { render(page.items); }
   */
  pages(cursor?: string): AsyncGenerator<Page<TItem>, void, undefined>;
  /**
   * Collects the items into an array, stopping after `max` items (like stripe-node's `autoPagingToArray({ limit })`),
   * and says whether it left items out: `truncated` on the array. Knowing costs nothing when the cap falls inside a
   * page and one more page fetch when it falls on a page's end.
   * @param max - the most items to collect; 1000 by default, so a mistaken unbounded read stays bounded
   * @example
   * const first100 = await list.toArray(100);
   * if (first100.truncated) { offerMore(); }
   */
  toArray(max?: number): Promise<ItemArray<TItem>>;
}

/**
 * Makes a `PageIterator` from a function that fetches one page.
 * @param fetchPage - fetches the page at a cursor
 * @param isLast - whether a page is the last one; `nextCursor === null` by default
 * @example paginate((cursor) => fetchReferrals(cursor))
 * @internal
 */
export function paginate<TItem>(
  fetchPage: (cursor: string | undefined) => Promise<Page<TItem>>,
  isLast: (page: Page<TItem>) => boolean = (page) => page.nextCursor === null,
): PageIterator<TItem> {
  async function* pages(cursor?: string): AsyncGenerator<Page<TItem>, void, undefined> {
    for (;;) {
      const page = await fetchPage(cursor);
      yield page;
      if (isLast(page) || page.nextCursor === null) {
        return;
      }
      cursor = page.nextCursor;
    }
  }
  async function* items(): AsyncGenerator<TItem, void, undefined> {
    for await (const page of pages()) {
      yield* page.items;
    }
  }
  return {
    page: (cursor) => fetchPage(cursor),
    pages,
    [Symbol.asyncIterator]: items,
    async toArray(max = 1000) {
      const collected: TItem[] = [];
      let truncated = false;
      // Stop at the first item beyond the cap: the only proof that the cap left something out.
      for await (const item of items()) {
        if (collected.length >= max) {
          truncated = true;
          break;
        }
        collected.push(item);
      }
      return Object.defineProperty(collected, 'truncated', { value: truncated }) as ItemArray<TItem>;
    },
  };
}
