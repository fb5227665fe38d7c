/** The pane: a title and four tabs. Services and theme come from the caller (index.tsx or a test). */
import { Tab, TabList, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import { useId, useState } from "react";
import { AnalysePanel } from "./components/AnalysePanel";
import { FunctionCatalogue } from "./components/FunctionCatalogue";
import { HelpPanel } from "./components/HelpPanel";
import { NextYearPanel } from "./components/NextYearPanel";
import { PlanForm } from "./components/PlanForm";
import { useHostStatus } from "./hooks/use-host-status";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  tabs: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    minWidth: 0,
  },
});

const TABS = [
  { value: "plan", label: "Action plan" },
  { value: "data", label: "Data" },
  { value: "functions", label: "Functions" },
  { value: "help", label: "Help" },
] as const;

type TabValue = (typeof TABS)[number]["value"];

export function App() {
  const styles = useStyles();
  const baseId = useId();
  const [tab, setTab] = useState<TabValue>("plan");
  const hostState = useHostStatus();
  const tabId = (value: TabValue) => `${baseId}-tab-${value}`;
  const panelId = (value: TabValue) => `${baseId}-panel-${value}`;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>WRES action plans</h1>
      </header>
      <nav aria-label="Sections">
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabValue)}
          size="medium"
        >
          {TABS.map((t) => (
            <Tab key={t.value} value={t.value} id={tabId(t.value)} aria-controls={panelId(t.value)}>
              {t.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.panel}>
        {/* Panels stay mounted (hidden) so a half-filled form survives a look at Help. */}
        <div id={panelId("plan")} role="tabpanel" aria-labelledby={tabId("plan")} hidden={tab !== "plan"}>
          <NextYearPanel hostState={hostState} position="before" />
          <PlanForm hostState={hostState} />
          <NextYearPanel hostState={hostState} position="after" />
        </div>
        <div id={panelId("data")} role="tabpanel" aria-labelledby={tabId("data")} hidden={tab !== "data"}>
          {/* Reading extracts needs the open workbook; outside Excel, make-plan does the same from CSV files. */}
          {hostState.host?.inExcel ? (
            <AnalysePanel />
          ) : (
            <p>
              Analyse data reads staff and recruitment extracts from the open workbook, so it works inside
              Excel. Outside Excel, the make-plan command counts the same extracts from CSV files.
            </p>
          )}
        </div>
        <div
          id={panelId("functions")}
          role="tabpanel"
          aria-labelledby={tabId("functions")}
          hidden={tab !== "functions"}
        >
          <FunctionCatalogue hostState={hostState} />
        </div>
        <div id={panelId("help")} role="tabpanel" aria-labelledby={tabId("help")} hidden={tab !== "help"}>
          <HelpPanel />
        </div>
      </main>
    </div>
  );
}
