import { IdbFs } from '@electric-sql/pglite';

/**
 * PGlite's IndexedDB storage, holding its writes back until the first `flush()`.
 *
 * A database just created from the data directory is only in memory: PGlite's first sync then
 * writes every file (~10 MB) to IndexedDB, which kept the worker busy ~0.5 s right when the page
 * asked its first questions. Held, those are answered first. Nothing is lost meanwhile: until a
 * write, what is in memory is the data directory, which the next visit can load again; a write
 * asks for a flush.
 */
export class HeldIdbFs extends IdbFs {
  #held = true;

  get held(): boolean {
    return this.#held;
  }

  override async syncToFs(relaxedDurability?: boolean): Promise<void> {
    if (!this.#held) await super.syncToFs(relaxedDurability);
  }

  /** Stops holding; resolves once IndexedDB has everything. */
  async flush(): Promise<void> {
    this.#held = false;
    await super.syncToFs();
  }
}
