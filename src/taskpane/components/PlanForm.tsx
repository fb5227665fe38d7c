/**
 * The Action plan tab: the choices behind a plan and the one button that writes or downloads it. State and
 * service calls live in usePlanForm; this only renders.
 */
import { Button, Field, Input, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostStatusState } from "../hooks/use-host-status";
import { usePlanForm } from "../hooks/use-plan-form";
import { FORMULA_STYLE_CHOICES, LAYOUT_CHOICES, STANDARD_CHOICES } from "../plan-choices";
import { ChoiceGroup } from "./ChoiceGroup";
import { PlanOutcome } from "./PlanOutcome";
import { usePaneStyles } from "./pane-styles";
import { StatusKeyFields } from "./StatusKeyFields";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
});

export function PlanForm({ hostState }: { hostState: HostStatusState }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const form = usePlanForm(hostState);
  const { values, errors, target, busy, idFor, update, createPlan, download, activate } = form;
  const buttonLabel =
    target.mode === "excel" || target.mode === "checking" ? "Create plan" : "Download workbook (.xlsx)";
  const pendingLabel =
    target.mode === "excel" ? "Writing the plan into your workbook…" : "Building the workbook…";
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form className={pane.stack} onSubmit={form.submit} noValidate aria-label="Action plan">
      <Text className={pane.note}>
        Adds an action plan sheet (and, if you like, a data sheet) to this workbook. Existing sheets are never
        changed; new sheets get a number if the name is taken.
      </Text>

      <ChoiceGroup
        label="Standard"
        layout="horizontal"
        choices={STANDARD_CHOICES}
        value={values.standard}
        showDescriptions={false}
        hint={STANDARD_CHOICES.find((c) => c.value === values.standard)?.description}
        disabled={busy}
        onChange={(standard) => update({ standard })}
      />

      <ChoiceGroup
        label="Layout"
        choices={LAYOUT_CHOICES}
        value={values.layout}
        disabled={busy}
        onChange={(layout) => update({ layout })}
      />

      <Field label="Organisation" required validationMessage={errors.organisation}>
        <Input
          id={idFor("organisation")}
          value={values.organisation}
          disabled={busy}
          autoComplete="organization"
          onChange={(_, d) => update({ organisation: d.value })}
        />
      </Field>

      <Field label="Period" required hint="Financial year, like 2025-26." validationMessage={errors.period}>
        <Input
          id={idFor("period")}
          value={values.period}
          disabled={busy}
          onChange={(_, d) => update({ period: d.value })}
        />
      </Field>

      <Field
        label="Blank action rows per indicator"
        hint="From 0 to 50."
        validationMessage={errors.actionsPerIndicator}
      >
        <Input
          id={idFor("actionsPerIndicator")}
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          value={values.actionsPerIndicator}
          disabled={busy}
          onChange={(_, d) => update({ actionsPerIndicator: d.value })}
        />
      </Field>

      <StatusKeyFields
        labels={values.statusLabels}
        includeNotStarted={values.includeNotStarted}
        errors={errors}
        idFor={idFor}
        disabled={busy}
        onLabelChange={form.setStatusLabel}
        onNotStartedChange={(includeNotStarted) => update({ includeNotStarted })}
      />

      <Switch
        checked={values.includeDataSheet}
        disabled={busy}
        label="Add the data sheet (inputs and indicator formulas)"
        onChange={(_, d) => update({ includeDataSheet: d.checked })}
      />

      <ChoiceGroup
        label="Formula style for the data sheet"
        choices={FORMULA_STYLE_CHOICES}
        value={values.formulaStyle}
        disabled={busy || !values.includeDataSheet}
        hint={values.includeDataSheet ? undefined : "Used only when the data sheet is added."}
        onChange={(formulaStyle) => update({ formulaStyle })}
      />

      {hasErrors ? <Notice intent="warning">Check the fields marked above, then try again.</Notice> : null}

      <div className={styles.actions}>
        {target.mode === "download" ? (
          <Text id={form.whyId} size={200} className={pane.note}>
            {target.reason}
          </Text>
        ) : null}
        <Button
          type="submit"
          appearance="primary"
          disabled={busy || target.mode === "checking"}
          aria-busy={busy}
          aria-describedby={target.mode === "download" ? form.whyId : undefined}
        >
          {buttonLabel}
        </Button>
        {busy ? <Spinner size="tiny" label={pendingLabel} labelPosition="after" /> : null}
      </div>

      <PlanOutcome
        created={createPlan.status === "success" ? createPlan.data : null}
        downloaded={download.status === "success" ? download.data : null}
        error={createPlan.error ?? download.error}
        errorTitle={createPlan.error ? "The plan could not be created." : "The workbook could not be built."}
        onActivate={(name) => void activate.run(name)}
        activateError={activate.error}
      />
    </form>
  );
}
