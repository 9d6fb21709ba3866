/** The budget of one workbook: a file over it gets its sentence, and the others go on. */
export type ReadLimits = {
  /** Cells that hold something, and the area of each sheet's grid (a runaway sheet). */
  maxCells: number;
  /** Bytes the package may unpack to (a zip bomb). */
  maxBytes: number;
  /** Characters of text across all cells (one huge shared string used in every cell). */
  maxTextChars: number;
  /** Merged areas in one sheet. */
  maxMerges: number;
  /**
   * Asked now and then while reading; true stops the read with a "too slow" problem. The core has no clock:
   * the host passes one (the CLI: a deadline of --max-seconds).
   */
  shouldStop?: () => boolean;
  /** What shouldStop enforces, for the sentence. */
  seconds?: number;
};

export const DEFAULT_LIMITS: ReadLimits = {
  maxCells: 5_000_000,
  maxBytes: 200 * 1024 * 1024,
  maxTextChars: 100_000_000,
  maxMerges: 1_000_000,
};
