interface Props<T extends string> {
  label: string;
  options: readonly T[];
  value: T | null | undefined;
  onChange(value: T): void;
  labelOf(value: T): string;
  className: string;
  /** Extra class per option (e.g. its colour). */
  optionClass?: (value: T) => string;
}

/** One choice out of a few, as large buttons (a radio group for keyboard and screen readers). */
export function ChoiceButtons<T extends string>({ label, options, value, onChange, labelOf, className, optionClass }: Props<T>) {
  return (
    <div role="radiogroup" aria-label={label} className={className}>
      {options.map((option) => (
        <button key={option} type="button" role="radio" aria-checked={value === option}
          className={`${optionClass?.(option) ?? ''} ${value === option ? 'chosen' : ''}`} onClick={() => onChange(option)}>
          {labelOf(option)}
        </button>
      ))}
    </div>
  );
}
