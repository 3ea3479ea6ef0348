import type { DecisionRule } from '../types';
import { knowledge } from './entries';

/**
 * The 403-vs-404 decision rule in the shape triage results carry, so the triage post and the
 * "403 or 404?" answers state the same rule in the same words.
 */
export const DECISION_RULE: DecisionRule = {
  summary: 'Use 403 when the accurate signal is Forbidden, 404 when it is Not Found.',
  explanation: `${knowledge('decision-rule').text} ${knowledge('mistake-swapping').text}`,
};
