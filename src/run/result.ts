import { digestOf, type Digest } from './summary.js';
import { ndjsonLine } from '../render/json.js';
import type { Report } from '../types.js';

/**
 * One file's result as it moves through the CLI: the report, or the JSON text a worker sent
 * (with the digest that `check` needs), each made from the other only when something asks.
 * `check --ndjson` over a pool writes the worker's text as it came: the main thread parses it
 * only when the carry-over adds findings to the report.
 */
export class Result {
  private constructor(
    private parsed: Report | null,
    private readonly text: string | null,
    /** What the summary and the carry-over need: sent by a worker for `check`, else worked out when asked for. */
    private known: Digest | null,
  ) {}

  static ofReport(report: Report, digest: Digest | null): Result {
    return new Result(report, null, digest);
  }

  static ofJson(json: string, digest: Digest | null): Result {
    return new Result(null, json, digest);
  }

  get digest(): Digest {
    return (this.known ??= digestOf(this.report));
  }

  get report(): Report {
    return (this.parsed ??= JSON.parse(this.text!) as Report);
  }

  /** The `--ndjson` line: the worker's text when there is one, it is what JSON.stringify gave there. */
  get ndjson(): string {
    return this.text === null ? ndjsonLine(this.parsed!) : `${this.text}\n`;
  }
}
