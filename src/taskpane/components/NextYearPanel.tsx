/**
 * "Start next year's plan": offered inside Excel when the open workbook holds a plan, and outside Excel from
 * last year's saved workbook, which is read in the browser and never sent anywhere.
 */
import {
  Button,
  Field,
  Link,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { nextPeriod } from "../../plan/period";
import { planTarget } from "../host-mode";
import { useActivateSheet } from "../hooks/use-activate-sheet";
import type { HostStatusState } from "../hooks/use-host-status";
import { useNextYear, type NextYearState } from "../hooks/use-next-year";
import type { NextYearSummary, PlanFound } from "../services";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  before: {
    paddingBottom: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  after: {
    paddingTop: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { color: tokens.colorNeutralForeground2 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  links: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: 0, listStyleType: "none" },
  sheetLink: { textAlign: "left", overflowWrap: "anywhere" },
  file: { maxWidth: "100%", fontSize: tokens.fontSizeBase300 },
});

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What happened, in a sentence or two. */
function nextYearSentence(s: NextYearSummary): string {
  const parts = [
    s.carried === 0
      ? `No actions were open in ${s.fromPeriod}, so none were carried over.`
      : `${plural(s.carried, "action")} carried over from ${s.fromPeriod}, each noted “Carried over from ${s.fromPeriod}”.`,
    s.delivered === 0 ? "" : `${plural(s.delivered, "delivered action")} kept as the record.`,
    s.previousInputs === 0 ? "" : `Last year's figures are filled in as the previous year.`,
  ];
  return parts.filter((p) => p !== "").join(" ");
}

function Notes({ notes }: { notes: readonly string[] }) {
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <ul className={styles.list}>
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

interface InExcelProps {
  readonly plan: PlanFound;
  readonly start: NextYearState["start"];
  /** Whether the last start was this plan's, so its outcome shows here. */
  readonly mine: boolean;
  readonly onStart: () => void;
}

function InExcel({ plan, start, mine, onStart }: InExcelProps) {
  const styles = useStyles();
  const activate = useActivateSheet();
  const next = plan.period ? nextPeriod(plan.period) : undefined;
  const busy = start.status === "pending";
  return (
    <>
      <Text>
        This workbook holds the {plan.standard} plan{plan.period ? ` for ${plan.period}` : ""} (“{plan.sheet}
        ”). Start {next ?? "next year"}'s plan from it: open actions are carried over, delivered ones kept as
        a record, and last year's figures added to the History. Last year's sheets are not changed.
      </Text>
      <Button appearance="secondary" disabled={busy} aria-busy={busy} onClick={onStart}>
        {next ? `Start next year's plan (${next})` : "Start next year's plan"}
      </Button>
      {busy && mine ? <Spinner size="tiny" label="Writing next year's plan…" labelPosition="after" /> : null}
      <div aria-live="polite">
        {start.error && mine ? (
          <Notice intent="error" title="Next year's plan was not started.">
            {start.error}
          </Notice>
        ) : null}
        {start.status === "success" && start.data && mine ? (
          <Notice intent="success" title="Next year's plan started.">
            {nextYearSentence(start.data)}
            <ul className={styles.links}>
              {start.data.sheets.map((sheet) => (
                <li key={sheet.id}>
                  <Link
                    as="button"
                    className={styles.sheetLink}
                    onClick={() => void activate.run(sheet.name)}
                  >
                    Go to {sheet.name}
                  </Link>
                </li>
              ))}
            </ul>
            <Notes notes={start.data.notes} />
          </Notice>
        ) : null}
        {activate.error ? (
          <Notice intent="error" title="Could not open the sheet.">
            {activate.error}
          </Notice>
        ) : null}
      </div>
    </>
  );
}

function FromFile({ download }: { download: NextYearState["download"] }) {
  const styles = useStyles();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const busy = download.status === "pending";
  return (
    <>
      <Text>
        Pick last year's saved plan workbook: next year's plan is built from it in this browser and saved as a
        new file. The workbook is not sent anywhere, and last year's file is not changed.
      </Text>
      <Field label="Last year's workbook (.xlsx)">
        {(fieldProps) => (
          <input
            {...fieldProps}
            id={inputId}
            className={styles.file}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        )}
      </Field>
      <Button
        appearance="secondary"
        disabled={busy || file === null}
        aria-busy={busy}
        onClick={() => file && void download.run(file)}
      >
        Download next year's plan (.xlsx)
      </Button>
      {busy ? <Spinner size="tiny" label="Building next year's plan…" labelPosition="after" /> : null}
      <div aria-live="polite">
        {download.error ? (
          <Notice intent="error" title="Next year's plan could not be built.">
            {download.error}
          </Notice>
        ) : null}
        {download.status === "success" && download.data ? (
          <Notice intent="success" title="Next year's plan ready.">
            Saved as {download.data.fileName}. {nextYearSentence(download.data)}
            <Notes notes={download.data.notes} />
          </Notice>
        ) : null}
      </div>
    </>
  );
}

interface PanelProps {
  readonly hostState: HostStatusState;
  /**
   * Inside Excel the offer comes before the new-plan form, as the likelier task once a plan exists; outside
   * Excel, where the form makes a new plan file, the upload comes after it.
   */
  readonly position: "before" | "after";
}

export function NextYearPanel({ hostState, position }: PanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const target = planTarget(hostState.host, hostState.status === "pending");
  const mine = target.mode === (position === "before" ? "excel" : "download");
  const { plans, start, download } = useNextYear(mine && target.mode === "excel");
  const [started, setStarted] = useState<string | null>(null);
  if (!mine) return null;
  // Inside Excel the offer appears only when the workbook holds a plan.
  if (target.mode === "excel" && (plans === null || plans.length === 0)) return null;
  return (
    <section className={mergeClasses(styles.section, styles[position])} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Next year's plan
      </h2>
      {target.mode === "excel" ? (
        (plans ?? []).map((p) => (
          <InExcel
            key={p.table}
            plan={p}
            start={start}
            mine={started === p.standard}
            onStart={() => {
              setStarted(p.standard);
              void start.run(p.standard);
            }}
          />
        ))
      ) : (
        <FromFile download={download} />
      )}
    </section>
  );
}
