import { z } from 'zod';
import { method } from './define.ts';
import { Direction, PersonScreening, VehicleScreening } from '../domain/screening.ts';

/** The screens whose half-filled form the station keeps across a reload. */
export const DraftScreen = z.enum(['person', 'vehicle']);
export type DraftScreen = z.infer<typeof DraftScreen>;

/**
 * A person as typed so far, without a temperature: a reading belongs to the one person it was
 * taken for and is consumed; after a reload it is measured again. (zod drops the key.)
 */
const PersonDraft = PersonScreening.omit({ temperature: true });

/** A vehicle as typed so far: the plate may still be empty, no occupant keeps a reading. */
const VehicleDraft = VehicleScreening.extend({
  plate: z.string().trim().max(20),
  occupants: z.array(PersonDraft).max(99),
});

export const FormDraft = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), direction: Direction, person: PersonDraft }),
  z.object({ kind: z.literal('vehicle'), direction: Direction, vehicle: VehicleDraft, typeChosen: z.boolean() }),
]);
export type FormDraft = z.infer<typeof FormDraft>;

/** A draft larger than this as JSON is refused: a form is a few hundred bytes; 99 occupants with codes fit. */
export const MAX_DRAFT_JSON_CHARS = 256 * 1024;

const SaveDraft = z.object({
  screen: DraftScreen,
  /** null: the form is empty again (confirmed, cleared); the station drops what it held. */
  draft: FormDraft.nullable(),
})
  .refine((r) => r.draft === null || r.draft.kind === r.screen, { message: 'the draft is not for this screen', path: ['draft', 'kind'] })
  .refine((r) => JSON.stringify(r.draft).length <= MAX_DRAFT_JSON_CHARS, { message: `a draft is at most ${MAX_DRAFT_JSON_CHARS} characters`, path: ['draft'] });

/**
 * A half-filled form kept in the station's memory (never on disk, never in the browser's
 * storage: it holds personal data) for the signed-in session only, one per screen, so a
 * reload or a renderer crash mid-form does not lose it. Dropped when the session ends.
 */
export const draftMethods = {
  saveDraft: method({ role: 'staff', request: SaveDraft, response: z.object({ ok: z.literal(true) }) }),
  /** The session's draft for this screen, once: taking it removes it (the screen saves again as it is edited). */
  takeDraft: method({ role: 'staff', request: z.object({ screen: DraftScreen }), response: z.object({ draft: FormDraft.nullable() }) }),
};
