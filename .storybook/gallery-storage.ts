// An "All states" page (packages/react/src/docs/StateGallery.tsx) runs each state story in a frame of its own, and
// the frames of one tab share that tab's sessionStorage. The forms keep a typed draft there so a reload does not lose
// it, so a frame could restore the draft its neighbour had just typed (seen on CI: the Traditional Chinese frame
// showed the previous frame's ID number). Each gallery frame gets a storage of its own instead; a story opened on
// its own keeps the real one.

/** A Storage whose entries are its own enumerable properties, as in the browser's, so `Object.keys` lists them. */
class FrameStorage implements Storage {
  [name: string]: unknown;
  get length(): number {
    return Object.keys(this).length;
  }
  key(index: number): string | null {
    return Object.keys(this)[index] ?? null;
  }
  getItem(key: string): string | null {
    return Object.hasOwn(this, key) ? String(this[key]) : null;
  }
  setItem(key: string, value: string): void {
    this[key] = String(value);
  }
  removeItem(key: string): void {
    delete this[key];
  }
  clear(): void {
    for (const key of Object.keys(this)) {
      delete this[key];
    }
  }
}

function inGallery(): boolean {
  try {
    return Boolean(window.frameElement?.closest('[data-yl-shared-alliance]'));
  } catch {
    return false; // a cross-origin parent is not a gallery
  }
}

if (typeof window !== 'undefined' && inGallery()) {
  Object.defineProperty(window, 'sessionStorage', { value: new FrameStorage(), configurable: true });
}
