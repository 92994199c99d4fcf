/** One line of the results table. Every headline figure has a baseline measured in the same run. */
export interface Row {
  area: string;
  what: string;
  ours: string;
  baseline: string;
  /** Ours ÷ baseline, as a cost (time, bytes): above 1 means ours costs more. */
  ratio: string;
  /** The numeric ratio, for the shortfall list (undefined when there is none). */
  ratioValue?: number;
  note: string;
  /** Set when this figure misses its goal: what falls short, in words. */
  shortfall?: string;
}

export interface Section {
  rows: Row[];
  /** Extra lines for the notes under the table. */
  notes: string[];
}
