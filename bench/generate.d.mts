/** Writes `<dir>/programme/…` and `<dir>/journal.ledger` for `size` measurements. */
export function generate(dir: string, size: number): { indicators: number; measurements: number };
