/** A PIN field: digits only (up to 12), hidden, the number pad on touch screens. */
export function PinInput({ name, label, value, onChange, autoFocus }: { name: string; label: string; value: string; onChange(pin: string): void; autoFocus?: boolean }) {
  return (
    <label>{label}
      <input name={name} type="password" inputMode="numeric" autoComplete="off" autoFocus={autoFocus} value={value}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 12))} />
    </label>
  );
}
