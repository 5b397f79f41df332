/**
 * The latest instant at or before `now` whose wall clock, at the station's offset, reads
 * `hhmm` ('HH:mm'): a time a staff member types for something that already happened. Typed
 * at 00:10, '23:50' is ten minutes to midnight yesterday, not 23:40 from now.
 */
export function instantAtOrBefore(hhmm: string, now: Date, utcOffsetMin: number): Date | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) return null;
  const wallNow = now.getTime() + utcOffsetMin * 60_000;
  const dayStart = wallNow - (((wallNow % 86_400_000) + 86_400_000) % 86_400_000);
  let wall = dayStart + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  if (wall > wallNow) wall -= 86_400_000;
  return new Date(wall - utcOffsetMin * 60_000);
}
