import type { DecisionRule } from '../types';
import { knowledge } from './entries';

/**
 * The 403-vs-404 decision rule as the knowledge base words it, the same for every question and incident, in
 * the shape triage results carry. (A triage states the rule adapted to the causes it found: that is
 * guidance/decisionRule.ts.)
 */
export const DECISION_RULE: DecisionRule = {
  summary: 'Use 403 when the accurate signal is Forbidden, 404 when it is Not Found.',
  explanation: `${knowledge('decision-rule').text} ${knowledge('mistake-swapping').text}`,
};
