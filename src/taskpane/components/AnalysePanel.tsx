/**
 * "Analyse data": where each extract is (a table, the selection or a sheet), which column holds each field
 * (matched by header, editable), which data sheet to fill; then Analyse, or Refresh to recount the last
 * analysis after an extract was replaced. Services come from the context; no props needed.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ExtractKind } from "../../wres/column-match";
import {
  EXTRACTS,
  autoMatch,
  buildRequest,
  optionKey,
  sourceOptions,
  type ColumnChoice,
  type SourceOption,
} from "../analyse-form";
import type { DataSources } from "../analyse-types";
import { useAnalyseData } from "../hooks/use-analyse-data";
import { errorMessage } from "../hooks/use-async-action";
import { useServices } from "../services-context";
import { AnalyseSummary } from "./AnalyseSummary";
import { ColumnFields } from "./ColumnFields";
import { NOT_USED, SourcePicker } from "./SourcePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function AnalysePanel() {
  const styles = useStyles();
  const services = useServices();
  const analyse = useAnalyseData();
  const [sources, setSources] = useState<DataSources | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Partial<Record<ExtractKind, string>>>({});
  const [columns, setColumns] = useState<Partial<Record<ExtractKind, ColumnChoice>>>({});
  const [dataSheet, setDataSheet] = useState("");
  const [remembered, setRemembered] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const load = useCallback(
    async (usedRangeOf: readonly string[] = []) => {
      try {
        const listed = await services.listDataSources(usedRangeOf);
        setSources(listed);
        setListError(null);
        return listed;
      } catch (err) {
        setListError(errorMessage(err));
        return null;
      }
    },
    [services],
  );

  // On opening: what the workbook holds, and what was analysed last time (to preselect it).
  useEffect(() => {
    let live = true;
    void (async () => {
      const [listed, last] = await Promise.all([load(), services.lastAnalysis().catch(() => null)]);
      if (!live || !listed) return;
      const data = listed.sheets.find((s) => /^WRES data/i.test(s)) ?? "";
      setDataSheet(last?.dataSheet ?? data);
      if (last) {
        setRemembered(true);
        const keys: Partial<Record<ExtractKind, string>> = {};
        for (const { kind } of EXTRACTS) {
          const ref = last.sources[kind];
          if (ref && ref.kind !== "range") keys[kind] = optionKey(ref);
        }
        setChosen(keys);
      }
    })();
    return () => {
      live = false;
    };
  }, [load, services]);

  const options = useMemo(() => (sources ? sourceOptions(sources) : []), [sources]);
  const optionFor = (kind: ExtractKind): SourceOption | undefined =>
    options.find((o) => o.key === chosen[kind]);

  // Preselect the automatic match whenever an extract's headers become known.
  useEffect(() => {
    setColumns((previous) => {
      const next = { ...previous };
      for (const { kind } of EXTRACTS) {
        const option = options.find((o) => o.key === chosen[kind]);
        if (option?.headers && next[kind] === undefined) next[kind] = autoMatch(kind, option.headers);
      }
      return next;
    });
  }, [options, chosen]);

  const choose = async (kind: ExtractKind, key: string) => {
    setChosen((c) => ({ ...c, [kind]: key === NOT_USED ? undefined : key }));
    setColumns((c) => ({ ...c, [kind]: undefined }));
    setFormError(null);
    const option = options.find((o) => o.key === key);
    // A sheet's headers are read from its used range when it is picked (one sync).
    if (option && option.ref.kind === "sheet" && !option.headers && sources) {
      const sheets = [...new Set([...sources.usedRanges.map((u) => u.sheet), option.ref.sheet])];
      await load(sheets);
    }
  };

  const busy = analyse.status === "pending";
  const onAnalyse = () => {
    const sourcesChosen: Partial<Record<ExtractKind, SourceOption>> = {};
    for (const { kind } of EXTRACTS) {
      const o = optionFor(kind);
      if (o) sourcesChosen[kind] = o;
    }
    const built = buildRequest({ sources: sourcesChosen, columns, dataSheet });
    if ("error" in built) {
      setFormError(built.error);
      return;
    }
    setFormError(null);
    void analyse.run(built.request).then(() => setRemembered(true));
  };

  const progress = analyse.progress;
  return (
    <section className={styles.root} aria-labelledby="analyse-title">
      <h2 id="analyse-title" className={styles.intro}>
        Analyse data
      </h2>
      <p className={styles.intro}>
        Choose where each extract is. Columns are matched by their headers; check them before you analyse.
        Nothing leaves the workbook.
      </p>
      {listError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Could not list the workbook&apos;s data.</MessageBarTitle> {listError}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Button appearance="secondary" onClick={() => void load()} disabled={busy}>
        Update the list of tables and the selection
      </Button>
      {EXTRACTS.map(({ kind, label }) => {
        const option = optionFor(kind);
        return (
          <div key={kind} className={styles.root}>
            <SourcePicker
              label={label}
              options={options}
              value={chosen[kind] ?? NOT_USED}
              disabled={busy}
              onChange={(key) => void choose(kind, key)}
            />
            {option?.headers ? (
              <ColumnFields
                kind={kind}
                title={label}
                headers={option.headers}
                choice={columns[kind] ?? {}}
                disabled={busy}
                onChange={(choice) => setColumns((c) => ({ ...c, [kind]: choice }))}
              />
            ) : null}
          </div>
        );
      })}
      <Field label="Data sheet to fill">
        <Select value={dataSheet} disabled={busy} onChange={(_e, d) => setDataSheet(d.value)}>
          <option value="">Choose a sheet</option>
          {(sources?.sheets ?? []).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onAnalyse} disabled={busy || !sources}>
          Analyse
        </Button>
        <Button onClick={() => void analyse.run("refresh")} disabled={busy || !remembered}>
          Refresh
        </Button>
      </div>
      <div aria-live="polite">
        {busy ? (
          <Field
            label="Counting rows"
            validationState="none"
            validationMessage={
              progress
                ? `${progress.done.toLocaleString("en-GB")} of ${progress.total.toLocaleString("en-GB")} rows`
                : "Reading the data…"
            }
          >
            <ProgressBar
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
              max={1}
            />
          </Field>
        ) : null}
        {formError ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not analysed yet.</MessageBarTitle> {formError}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {analyse.status === "error" && analyse.error ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Could not analyse the data.</MessageBarTitle> {analyse.error}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {analyse.status === "success" && analyse.result ? <AnalyseSummary result={analyse.result} /> : null}
      </div>
    </section>
  );
}
