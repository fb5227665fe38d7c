/**
 * Reading progress on a terminal, from the first byte: percentage of the bytes, rows read and rows a second,
 * redrawn in place at most five times a second. Nothing is drawn when stderr is not a terminal (a pipe or a
 * log), so a failure there is still one line.
 */
const REDRAW_MS = 200;

export class Progress {
  private readonly start = performance.now();
  private last = -Infinity;
  private rows = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(bytes: number, total: number, rows: number): void {
    this.rows = rows;
    if (!this.stream.isTTY) return;
    const now = performance.now();
    if (now - this.last < REDRAW_MS && bytes < total) return;
    this.last = now;
    const percent = total === 0 ? 100 : Math.floor((100 * bytes) / total);
    const perSecond = this.perSecond(now);
    this.stream.write(
      `\rReading extracts: ${percent}% (${rows.toLocaleString("en-GB")} rows` +
        `${perSecond ? `, ${perSecond} rows a second` : ""})\x1b[K`,
    );
    this.drawn = true;
  }

  end(): void {
    if (this.drawn) this.stream.write("\n");
  }

  /** "Read 1,000,000 rows in 2.1 s (476,000 rows a second)." once something was read. */
  rate(): string | undefined {
    if (this.rows === 0) return undefined;
    const seconds = (performance.now() - this.start) / 1000;
    return `Read ${this.rows.toLocaleString("en-GB")} rows in ${seconds.toFixed(1)} s (${this.perSecond(performance.now())} rows a second).`;
  }

  private perSecond(now: number): string | undefined {
    const seconds = (now - this.start) / 1000;
    if (seconds < 0.05) return undefined;
    return Math.round(this.rows / seconds).toLocaleString("en-GB");
  }
}
