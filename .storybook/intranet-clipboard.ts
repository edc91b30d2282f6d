// Storybook hands a play function its `userEvent` only where `navigator.clipboard` exists, and a browser withholds
// the clipboard outside a secure context: a Storybook served over plain HTTP from a hospital's intranet name
// (http://storybook.hospital.lan) would then fail every flow story with "userEvent.click is not a function".
// user-event swaps in its own clipboard stub while a play function runs; this in-memory one only has to be there.
if (typeof navigator !== 'undefined' && !navigator.clipboard) {
  let text = '';
  const events = new EventTarget();
  const clipboard = {
    readText: async () => text,
    writeText: async (next: string) => {
      text = String(next);
    },
    read: async () => [],
    write: async () => undefined,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
}
