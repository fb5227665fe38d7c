/** The Help tab: how to read the figures, in a few short paragraphs. */
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

export function HelpPanel() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>What the WRES is</h2>
      <Text>
        The NHS Workforce Race Equality Standard compares the experience of White and BME (Black and minority
        ethnic) staff across nine indicators: representation by pay band, appointment from shortlisting,
        formal disciplinary process, non-mandatory training, four NHS Staff Survey questions, and board
        membership. Each organisation publishes its figures and an action plan every year.
      </Text>

      <h2 className={styles.heading}>Reading the indicators</h2>
      <ul className={styles.list}>
        <li>
          <Text>
            Indicators 2, 3 and 4 are relative likelihoods. 1.00 is parity: both groups equally likely.
          </Text>
        </li>
        <li>
          <Text>As the add-in words them, above 1.00 is adverse to BME staff for indicators 2, 3 and 4.</Text>
        </li>
        <li>
          <Text>
            From 0.80 to 1.25, both ends included, a figure is in the non-adverse range. Exactly 0.80 or 1.25
            is inside the range.
          </Text>
        </li>
        <li>
          <Text>
            Indicator 9 is the BME share of the voting board minus the BME share of the workforce. A negative
            figure means the board is less diverse than the workforce; closer to zero is better.
          </Text>
        </li>
        <li>
          <Text>
            Indicators 5 to 8 are Staff Survey percentages for White and BME staff; compare the two groups and
            the trend.
          </Text>
        </li>
      </ul>

      <h2 className={styles.heading}>Low numbers</h2>
      <Text>
        Figures built on small counts swing from year to year and can identify people. When an outcome count
        in either group is below 10, the data sheet flags the figure as &ldquo;low numbers – interpret with
        caution&rdquo;.
      </Text>

      <h2 className={styles.heading}>Privacy</h2>
      <Text>
        Nothing leaves your workbook. The add-in works on the figures in the open workbook, sends no data
        anywhere and keeps no record of what you enter.
      </Text>

      <h2 className={styles.heading}>More help</h2>
      <Text>
        <Link href="help.html" target="_blank" rel="noopener noreferrer">
          Open the full help page (opens in a new window)
        </Link>
        , with a worked example for every function.
      </Text>
    </div>
  );
}
