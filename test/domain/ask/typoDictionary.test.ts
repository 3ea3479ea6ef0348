import words from 'an-array-of-english-words';
import { TYPO_TARGETS, correctTypos } from '../../../src/domain/ask/typos';

/**
 * The typo corrector (typos.ts) may change only words that are not English, or English words it means to change: another
 * inflection or spelling of a vocabulary word ("authorised" → "authorized", "baselines" → "baseline"), or a rare dictionary word
 * that is far likelier a typo ("becasse", "pollicy"). Every other real word near the vocabulary is in realWords.ts. When the
 * vocabulary grows to catch a new real word, this test names it: add it to realWords.ts, or here if changing it is meant.
 */
const CORRECTED_ON_PURPOSE: ReadonlySet<string> = new Set(
  (
  'accourt accourts acrawl administrate administrated administrates administration amissing appropriable appropriacy ' +
  'appropriated appropriately appropriates appropriative appropriator authentical authenticates authenticating ' +
  'authentications authorisation authorisations authorise authorised authorises authorizations authorizes baselines ' +
  'bearers becasse blockings browsers browses carrect catalogs catalogued cataloguer catalogues catelog certificated ' +
  'certificates clints coerect conceals confidentially corrects crawlings credentialed databases deactivates decommission ' +
  'decommissions deliberate deliberated deliberates delists deployments deprecates differenced differencied differencies ' +
  'differency disclosed discloser discloses disclost disclosures discontinue discontinues emoved emoves enginers ' +
  'entitlements enumerated enumerates enumerations existences expiries exposes firewalls forbad forbidder forevers ' +
  'googled googles heders hether hidings indewed indewing indexings insufficience insufficiency insufficiently ' +
  'intentionality intentioned invalids invexed isolations maintainers mistype mistypes monitorings nonexistence onstead ' +
  'organisational organisations organizational organizations ownerships permanency permanents polices pollicies pollicy ' +
  'porrect privates privileged projects projet purges purposed purposes reauthorise reauthorised reauthorises ' +
  'reauthorization reauthorized reauthorizes reevoke reevoked refuse responser responses restores retore retorn ' +
  'revealings revokes rewoke rewove routeing routings sealch searce signatures sokens statue statues subscriptions ' +
  'sunsets temporaries thether tokers tonant unauthorised verifies wether whetter workspaces'
  ).split(' '),
);

/** The word with up to `count` letters deleted, itself included. */
function deletions(word: string, count: number): string[] {
  const found = new Set([word]);
  let layer = [word];
  for (let round = 0; round < count; round += 1) {
    layer = layer.flatMap((w) => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1)));
    layer.forEach((w) => found.add(w));
  }
  return [...found];
}
/** How many deletions on each side find every pair the corrector may join: two edits only between words of ten letters or more. */
const reach = (word: string): number => (word.length >= 10 ? 2 : 1);

/**
 * Words that may be within the corrector's reach of a target (a superset: two words within k edits, swaps included, share a
 * string with at most k letters deleted from each), so that the slow corrector runs on a few thousand words, not 275,000.
 */
function nearTargets(dictionary: readonly string[]): string[] {
  const keys = new Set(TYPO_TARGETS.flatMap((target) => deletions(target, reach(target))));
  return dictionary.filter((word) => /^[a-z]{5,30}$/.test(word) && deletions(word, reach(word)).some((key) => keys.has(key)));
}

describe('typo corrector against an English dictionary', () => {
  it('changes no real word except the inflections, spellings and likely typos it means to', () => {
    const changed = nearTargets(words).filter((word) => correctTypos(word) !== word);
    expect(changed.filter((word) => !CORRECTED_ON_PURPOSE.has(word))).toEqual([]);
    // And the list above holds nothing the corrector no longer changes (it would hide a word that is now left alone).
    expect([...CORRECTED_ON_PURPOSE].filter((word) => !changed.includes(word))).toEqual([]);
  });
});
