/** The review state of a coding: proposed until a reviewer decides. */
export const REVIEW_STATES = ['proposed', 'accepted', 'rejected', 'discuss'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** A coder's role: reviewers (supervisors, team leads) decide on codings. */
export const CODER_ROLES = ['coder', 'reviewer'] as const;
export type CoderRole = (typeof CODER_ROLES)[number];
