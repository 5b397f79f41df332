import type { DraftScreen, FormDraft } from '../../shared/api/drafts.ts';

/**
 * Half-filled forms, in memory only and by shift (one signed-in session): at most one per
 * screen, handed back once to the same shift, and dropped when the shift ends. Never written
 * to disk: a draft holds a person's name, ID number and phone before any record exists.
 */
export class FormDrafts {
  readonly #byShift = new Map<number, Map<DraftScreen, FormDraft>>();

  /** Keeps the form (replacing the screen's earlier one), or drops it when the form is empty again. */
  save(shiftId: number, screen: DraftScreen, draft: FormDraft | null): void {
    const drafts = this.#byShift.get(shiftId) ?? new Map<DraftScreen, FormDraft>();
    if (draft) drafts.set(screen, draft);
    else drafts.delete(screen);
    if (drafts.size) this.#byShift.set(shiftId, drafts);
    else this.#byShift.delete(shiftId);
  }

  /** The shift's draft for this screen, once. */
  take(shiftId: number, screen: DraftScreen): FormDraft | null {
    const draft = this.#byShift.get(shiftId)?.get(screen) ?? null;
    if (draft) this.save(shiftId, screen, null);
    return draft;
  }

  /** Signed out: the shift's drafts go at once. */
  dropShift(shiftId: number): void {
    this.#byShift.delete(shiftId);
  }

  /** Shifts that ended another way (expired, PIN reset, deactivated) lose their drafts too. */
  keepOnly(openShiftIds: ReadonlySet<number>): void {
    for (const shiftId of this.#byShift.keys()) if (!openShiftIds.has(shiftId)) this.#byShift.delete(shiftId);
  }

  /** How many drafts are held, all sessions together. */
  get size(): number {
    let n = 0;
    for (const drafts of this.#byShift.values()) n += drafts.size;
    return n;
  }
}
