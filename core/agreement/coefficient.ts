/** Why a coefficient has no value: it is undefined for these data, never a made-up 0 or 1. */
export type NotComputableReason =
  /** Fewer than two pairable values (or units): nothing to compare. */
  | 'no_pairable_units'
  /** Every value is the same, so chance agreement is total and the ratio is 0/0. */
  | 'no_variation'
  /** The coefficient is defined for exactly two coders. */
  | 'two_coders_only'
  /** The coefficient needs every coder to rate every unit. */
  | 'missing_values'
  /** Weighted κ needs ordered categories; nominal ones have no distances. */
  | 'unordered_categories';

/** One reliability coefficient: a value, or null with the reason it is undefined. */
export interface Coefficient {
  value: number | null;
  reason?: NotComputableReason;
}

export const notComputable = (reason: NotComputableReason): Coefficient => ({
  value: null,
  reason,
});

export const computed = (value: number): Coefficient => ({ value });
