/**
 * The "Analyse data" form's state and actions: what the workbook offers (listed through the services), the
 * source chosen for each extract, its columns (the engine's match until the user changes one), the data
 * sheet, and Analyse and Refresh. AnalysePanel only renders what this returns.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ExtractKind } from "../../wres/extract-kinds";
import {
  EXTRACTS,
  autoMatch,
  buildRequest,
  defaultDataSheet,
  optionKey,
  sourceOptions,
  type AutoMatch,
  type ColumnChoice,
  type SourceOption,
} from "../analyse-form";
import type { DataSources } from "../analyse-types";
import { useServices } from "../services-context";
import { useActivateSheet } from "./use-activate-sheet";
import { useAnalyseData, type AnalyseAction } from "./use-analyse-data";
import { errorMessage } from "./use-async-action";

/** One extract's part of the form. */
interface ExtractChoice {
  readonly kind: ExtractKind;
  readonly label: string;
  /** The chosen option's key, or "" for not used. */
  readonly key: string;
  readonly option?: SourceOption;
  /** The engine's match of the option's headers, once they are known. */
  readonly match?: AutoMatch;
  /** The columns Analyse will use: the user's choice, or the match. */
  readonly choice: ColumnChoice;
}

interface AnalyseForm {
  /** The workbook's tables, selection and sheets as listed last; null until the first listing. */
  readonly sources: DataSources | null;
  readonly listError: string | null;
  readonly options: readonly SourceOption[];
  readonly extracts: readonly ExtractChoice[];
  readonly sheets: readonly string[];
  readonly dataSheet: string;
  /** What the user still has to choose before Analyse, once they pressed it. */
  readonly formError: string | null;
  /** Whether Refresh has a remembered analysis to repeat. */
  readonly canRefresh: boolean;
  readonly busy: boolean;
  readonly analysis: AnalyseAction;
  /** Opening a sheet the analysis wrote (the Data quality sheet): its error, if it failed. */
  readonly openError: string | null;
  readonly relist: () => void;
  readonly choose: (kind: ExtractKind, key: string) => void;
  readonly setColumns: (kind: ExtractKind, choice: ColumnChoice) => void;
  readonly setDataSheet: (sheet: string) => void;
  readonly analyse: () => void;
  readonly refresh: () => void;
  readonly openSheet: (sheet: string) => void;
}

export function useAnalyseForm(): AnalyseForm {
  const services = useServices();
  const analysis = useAnalyseData();
  const activate = useActivateSheet();
  const [sources, setSources] = useState<DataSources | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Partial<Record<ExtractKind, string>>>({});
  const [columns, setColumnChoices] = useState<Partial<Record<ExtractKind, ColumnChoice>>>({});
  // Null until the user or the remembered analysis picks one; the latest data sheet is offered meanwhile.
  const [picked, setPicked] = useState<string | null>(null);
  const [remembered, setRemembered] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  // Only the latest listing is shown, however the answers arrive.
  const latest = useRef(0);

  const list = useCallback(
    (usedRangeOf: readonly string[] = []) => {
      const ticket = ++latest.current;
      services.listDataSources(usedRangeOf).then(
        (listed) => {
          if (ticket !== latest.current) return;
          setSources(listed);
          setListError(null);
        },
        (err: unknown) => {
          if (ticket === latest.current) setListError(errorMessage(err));
        },
      );
    },
    [services],
  );

  // On opening: what the workbook holds, and what was analysed last time (to preselect it).
  useEffect(() => {
    let live = true;
    list();
    services.lastAnalysis().then(
      (last) => {
        if (!live || !last) return;
        setRemembered(true);
        setPicked((p) => p ?? last.dataSheet);
        const keys: Partial<Record<ExtractKind, string>> = {};
        for (const { kind } of EXTRACTS) {
          const ref = last.sources[kind];
          // A selection is not offered again: it has moved since.
          if (ref && ref.kind !== "range") keys[kind] = optionKey(ref);
        }
        setChosen((c) => ({ ...keys, ...c }));
      },
      // A memory that cannot be read only means nothing is preselected; Refresh stays off.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [list, services]);

  const options = useMemo(() => (sources ? sourceOptions(sources) : []), [sources]);
  const extracts = useMemo(
    () =>
      EXTRACTS.map(({ kind, label }): ExtractChoice => {
        const option = options.find((o) => o.key === chosen[kind]);
        const match = option?.headers ? autoMatch(kind, option.headers) : undefined;
        return {
          kind,
          label,
          key: option ? option.key : "",
          ...(option ? { option } : {}),
          ...(match ? { match } : {}),
          choice: columns[kind] ?? match?.choice ?? {},
        };
      }),
    [options, chosen, columns],
  );
  const sheets = sources?.sheets ?? [];
  const dataSheet = picked ?? defaultDataSheet(sheets);
  const busy = analysis.status === "pending";

  const choose = (kind: ExtractKind, key: string) => {
    setChosen((c) => ({ ...c, [kind]: key === "" ? undefined : key }));
    setColumnChoices((c) => ({ ...c, [kind]: undefined }));
    setFormError(null);
    const option = options.find((o) => o.key === key);
    // A sheet's headers are read from its used range when it is picked (one sync).
    if (option && option.ref.kind === "sheet" && !option.headers && sources) {
      list([...new Set([...sources.usedRanges.map((u) => u.sheet), option.ref.sheet])]);
    }
  };

  const analyse = () => {
    const picks: Partial<Record<ExtractKind, SourceOption>> = {};
    const choices: Partial<Record<ExtractKind, ColumnChoice>> = {};
    for (const e of extracts) {
      if (e.option) picks[e.kind] = e.option;
      choices[e.kind] = e.choice;
    }
    const built = buildRequest({ sources: picks, columns: choices, dataSheet });
    if ("error" in built) {
      setFormError(built.error);
      return;
    }
    setFormError(null);
    void analysis.run(built.request);
  };

  return {
    sources,
    listError,
    options,
    extracts,
    sheets,
    dataSheet,
    formError,
    canRefresh: remembered || analysis.status === "success",
    busy,
    analysis,
    openError: activate.error,
    relist: () => list(sources?.usedRanges.map((u) => u.sheet) ?? []),
    choose,
    setColumns: (kind, choice) => setColumnChoices((c) => ({ ...c, [kind]: choice })),
    setDataSheet: (sheet) => setPicked(sheet),
    analyse,
    refresh: () => void analysis.run("refresh"),
    openSheet: (sheet) => void activate.run(sheet),
  };
}
