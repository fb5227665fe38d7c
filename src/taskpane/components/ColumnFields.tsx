/**
 * One drop-down per field of an extract, listing its headers; the automatic match comes preselected, and a
 * required field without one says why (no header like it, or two).
 */
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { fieldsOf, isRequired, type ExtractKind } from "../../wres/extract-kinds";
import type { ExtractField } from "../../wres/extract-kinds";
import { fieldLabel, unmatchedMessage, type ColumnChoice } from "../analyse-form";

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalM}`, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const NONE = "";

interface Props {
  readonly kind: ExtractKind;
  readonly title: string;
  readonly headers: readonly string[];
  readonly choice: ColumnChoice;
  /** Fields whose header appears in several columns, with those columns. */
  readonly ambiguous: Readonly<Partial<Record<ExtractField, readonly number[]>>>;
  readonly onChange: (choice: ColumnChoice) => void;
  readonly disabled?: boolean;
}

export function ColumnFields({ kind, title, headers, choice, ambiguous, onChange, disabled }: Props) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{title}: columns</legend>
      <div className={styles.fields}>
        {fieldsOf(kind).map((field) => {
          const optional = !isRequired(kind, field);
          const value = choice[field];
          return (
            <Field
              key={field}
              label={`${fieldLabel(field)}${optional ? " (optional)" : ""}`}
              validationState={value === undefined && !optional ? "error" : "none"}
              validationMessage={
                value === undefined && !optional ? unmatchedMessage(headers, ambiguous[field]) : undefined
              }
            >
              <Select
                value={value === undefined ? NONE : String(value)}
                disabled={disabled}
                onChange={(_e, data) => {
                  const next = { ...choice };
                  if (data.value === NONE) delete next[field];
                  else next[field] = Number(data.value);
                  onChange(next);
                }}
              >
                <option value={NONE}>{optional ? "None" : "Choose a column"}</option>
                {headers.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h === "" ? `Column ${i + 1} (no header)` : h}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
