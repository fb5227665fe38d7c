/** One extract's source: a table, the selection or a sheet, or "Not used". */
import { Field, Select } from "@fluentui/react-components";
import type { SourceOption } from "../analyse-form";

export const NOT_USED = "";

interface Props {
  readonly label: string;
  readonly options: readonly SourceOption[];
  readonly value: string;
  readonly onChange: (key: string) => void;
  readonly disabled?: boolean;
}

export function SourcePicker({ label, options, value, onChange, disabled }: Props) {
  return (
    <Field label={label}>
      <Select value={value} disabled={disabled} onChange={(_e, data) => onChange(data.value)}>
        <option value={NOT_USED}>Not used</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
