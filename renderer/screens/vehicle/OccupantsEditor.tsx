import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonScreening } from '../../../shared/domain/screening.ts';
import type { RuleContext } from '../../../shared/rules/settings.ts';
import { emptyPerson, missingUnder } from '../screening/draft.ts';
import { PersonFields } from '../screening/PersonFields.tsx';
import { useThermometerFeed } from '../../thermometer/use-thermometer.ts';

interface Props {
  occupants: PersonScreening[];
  onChange(occupants: PersonScreening[]): void;
  ctx: RuleContext;
  today: string;
  missing: readonly string[];
  /** At the barrier: the live thermometer fills the selected occupant's temperature. */
  live?: boolean;
  /** Told which occupant is on screen, so a card read can fill that one. */
  onSelect?(index: number): void;
}

/** Everyone in a vehicle that is let through, one tab each, each a full person screening. */
export function OccupantsEditor({ occupants, onChange, ctx, today, missing, live = false, onSelect }: Props) {
  const { t } = useTranslation('screening');
  const [current, setCurrent] = useState(0);
  const thermometer = useThermometerFeed();
  // Another occupant in front of the thermometer: the reading on show was the last one's.
  const select = (i: number) => { if (i !== current) thermometer.consume(); setCurrent(i); };
  const index = Math.min(current, occupants.length - 1);
  const person = occupants[index];
  useEffect(() => { onSelect?.(Math.max(index, 0)); }, [index, onSelect]);

  return (
    <section className="occupants" aria-label={t('vehicle.occupants')}>
      <div className="occupant-tabs" role="tablist">
        {occupants.map((o, i) => (
          <button key={i} type="button" role="tab" aria-selected={i === index}
            className={`${i === index ? 'chosen' : ''} ${missingUnder(missing, `occupants.${i}.`).length ? 'incomplete' : ''}`} onClick={() => select(i)}>
            {t('vehicle.occupantN', { n: i + 1 })}
            {/* Each occupant's own reading, at a glance. */}
            {o.temperature && <small className="tab-temperature"> {o.temperature.celsius.toFixed(1)}°</small>}
          </button>
        ))}
        <button type="button" className="small" onClick={() => { onChange([...occupants, emptyPerson()]); select(occupants.length); }}>
          {t('vehicle.addOccupant')}
        </button>
        {occupants.length > 1 && (
          <button type="button" className="small" onClick={() => { onChange(occupants.filter((_, i) => i !== index)); select(Math.max(0, index - 1)); }}>
            {t('vehicle.removeOccupant', { n: index + 1 })}
          </button>
        )}
      </div>
      {person && (
        <PersonFields key={index} live={live} person={person} ctx={ctx} today={today} missing={missingUnder(missing, `occupants.${index}.`)}
          onChange={(p) => onChange(occupants.map((o, i) => (i === index ? p : o)))} />
      )}
    </section>
  );
}
