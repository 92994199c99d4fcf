/**
 * Welsh text of the editor and its form (Cymraeg). Loaded with a dynamic import
 * only when the page or the element asks for Welsh (`lang="cy"`).
 */
import type { AllStrings } from './en.js';

export const cy: AllStrings = {
  loading: 'Wrthi’n llwytho’r gwasanaeth…',
  noApi: 'Nid oes catalog gan y golygydd hwn i weithio gydag ef. Rhowch gyfeiriad y catalog yn ei briodoledd api.',
  loadFailed: 'Nid oedd modd llwytho’r gwasanaeth o’r catalog.',
  notFound: 'Nid yw’r gwasanaeth hwn yn y catalog. Efallai ei fod wedi cael ei ddileu.',
  tryAgain: 'Rhoi cynnig arall arni',
  loadingPart: 'Wrthi’n llwytho…',
  partFailed: 'Nid oedd modd llwytho’r rhan hon o’r golygydd. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.',
  readOnly:
    'Mae’r catalog hwn yn un darllen yn unig. ' +
    'Nid yw’n derbyn newidiadau o’r dudalen hon, felly nid oes modd golygu’r gwasanaeth yma. ' +
    'Gofynnwch i berchennog y catalog sut i’w ddiweddaru.',

  signInHeading: 'Mewngofnodwch i olygu gwasanaethau',
  signInHint: 'Defnyddiwch y cyfeiriad e-bost a’r cyfrinair a roddodd y catalog i chi.',
  email: 'Cyfeiriad e-bost',
  password: 'Cyfrinair',
  signIn: 'Mewngofnodi',
  signingIn: 'Wrthi’n mewngofnodi…',
  emailMissing: 'Rhowch eich cyfeiriad e-bost',
  passwordMissing: 'Rhowch eich cyfrinair',
  badCredentials: 'Nid yw’r cyfeiriad e-bost neu’r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.',
  tooManyAttempts:
    'Rydych wedi ceisio mewngofnodi gormod o weithiau. Arhoswch {minutes} munud, yna rhowch gynnig arall arni.',
  signInUnreachable: 'Nid oedd modd cyrraedd y catalog. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.',
  signInFailed: 'Ni weithiodd y mewngofnodi. Rhowch gynnig arall arni yn nes ymlaen.',
  sessionEnded:
    'Mae eich sesiwn wedi dod i ben. Mewngofnodwch eto i gadw eich newidiadau. Mae eich newidiadau yma o hyd.',
  providerFailed:
    'Nid oedd y wefan hon yn gallu eich mewngofnodi i’r catalog. ' +
    'Ail-lwythwch y dudalen, neu gofynnwch i berchennog y wefan am help.',

  summaryTitle: 'Mae problem wedi codi',
  errorPrefix: 'Gwall:',

  signedIn: 'Wedi mewngofnodi i’r catalog',
  signOut: 'Allgofnodi',
  signOutWarning: 'Mae gennych newidiadau heb eu cadw. Bydd allgofnodi yn eu dileu o’r ddyfais hon.',
  signOutAnyway: 'Allgofnodi a dileu fy newidiadau',
  cancel: 'Canslo',
  signedOut: 'Rydych wedi allgofnodi.',

  offline:
    'Nid oes modd cyrraedd y catalog ar hyn o bryd. Mae eich newidiadau heb eu cadw yn ddiogel ar y ddyfais hon: ' +
    'adferwch nhw, a chadwch pan fydd y catalog yn ôl.',

  draftHeading: 'Mae gennych newidiadau heb eu cadw',
  draftBody: 'Ni chafodd y newidiadau a wnaethoch ar y ddyfais hon ar {date} eu cadw.',
  draftBodyToday: 'Ni chafodd y newidiadau a wnaethoch ar y ddyfais hon am {time} eu cadw.',
  restoreDraft: 'Adfer eich newidiadau heb eu cadw o {time}',
  discardDraft: 'Taflu',
  draftRestored: 'Mae eich newidiadau heb eu cadw wedi’u hadfer. Cadwch nhw i ddiweddaru’r catalog.',
  draftDiscarded: 'Cafodd eich newidiadau heb eu cadw eu taflu.',

  editHeading: 'Golygu {name}',
  newHeading: 'Ychwanegu gwasanaeth newydd',
  save: 'Cadw newidiadau',
  create: 'Creu gwasanaeth',
  saving: 'Wrthi’n cadw…',
  savedAt: 'Wedi’i gadw am {time}',
  unsaved: 'Mae gennych newidiadau heb eu cadw.',
  notSavedInvalid: 'Heb ei gadw. Cywirwch y gwallau a ddangosir, yna cadwch eto.',
  notSavedServerInvalid:
    'Heb ei gadw. Daeth y catalog o hyd i broblemau gyda’r gwasanaeth hwn. ' +
    'Cywirwch y gwallau a ddangosir, yna cadwch eto.',
  notSavedOffline: 'Heb ei gadw. Mae eich newidiadau’n cael eu cadw ar y ddyfais hon.',
  notSavedForbidden:
    'Heb ei gadw. Ni all eich sefydliad olygu’r gwasanaeth hwn, oherwydd ei fod yn perthyn i sefydliad arall. ' +
    'Mae eich newidiadau’n cael eu cadw ar y ddyfais hon.',
  notSavedExists: 'Heb ei gadw. Mae gwasanaeth gyda’r dynodydd hwn yn y catalog yn barod.',
  notSavedOther: 'Heb ei gadw. Ni dderbyniodd y catalog y newid. Mae eich newidiadau’n cael eu cadw ar y ddyfais hon.',
  notSavedSignIn: 'Heb ei gadw eto. Mewngofnodwch eto i gadw eich newidiadau.',
  leaveWarning:
    'Mae gennych newidiadau heb eu cadw. Os byddwch yn gadael, byddant yn aros ar y ddyfais hon fel drafft.',

  conflictHeading: 'Mae rhywun arall wedi newid y gwasanaeth hwn',
  conflictIntro:
    'Cadwodd rhywun newidiadau i’r gwasanaeth hwn ar ôl i chi ddechrau golygu. ' +
    'Ar gyfer pob maes isod, dewiswch pa fersiwn i’w chadw, yna cadwch.',
  yours: 'Eich fersiwn chi',
  theirs: 'Wedi’i chadw gan rywun arall',
  keepYours: 'Cadw eich un chi',
  useTheirs: 'Defnyddio eu hun nhw',
  saveChoices: 'Cadw gyda’r dewisiadau hyn',
  empty: '(gwag)',
  moreItems: 'a {count} arall',
  conflictNone: 'Nid yw’r newidiadau eraill yn gwrthdaro â’ch rhai chi. Wrthi’n cadw eto…',

  // ---- the service form

  optional: '(dewisol)',
  formLabel: 'Manylion y gwasanaeth',

  filterTerms: 'Hidlo categorïau',
  noTerms: 'Nid oes gan y catalog gategorïau i ddewis ohonynt.',
  noMatchingTerms: 'Nid oes categorïau’n cyfateb i’ch hidlydd.',

  remove: 'Dileu',
  moveUp: 'Symud i fyny',
  moveDown: 'Symud i lawr',

  preview: 'Rhagolwg',
  previewHint: 'Sut y bydd y gwasanaeth yn edrych ar eich gwefan',

  itemLabel: (noun: string, n: number) => `${noun} ${n}`,
  added: (item: string) => `Ychwanegwyd ${item}`,
  removed: (item: string) => `Dilëwyd ${item}`,
  moved: (noun: string, position: number, total: number) => `Symudwyd ${noun} i safle ${position} o ${total}`,
};
