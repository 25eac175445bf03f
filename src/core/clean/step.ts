/**
 * One named step of the cleaning pipeline. Steps are pure string → string functions over a whole
 * article (line breaks preserved), idempotent (`apply(apply(s)) === apply(s)`), and registered in
 * order in `pipeline.ts`, so the build, the CLI, tests and (later) the browser import run the same
 * code.
 */
export interface CleaningStep {
  /** Stable identifier, used in logs and in the "how this text was cleaned" apparatus. */
  readonly name: string;
  /** One sentence for readers: what the step repairs and why. */
  readonly summary: string;
  readonly apply: (text: string) => string;
}
