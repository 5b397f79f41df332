interface Props<T extends string> {
  label: string;
  options: readonly T[];
  chosen: readonly T[];
  onChange(chosen: T[]): void;
  labelOf(value: T): string;
}

/** Several of a few, as large toggle buttons (aria-pressed), in the options' order. */
export function ToggleSet<T extends string>({ label, options, chosen, onChange, labelOf }: Props<T>) {
  return (
    <div className="toggle-set" role="group" aria-label={label}>
      {options.map((option) => {
        const on = chosen.includes(option);
        return (
          <button key={option} type="button" aria-pressed={on} className={on ? 'chosen' : ''}
            onClick={() => onChange(options.filter((o) => (o === option ? !on : chosen.includes(o))))}>
            {labelOf(option)}
          </button>
        );
      })}
    </div>
  );
}
