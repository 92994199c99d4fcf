/**
 * Welsh strings of <oruk-service-list> (Cymraeg). Loaded with a dynamic
 * import only when the page or element is in Welsh, with the formatters'
 * words and the field registry's (labels, statuses; not the Welsh messages
 * of the editor's checks, which loadMessages adds).
 */
import type { DetailStrings } from './detail-en.js';
import type { ListStrings } from './en.js';
export { formatCy } from '../../shared/strings/cy.js';
export { fieldsCy } from '../../model/fields/generated/cy.js';

/** One table: the list's words and the detail view's. */
export const listCy: ListStrings & DetailStrings = {
  loading: 'Wrthi’n llwytho gwasanaethau…',
  loadingService: 'Wrthi’n llwytho’r gwasanaeth hwn…',
  empty: 'Dim gwasanaethau wedi’u canfod',
  emptySearch:
    'Dim gwasanaethau wedi’u canfod ar gyfer “{search}”. Rhowch gynnig ar eiriau eraill, neu cliriwch y chwiliad.',
  clearSearch: 'Clirio’r chwiliad',
  noSource: 'Does gan y rhestr hon ddim i’w ddangos eto: mae angen cyfeiriad catalog arni (y priodoledd api).',
  errorHeading: 'Doedd dim modd llwytho’r gwasanaethau',
  errorServiceHeading: 'Doedd dim modd llwytho’r gwasanaeth hwn',
  errorNetwork:
    'Doedd dim modd cysylltu â’r catalog. Gwiriwch eich cysylltiad â’r rhyngrwyd, yna rhowch gynnig arall arni.',
  errorDownload:
    'Doedd dim modd lawrlwytho’r rhan hon o’r dudalen. ' +
    'Gwiriwch eich cysylltiad â’r rhyngrwyd, yna rhowch gynnig arall arni.',
  errorTimeout: 'Cymerodd y catalog ormod o amser i ateb. Rhowch gynnig arall arni mewn munud.',
  errorHttp: 'Cafodd y catalog broblem wrth ateb (gwall {status}). Rhowch gynnig arall arni yn nes ymlaen.',
  errorNotFound: 'Doedd dim modd dod o hyd i’r gwasanaeth hwn. Efallai ei fod wedi’i ddileu.',
  errorParse: 'Anfonodd y catalog rywbeth nad oedd modd i ni ei ddarllen. Rhowch gynnig arall arni yn nes ymlaen.',
  errorOther: 'Aeth rhywbeth o’i le wrth lwytho. Rhowch gynnig arall arni.',
  tryAgain: 'Rhoi cynnig arall arni',
  searchLabel: 'Chwilio gwasanaethau',
  searchButton: 'Chwilio',
  filterLabel: 'Math o wasanaeth',
  filterAll: 'Pob math',
  showing_zero: 'Yn dangos {from} i {to} o {total} gwasanaeth',
  showing_one: 'Yn dangos {from} i {to} o {total} gwasanaeth',
  showing_other: 'Yn dangos {from} i {to} o {total} gwasanaeth',
  pagination: 'Tudalennau',
  previous: 'Tudalen flaenorol',
  next: 'Tudalen nesaf',
  pageOf: 'Tudalen {page} o {pages}',
  servicesList: 'Gwasanaethau',
  back: 'Yn ôl i’r holl wasanaethau',
  by: 'Yn cael ei redeg gan {organization}',
  contactHeading: 'Cysylltu',
  map: 'Map o {place}',
  whoHeading: 'Ar gyfer pwy',
  relatedHeading: 'Gwasanaethau eraill gan {organization}',
  issuesHeading_zero: 'Dim problemau yn y data',
  issuesHeading_one: '{count} broblem yn y data',
  issuesHeading_two: '{count} broblem yn y data',
  issuesHeading_few: '{count} problem yn y data',
  issuesHeading_many: '{count} problem yn y data',
  issuesHeading_other: '{count} problem yn y data',
  issuesIntro:
    'Roedd y problemau hyn yn y ffrwd. Rydym wedi trwsio neu adael allan yr hyn nad oedd modd ei ddefnyddio.',
};
