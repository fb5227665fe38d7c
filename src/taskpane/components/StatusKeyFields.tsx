/** The status key: the four default labels, editable, each beside its colour, plus an optional "Not started". */
import { Field, Input, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_STATUSES, NOT_STARTED } from "../../plan/options";
import type { FieldErrors } from "../plan-form";

const useStyles = makeStyles({
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  swatch: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    marginTop: "32px",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  field: { flexGrow: 1, minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const COLOUR_NAMES = ["red", "amber", "green", "blue"];

interface Props {
  readonly labels: readonly string[];
  readonly includeNotStarted: boolean;
  readonly errors: FieldErrors;
  readonly idFor: (key: string) => string;
  readonly disabled: boolean;
  readonly onLabelChange: (index: number, label: string) => void;
  readonly onNotStartedChange: (on: boolean) => void;
}

export function StatusKeyFields({
  labels,
  includeNotStarted,
  errors,
  idFor,
  disabled,
  onLabelChange,
  onNotStartedChange,
}: Props) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Status key</legend>
      {labels.map((label, i) => (
        <div key={i} className={styles.row}>
          <span
            className={styles.swatch}
            style={{ backgroundColor: DEFAULT_STATUSES[i].colour }}
            aria-hidden="true"
          />
          <Field
            className={styles.field}
            label={`Status ${i + 1} (${COLOUR_NAMES[i]})`}
            validationMessage={errors[`statuses.${i}`]}
          >
            <Input
              id={idFor(`statuses.${i}`)}
              value={label}
              disabled={disabled}
              onChange={(_, d) => onLabelChange(i, d.value)}
            />
          </Field>
        </div>
      ))}
      <Switch
        checked={includeNotStarted}
        disabled={disabled}
        label={`Add "${NOT_STARTED.label}" (grey)`}
        onChange={(_, d) => onNotStartedChange(d.checked)}
      />
      {errors.statuses ? (
        <Text role="alert" size={200} className={styles.error}>
          {errors.statuses}
        </Text>
      ) : null}
    </fieldset>
  );
}
