import { IdbFs } from '@electric-sql/pglite';

/**
 * PGlite's IndexedDB storage, holding its writes back until `release()`.
 *
 * A database just created from the data directory is only in memory: PGlite's first sync then
 * writes every file (~10 MB) to IndexedDB, which kept the worker busy ~0.5 s right when the page
 * asked its first questions. Held, those are answered first. Nothing is lost meanwhile: until a
 * write, what is in memory is the data directory, which the next visit can load again; a write
 * asks for a flush, which releases.
 */
export class HeldIdbFs extends IdbFs {
  #held = true;
  #missed = false;

  override async syncToFs(relaxedDurability?: boolean): Promise<void> {
    if (this.#held) {
      this.#missed = true;
      return;
    }
    await super.syncToFs(relaxedDurability);
  }

  /** Stops holding; writes what was held back, if anything. */
  async release(): Promise<void> {
    if (!this.#held) return;
    this.#held = false;
    if (this.#missed) await super.syncToFs();
  }
}
