/**
 * Anonymity: no aggregate over fewer than `threshold` respondents (or organisations) may be
 * shown — not directly, and not by subtracting what is shown from a shown total.
 */

export const ANONYMITY_THRESHOLD = 5;

export interface GroupCount {
  key: string;
  n: number;
}

export interface Suppression {
  /** Whether the total over all groups may be shown. */
  totalShown: boolean;
  /** Keys of the groups that may be shown. */
  shown: Set<string>;
  /** Keys hidden because they are small (primary) or because they would reveal a small one (secondary). */
  hidden: { key: string; reason: 'too_few' | 'would_reveal_others' }[];
}

/**
 * Decides which groups of one partition (units of an organisation, organisations of a type…)
 * may be shown next to their total. A group under the threshold is hidden; then, because the
 * total minus the shown groups equals the hidden ones together, more groups are hidden (the
 * smallest first) until the hidden groups together hold at least `threshold` and number at
 * least two. Empty groups (n = 0) reveal nothing and are left alone.
 */
export function suppressPartition(groups: readonly GroupCount[], threshold = ANONYMITY_THRESHOLD): Suppression {
  const total = groups.reduce((s, g) => s + g.n, 0);
  const totalShown = total >= threshold;
  const hidden = new Map<string, 'too_few' | 'would_reveal_others'>();
  for (const g of groups) if (g.n > 0 && g.n < threshold) hidden.set(g.key, 'too_few');
  if (totalShown && hidden.size > 0) {
    const candidates = groups.filter((g) => g.n > 0 && !hidden.has(g.key)).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
    const hiddenSum = () => groups.filter((g) => hidden.has(g.key)).reduce((s, g) => s + g.n, 0);
    while (candidates.length > 0 && (hidden.size < 2 || hiddenSum() < threshold))
      hidden.set(candidates.shift()!.key, 'would_reveal_others');
  }
  if (!totalShown) for (const g of groups) if (g.n > 0) hidden.set(g.key, hidden.get(g.key) ?? 'too_few');
  return {
    totalShown,
    shown: new Set(groups.filter((g) => g.n >= threshold && !hidden.has(g.key)).map((g) => g.key)),
    hidden: [...hidden].map(([key, reason]) => ({ key, reason })),
  };
}
