// JSON lines on standard output, buffered: a run with --log-steps prints one line per
// optimizer step, and a write per line would cost more than the step itself.
export class LineWriter {
  private lines: string[] = [];

  constructor(private readonly limit = 512) {}

  write(record: unknown): void {
    this.lines.push(JSON.stringify(record));
    if (this.lines.length >= this.limit) this.flush();
  }

  flush(): void {
    if (this.lines.length === 0) return;
    process.stdout.write(this.lines.join('\n') + '\n');
    this.lines = [];
  }
}
