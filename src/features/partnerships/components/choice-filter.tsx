/** One directory filter: a select with "all" first, then the allowed values by their label. */
export function ChoiceFilter<T extends string>({
  id,
  label,
  allLabel,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  allLabel: string;
  value: T | null;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T | null) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(choices.find((c) => c.value === e.target.value)?.value ?? null)}
      >
        <option value="">{allLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
