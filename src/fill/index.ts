export { detectCodeField, MINIMUM_SCORE, summarize } from './detect';
export type { DetectOptions } from './detect';
export { fillCode } from './fill';
export { displaySite, isSiteBound, siteOf } from './site';
export type { CodeField, FieldSummary, FillOutcome } from './types';
