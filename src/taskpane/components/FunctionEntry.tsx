/** One WRES.* function: what it does, its arguments in order, its worked example, and Insert (which writes it). */
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogueEntry } from "../function-catalogue";

const useStyles = makeStyles({
  entry: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  subheading: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  args: { margin: 0, fontSize: tokens.fontSizeBase200 },
  argName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  argText: {
    marginLeft: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

interface Props {
  readonly entry: CatalogueEntry;
  readonly canInsert: boolean;
  readonly insertHintId: string | undefined;
  readonly onInsert: (name: string) => void;
}

export function FunctionEntry({ entry, canInsert, insertHintId, onInsert }: Props) {
  const styles = useStyles();
  const headingId = `fn-${entry.name.toLowerCase()}`;
  return (
    <article className={styles.entry} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        WRES.{entry.name}
      </h2>
      <Text size={200}>{entry.description}</Text>
      <h3 className={styles.subheading}>Arguments</h3>
      <dl className={styles.args}>
        {entry.arguments.map((arg) => (
          <div key={arg.name}>
            <dt className={styles.argName}>
              {arg.name}
              {arg.optional ? " (optional)" : ""}
            </dt>
            <dd className={styles.argText}>{arg.description}</dd>
          </div>
        ))}
      </dl>
      <h3 className={styles.subheading}>Example</h3>
      <Text size={200}>
        <code className={styles.code}>{entry.example.formula}</code> gives {entry.example.result}
      </Text>
      {entry.exampleWithCells ? (
        <Text size={200}>
          In a sheet: <code className={styles.code}>{entry.exampleWithCells.formula}</code>, where{" "}
          {entry.exampleWithCells.cells}
        </Text>
      ) : null}
      <div className={styles.row}>
        <Button
          size="small"
          disabled={!canInsert}
          aria-label={`Insert WRES.${entry.name}`}
          aria-describedby={insertHintId}
          onClick={() => onInsert(entry.name)}
        >
          Insert
        </Button>
        <Link href={entry.helpAnchor} target="_blank" rel="noopener noreferrer">
          Help for {entry.name}
        </Link>
      </div>
    </article>
  );
}
