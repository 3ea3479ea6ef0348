export { SOURCES, type SourceLabel } from './sources';
export { KNOWLEDGE, knowledge, knowledgeNamed, type KnowledgeEntry, type KnowledgeId, type KnowledgeTopic } from './entries';
export { DECISION_RULE } from './decisionRuleStatement';
