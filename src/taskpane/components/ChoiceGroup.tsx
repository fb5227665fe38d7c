/** A labelled radio group whose options each carry a one-line description, read out with the option. */
import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Choice } from "../plan-choices";

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalXS },
  description: {
    color: tokens.colorNeutralForeground2,
    paddingLeft: "32px",
    marginTop: "-6px",
  },
});

interface Props<T extends string> {
  readonly label: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly disabled?: boolean;
  readonly hint?: string;
  readonly layout?: "vertical" | "horizontal";
  readonly showDescriptions?: boolean;
}

export function ChoiceGroup<T extends string>({
  label,
  choices,
  value,
  onChange,
  disabled,
  hint,
  layout,
  showDescriptions = true,
}: Props<T>) {
  const styles = useStyles();
  const baseId = useId();
  return (
    <Field label={label} hint={hint}>
      <RadioGroup
        value={value}
        layout={layout}
        disabled={disabled}
        onChange={(_, data) => {
          const picked = choices.find((c) => c.value === data.value);
          if (picked) onChange(picked.value);
        }}
      >
        {choices.map((choice) =>
          showDescriptions ? (
            <div key={choice.value} className={styles.option}>
              <Radio
                value={choice.value}
                label={choice.label}
                aria-describedby={`${baseId}-${choice.value}`}
              />
              <Text id={`${baseId}-${choice.value}`} size={200} className={styles.description}>
                {choice.description}
              </Text>
            </div>
          ) : (
            <Radio key={choice.value} value={choice.value} label={choice.label} />
          ),
        )}
      </RadioGroup>
    </Field>
  );
}
