/**
 * "Analyse data": where each extract is (a table, the selection or a sheet), which column holds each field
 * (matched by header, editable), which data sheet to fill; then Analyse, or Refresh to recount the last
 * analysis after an extract was replaced. State and service calls live in useAnalyseForm; this only renders.
 */
import { Button, Field, ProgressBar, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useAnalyseForm } from "../hooks/use-analyse-form";
import { AnalyseSummary } from "./AnalyseSummary";
import { ColumnFields } from "./ColumnFields";
import { usePaneStyles } from "./pane-styles";
import { NOT_USED, SourcePicker } from "./SourcePicker";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  intro: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const rows = (n: number): string => n.toLocaleString("en-GB");

export function AnalysePanel() {
  const styles = useStyles();
  const pane = usePaneStyles();
  const form = useAnalyseForm();
  const { analysis, busy } = form;
  const progress = analysis.progress;
  return (
    <section className={pane.stack} aria-labelledby="analyse-title">
      <h2 id="analyse-title" className={styles.intro}>
        Analyse data
      </h2>
      <p className={styles.intro}>
        Choose where each extract is. Columns are matched by their headers; check them before you analyse.
        Nothing leaves the workbook.
      </p>
      {form.listError ? (
        <Notice intent="error" title="Could not list the workbook's data.">
          {form.listError}
        </Notice>
      ) : null}
      <Button appearance="secondary" onClick={form.relist} disabled={busy}>
        Update the list of tables and the selection
      </Button>
      {form.extracts.map((e) => (
        <div key={e.kind} className={pane.stack}>
          <SourcePicker
            label={e.label}
            options={form.options}
            value={e.key || NOT_USED}
            disabled={busy}
            onChange={(key) => form.choose(e.kind, key)}
          />
          {e.option?.headers ? (
            <ColumnFields
              kind={e.kind}
              title={e.label}
              headers={e.option.headers}
              choice={e.choice}
              ambiguous={e.match?.ambiguous ?? {}}
              disabled={busy}
              onChange={(choice) => form.setColumns(e.kind, choice)}
            />
          ) : null}
        </div>
      ))}
      <Field label="Data sheet to fill">
        <Select value={form.dataSheet} disabled={busy} onChange={(_e, d) => form.setDataSheet(d.value)}>
          <option value="">Choose a sheet</option>
          {form.sheets.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={form.analyse} disabled={busy || !form.sources}>
          Analyse
        </Button>
        <Button onClick={form.refresh} disabled={busy || !form.canRefresh}>
          Refresh
        </Button>
      </div>
      <div aria-live="polite">
        {busy ? (
          <Field
            label="Counting rows"
            validationState="none"
            validationMessage={
              progress ? `${rows(progress.done)} of ${rows(progress.total)} rows` : "Reading the data…"
            }
          >
            <ProgressBar
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
              max={1}
            />
          </Field>
        ) : null}
        {form.formError ? (
          <Notice intent="error" title="Not analysed yet.">
            {form.formError}
          </Notice>
        ) : null}
        {analysis.status === "error" && analysis.error ? (
          <Notice intent="error" title="Could not analyse the data.">
            {analysis.error}
          </Notice>
        ) : null}
        {analysis.status === "success" && analysis.result ? (
          <AnalyseSummary result={analysis.result} onOpenSheet={form.openSheet} openError={form.openError} />
        ) : null}
      </div>
    </section>
  );
}
