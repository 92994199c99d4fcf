/**
 * English text of the merge view shown after a clash (412), loaded with it in
 * a chunk of its own. The Welsh is in ./cy.ts, which holds every Welsh string
 * of the editor. Fields are named by the field registry (`fieldLabel`).
 */
export const conflictEn = {
  conflictHeading: 'Someone else changed this service',
  conflictIntro:
    'Someone saved changes to this service after you started editing. ' +
    'For each field below, choose which version to keep, then save.',
  yours: 'Your version',
  theirs: 'Saved by someone else',
  keepYours: 'Keep yours',
  useTheirs: 'Use theirs',
  saveChoices: 'Save with these choices',
  empty: '(empty)',
  moreItems: 'and {count} more',
};

export type ConflictStrings = typeof conflictEn;
