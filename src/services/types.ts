import type { AskResult, TriageResult, TriageStatus } from '../domain/types';
import type { WindowName } from '../domain/window';

/** What a person asked for; the same shape from Slack, the CLI and the watcher. */
export interface TriageRequest {
  status: TriageStatus;
  service: string;
  window: WindowName;
  environment: string | null;
  /** Evaluate as of this moment instead of now (post-incident review). */
  at?: Date;
}

/** One logged request as shown to people: secrets masked, only the fields that help. */
export interface SampleRequest {
  timestamp: string;
  method: string | null;
  path: string | null;
  status: number;
  user: string | null;
  clientIp: string | null;
  userAgent: string | null;
  reason: string | null;
}

export interface TriageService {
  triage(request: TriageRequest): Promise<TriageResult>;
  /** A few recent target-status requests for the "show samples" button, masked. */
  samples(request: TriageRequest, size?: number): Promise<SampleRequest[]>;
  /** Services that have logs in the last `days` days, for suggestions. */
  knownServices(days?: number): Promise<string[]>;
}

export interface AskService {
  ask(question: string): AskResult;
}
