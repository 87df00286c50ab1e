/** A dataset size, named by its number of measures; everything else scales with it. */
export interface ScaleSize {
  label: string;
  measures: number;
}

export const SIZES: Record<string, ScaleSize> = {
  "1k": { label: "1k", measures: 1_000 },
  "10k": { label: "10k", measures: 10_000 },
  "100k": { label: "100k", measures: 100_000 },
};

/** Sizes from a flag like `1k,10k`; every size when none is given. */
export function parseSizes(flag: string | undefined): ScaleSize[] {
  if (!flag) return Object.values(SIZES);
  return flag.split(",").map((name) => {
    const size = SIZES[name.trim()];
    if (!size) throw new Error(`unknown size "${name}"; use ${Object.keys(SIZES).join(", ")}`);
    return size;
  });
}
