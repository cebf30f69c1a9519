/**
 * Miles, Huberman & Saldaña's thirteen tactics for testing or confirming findings, by stable key
 * (stored in conclusion_tactics.tactic), in the book's order.
 */
export const TACTIC_KEYS = [
  'representativeness',
  'researcher-effects',
  'triangulating',
  'weighting-evidence',
  'outliers',
  'extreme-cases',
  'surprises',
  'negative-evidence',
  'if-then-tests',
  'spurious-relations',
  'replicating',
  'rival-explanations',
  'participant-feedback',
] as const;

export type TacticKey = (typeof TACTIC_KEYS)[number];

/** Where a claim stands: tentative until evidence supports it, verified once tested. */
export const CONCLUSION_STATUSES = ['tentative', 'supported', 'verified', 'rejected'] as const;

export type ConclusionStatus = (typeof CONCLUSION_STATUSES)[number];

/** What an excerpt is to a claim; dismissed proposals are kept so they are not proposed again. */
export const EVIDENCE_ROLES = ['supporting', 'negative', 'dismissed'] as const;

export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];
