/** Welsh words for the ways reading a catalogue can fail; loaded by `loadCatalogueErrorMessages('cy')`. */
import type { CatalogueErrorMessages } from './error-messages.js';

export const catalogueErrorMessagesCy: CatalogueErrorMessages = {
  'catalogue.error.network':
    "Nid oedd modd i ni gysylltu â'r cyfeiriadur gwasanaethau. " +
    "Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni.",
  'catalogue.error.download':
    "Nid oedd modd lawrlwytho rhan o'r dudalen hon. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni.",
  'catalogue.error.timeout':
    'Cymerodd y cyfeiriadur gwasanaethau ormod o amser i ateb. Rhowch gynnig arall arni mewn munud.',
  'catalogue.error.notFound': "Nid oedd modd dod o hyd i'r hyn y gofynnoch amdano. Efallai ei fod wedi cael ei ddileu.",
  'catalogue.error.refused': "Nid oedd y cyfeiriadur gwasanaethau yn caniatáu'r cais hwn (gwall {status}).",
  'catalogue.error.busy': "Mae'r cyfeiriadur gwasanaethau yn brysur. Rhowch gynnig arall arni mewn munud.",
  'catalogue.error.server':
    'Mae gan y cyfeiriadur gwasanaethau broblemau ar hyn o bryd (gwall {status}). ' +
    'Rhowch gynnig arall arni yn nes ymlaen.',
  'catalogue.error.http': 'Atebodd y cyfeiriadur gwasanaethau gyda gwall (gwall {status}).',
  'catalogue.error.parse': 'Anfonodd y cyfeiriadur gwasanaethau ateb nad oedd modd i ni ei ddarllen.',
  'catalogue.error.aborted': 'Cafodd y cais ei ganslo.',
};
