import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningPayload, StationEvent } from '../../../shared/domain/event.ts';
import type { IncidentCategory } from '../../../shared/incident/incident.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';

/** What a result must be reported as at once: a fever first, then a red code; null for nothing. */
export function incidentCategoryOf(payload: ScreeningPayload): IncidentCategory | null {
  if (payload.verdict.reasons.some((r) => r === 'fever' || r === 'occupant-fever')) return 'fever';
  const s = payload.screening;
  const people = s.kind === 'person' ? [s.person] : s.vehicle.occupants;
  return people.some((p) => p.healthCode?.colour === 'red') ? 'red-code' : null;
}

/**
 * On a fever or red-code result: one tap reports it (the station writes the facts from the
 * record) and opens the immediate-report screen, where the sheet prints.
 */
export function ReportNowButton({ event, onDone }: { event: StationEvent; onDone(): void }) {
  const { t } = useTranslation('transfers');
  const { client } = useStation();
  const [busy, setBusy] = useState(false);
  const [error, showError] = useApiError();
  const category = incidentCategoryOf(event.payload as ScreeningPayload);
  if (!category) return null;

  async function report() {
    setBusy(true);
    try {
      await client.call('reportIncident', { category: category!, sourceEventId: event.id });
      window.location.hash = '#/incidents';
      onDone();
    } catch (err) { showError(err); setBusy(false); }
  }

  return (
    <div className="report-now" onClick={(e) => e.stopPropagation()}>
      <button type="button" className="report-now-button" data-testid="report-now" disabled={busy} onClick={() => void report()}>{t('reportNow')}</button>
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
