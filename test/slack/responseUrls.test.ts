import { createResponseUrlBudget, RESPONSE_URL_MAX_USES } from '../../src/slack/responseUrls';

describe('createResponseUrlBudget', () => {
  it('allows five uses', () => {
    const budget = createResponseUrlBudget({ now: () => new Date(0) });
    budget.issued('u');
    for (let i = 0; i < RESPONSE_URL_MAX_USES; i += 1) {
      expect(budget.usable('u')).toBe(true);
      budget.used('u');
    }
    expect(budget.usable('u')).toBe(false);
  });

  it('expires a minute before Slack does (30 min), to leave room for skew', () => {
    let now = 0;
    const budget = createResponseUrlBudget({ now: () => new Date(now) });
    budget.issued('u');
    now = 28 * 60_000;
    expect(budget.usable('u')).toBe(true);
    now = 29 * 60_000 + 1;
    expect(budget.usable('u')).toBe(false);
  });

  it('never tries a URL again after Slack called it expired; gives unknown URLs one chance', () => {
    const budget = createResponseUrlBudget({ now: () => new Date(0) });
    expect(budget.usable('never-seen')).toBe(true);
    budget.exhausted('never-seen');
    expect(budget.usable('never-seen')).toBe(false);
  });
});
