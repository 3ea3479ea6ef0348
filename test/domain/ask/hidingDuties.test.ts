import { detectHide } from '../../../src/domain/ask/facts/hiding';
import { normalizeQuestion } from '../../../src/domain/ask/normalize';

const hides = (text: string): boolean | null => detectHide(normalizeQuestion(text));

/** A duty to hide told indirectly (session 16, from a blind set's misses): read as hiding; what only sounds like it, not. */
describe('a duty to hide told indirectly', () => {
  it.each([
    'the curator would rather it looked like nothing is there until the exhibit opens',
    'we want it to appear as if there was nothing at that address',
    'our rule is that we neither confirm nor deny sealed records to anyone but the parties',
    'the registry will not confirm or deny whether a record is held',
    'in blind review, applicants must never learn who reviews their grant',
    'members should not find out which cases are open',
    'the ethics office does not want anyone outside the committee to learn which complaints are open',
    'the label insists nobody outside the organising promoter can find out the show is happening before friday',
    // Session 17: absence as what the caller must get; what a customer did elsewhere.
    "managers who call the band endpoints before then should see exactly what they'd see if nothing had been loaded",
    'until launch it should look as if nothing was loaded',
    'lenders shouldnt be able to tell a customer shopped around elsewhere',
    "private datasets give 403, missing ones 404, so they're mapping which ids are real",
  ])('%s', (text) => {
    expect(hides(text)).toBe(true);
  });

  it.each([
    // What the server itself cannot tell is no duty to hide.
    'we can not know who the caller is since the jwt signature fails',
    // What a user sees, reported, is no wish.
    'the customer says the page looks like nothing is there',
    // What a caller would see on an empty account is no wish to hide.
    'the new user sees what they would see on any empty account',
    // Our own work on which ids are real is no prober.
    'we are checking which ids are real before the migration',
  ])('not hiding: %s', (text) => {
    expect(hides(text)).not.toBe(true);
  });
});

/** Existence said to be known or no secret, in the words of a set's miss (session 17): no duty to hide. */
describe('no duty to hide, said plainly', () => {
  it.each([
    'the employee is in the company directory so everybody know he exist',
    'everybody on the team knows she exists',
    'the band list is visible to staff, no secret here',
    'there is no secret about it',
  ])('%s', (text) => {
    expect(hides(text)).toBe(false);
  });

  it.each([
    // A secret that exists is not one denied.
    'it is a secret here, nobody may learn it exists',
  ])('still hiding: %s', (text) => {
    expect(hides(text)).not.toBe(false);
  });
});
