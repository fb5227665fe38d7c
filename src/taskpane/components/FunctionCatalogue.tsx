/** The Functions tab: every WRES.* function, searchable, each with Insert. */
import { Field, SearchBox, Text, makeStyles } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { FUNCTION_CATALOGUE, insertText, searchCatalogue } from "../function-catalogue";
import type { HostStatusState } from "../hooks/use-host-status";
import { useInsertFormula } from "../hooks/use-insert-formula";
import { FunctionEntry } from "./FunctionEntry";
import { usePaneStyles } from "./pane-styles";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  search: { maxWidth: "100%" },
});

export function FunctionCatalogue({ hostState }: { hostState: HostStatusState }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const hintId = useId();
  const [query, setQuery] = useState("");
  const insert = useInsertFormula();
  const shown = useMemo(() => searchCatalogue(FUNCTION_CATALOGUE, query), [query]);
  const canInsert = hostState.host?.inExcel === true;
  const showHint = !canInsert && hostState.status !== "pending";

  return (
    <div className={pane.stack}>
      <Text className={pane.note}>
        Type these into any cell, like <code>=WRES.APPOINTMENT_RL(B4, C4, D4, E4)</code>. Insert writes a
        function's example into the selected cell, with numbers in place of cells: replace them with your own.
      </Text>
      {showHint ? (
        <Text id={hintId} size={200} className={pane.note}>
          Insert works only inside Excel. Here, copy an example formula instead.
        </Text>
      ) : null}
      <Field label="Search functions">
        <SearchBox
          className={styles.search}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder="Name or description"
        />
      </Field>
      <Text role="status" size={200}>
        {shown.length === 1 ? "1 function" : `${shown.length} functions`}
      </Text>
      {insert.error ? (
        <Notice intent="error">The formula could not be inserted. {insert.error}</Notice>
      ) : null}
      <div className={pane.stack}>
        {shown.map((entry) => (
          <FunctionEntry
            key={entry.name}
            entry={entry}
            canInsert={canInsert && insert.status !== "pending"}
            insertHintId={showHint ? hintId : undefined}
            onInsert={(name) => void insert.run(insertText(name))}
          />
        ))}
      </div>
    </div>
  );
}
