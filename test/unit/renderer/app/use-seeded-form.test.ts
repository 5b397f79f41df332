import { describe, expect, it } from 'vitest';
import { formSteps, type FormState } from '../../../../renderer/app/use-seeded-form.ts';

interface Limits { backupsToKeep: number; maxShiftHours: number; note: { text: string } }
const station: Limits = { backupsToKeep: 7, maxShiftHours: 12, note: { text: 'a' } };
const empty: FormState<Limits> = { server: null, edits: {} };

describe('a form seeded from the station, edited by a person', () => {
  it('shows nothing until the station answers, then the station’s copy', () => {
    expect(formSteps.shown(empty)).toBeNull();
    expect(formSteps.shown(formSteps.seed(empty, station))).toEqual(station);
  });

  it('keeps what the person typed when a refresh lands later, and takes the untouched fields from it', () => {
    const typed = formSteps.edit(formSteps.seed(empty, station), { maxShiftHours: 8 });
    const refreshed = formSteps.seed(typed, { ...station, backupsToKeep: 9 });
    expect(formSteps.shown(refreshed)).toEqual({ ...station, backupsToKeep: 9, maxShiftHours: 8 });
  });

  it('does not count a field given its current value as an edit (a whole-object change names one field)', () => {
    const loaded = formSteps.seed(empty, station);
    const changed = formSteps.edit(loaded, { ...station, maxShiftHours: 8 });
    expect(changed.edits).toEqual({ maxShiftHours: 8 });
  });

  it('after a save, drops the edits the station stored and keeps the ones made since', () => {
    const typed = formSteps.edit(formSteps.seed(empty, station), { maxShiftHours: 8 });
    const sent = formSteps.shown(typed)!;
    const typedMore = formSteps.edit(typed, { backupsToKeep: 3 });
    const stored = { ...station, maxShiftHours: 8 };
    const after = formSteps.saved(typedMore, sent, stored);
    expect(after.edits).toEqual({ backupsToKeep: 3 });
    // The station's later copy no longer hides the saved field behind an edit.
    expect(formSteps.shown(formSteps.seed(after, { ...stored, maxShiftHours: 10 }))).toEqual({ ...stored, maxShiftHours: 10, backupsToKeep: 3 });
  });

  it('keeps a field changed again during the save, even back to what was there before', () => {
    const typed = formSteps.edit(formSteps.seed(empty, station), { maxShiftHours: 8 });
    const sent = formSteps.shown(typed)!;
    const changedBack = formSteps.edit(typed, { maxShiftHours: 12 });
    const after = formSteps.saved(changedBack, sent, { ...station, maxShiftHours: 8 });
    expect(formSteps.shown(after)!.maxShiftHours).toBe(12);
  });

  it('compares nested values by identity: a new object from the person is an edit, the same one is not', () => {
    const loaded = formSteps.seed(empty, station);
    expect(formSteps.edit(loaded, { note: station.note }).edits).toEqual({});
    expect(formSteps.edit(loaded, { note: { text: 'a' } }).edits).toEqual({ note: { text: 'a' } });
  });
});
