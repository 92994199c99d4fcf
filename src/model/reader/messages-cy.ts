/**
 * Welsh texts of the reader's problems and errors (same keys as messages-en.ts).
 * Loaded lazily through loadReaderMessages('cy'), so the English-only list
 * page does not carry it. Field names and enum values stay in ORUK's English.
 */
import type { ReaderMessages } from './messages-en.js';

export const readerMessagesCy: ReaderMessages = {
  'reader.error.notObject': 'Nid ymateb gan gyfeiriadur gwasanaethau yw hwn: nid oes cofnod ynddo.',
  'reader.error.notServicePage': 'Nid rhestr o wasanaethau gan gyfeiriadur gwasanaethau yw hon.',
  'reader.error.notService': 'Nid cofnod gwasanaeth yw hwn: nid oes ganddo id nac enw.',
  'reader.error.notTermPage': 'Nid rhestr o dermau tacsonomeg gan gyfeiriadur gwasanaethau yw hon.',

  'reader.value.wrongType': "Nid oedd {field} mewn ffurf y gallem ei darllen: wedi'i anwybyddu",
  'reader.value.missing': 'Roedd {field} ar goll',
  'reader.item.notRecord': "Nid cofnod oedd {field}: wedi'i adael allan",
  'reader.item.empty': "Nid oedd dim yn {field} y gallem ei ddangos: wedi'i adael allan",
  'reader.list.single': "Roedd {field} yn un eitem yn lle rhestr: wedi'i ddarllen fel rhestr o un",

  'reader.id.notUuid': 'Nid yw {field} "{value}" yn UUID: wedi\'i gadw fel y mae',
  'reader.id.missing': "Roedd {field} ar goll, felly nid oes modd cysylltu â'r cofnod hwn",
  'reader.service.noIdOrName': "Nid oedd id nac enw gan {field}: wedi'i adael allan",
  'reader.service.noId': "Nid oedd id gan {field}, felly nid oes modd cysylltu ag ef: wedi'i adael allan",
  'reader.service.noNameDropped': "Nid oedd enw gan {field}, felly nid oes modd ei restru: wedi'i adael allan",
  'reader.service.noName': 'Roedd {field} ar goll: nid oes enw gan y gwasanaeth',

  'reader.status.missing': 'Roedd {field} ar goll: yn cael ei ddangos fel gweithredol',
  'reader.status.mapped': 'Roedd {field} yn "{value}": wedi\'i ddarllen fel {status}',
  'reader.status.unknown': 'Roedd {field} yn "{value}", nad yw\'n {options|na}: yn cael ei ddangos fel gweithredol',

  'reader.age.notSet': "Roedd {field} yn {value}, sy'n golygu heb ei osod: wedi'i anwybyddu",
  'reader.age.invalid': 'Roedd {field} yn "{value}", nad yw\'n oedran: wedi\'i anwybyddu',
  'reader.age.fromText': 'Roedd {field} yn destun "{value}": wedi\'i ddarllen fel {age}',
  'reader.age.swapped': "Roedd yr isafswm oedran ({min}) yn uwch na'r uchafswm oedran ({max}): wedi'u cyfnewid",

  'reader.number.invalid': 'Roedd {field} yn "{value}", nad yw\'n rhif: wedi\'i anwybyddu',
  'reader.number.fromText': 'Roedd {field} yn destun "{value}": wedi\'i ddarllen fel {number}',
  'reader.coordinates.invalid': "Nid yw {field} ({value}) yn safle ar fap: wedi'i anwybyddu",

  'reader.dateTime.noZone': 'Nid oedd cylchfa amser gan {field} "{value}": wedi\'i ddarllen fel UTC',
  'reader.dateTime.dateOnly': 'Nid oedd amser gan {field} "{value}": wedi\'i ddarllen fel hanner nos UTC',
  'reader.dateTime.invalid': 'Nid yw {field} "{value}" yn ddyddiad ac amser: wedi\'i anwybyddu',
  'reader.date.repaired': 'Cafodd {field} "{value}" ei ddarllen fel y dyddiad {date}',
  'reader.date.invalid': 'Nid yw {field} "{value}" yn ddyddiad: wedi\'i anwybyddu',
  'reader.time.repaired': 'Cafodd {field} "{value}" ei ddarllen fel {time}',
  'reader.time.invalid': 'Nid yw {field} "{value}" yn amser o\'r dydd: wedi\'i anwybyddu',
  'reader.day.invalid': 'Nid yw {field} "{value}" yn ddiwrnod o\'r wythnos: wedi\'i anwybyddu',
  'reader.freq.invalid': 'Nid yw {field} "{value}" yn WEEKLY nac yn MONTHLY: wedi\'i anwybyddu',

  'reader.email.invalid': 'Nid yw {field} "{value}" yn gyfeiriad e-bost: wedi\'i anwybyddu',
  'reader.email.placeholder': 'Mae {field} "{value}" yn gyfeiriad e-bost ffug, nid un go iawn: wedi\'i anwybyddu',
  'reader.email.noReply': 'Nid yw {field} "{value}" yn derbyn atebion: wedi\'i anwybyddu',
  'reader.url.schemeAdded': 'Nid oedd https:// ar ddechrau {field} "{value}": wedi\'i ddarllen fel {url}',
  'reader.url.unsafe': "Nid yw {field} \"{value}\" yn gyfeiriad gwe sy'n ddiogel i'w agor: wedi'i anwybyddu",
  'reader.url.invalid': 'Nid yw {field} "{value}" yn gyfeiriad gwe: wedi\'i anwybyddu',
  'reader.url.placeholder': 'Enghraifft yw {field} "{value}", nid cyfeiriad gwe go iawn: wedi\'i anwybyddu',
  'reader.phone.noDigits': 'Nid oes rhif i\'w ffonio yn {field} "{value}": yn cael ei ddangos fel testun yn unig',
  'reader.phone.words': 'Mae geiriau yn {field} "{value}": y rhif i\'w ffonio yw {tel}',
  'reader.language.code': 'Nid yw {field} "{value}" yn god iaith: wedi\'i anwybyddu',
  'reader.currency.invalid': 'Nid yw {field} "{value}" yn god arian fel GBP: wedi\'i anwybyddu',

  'reader.page.zeroBased':
    "Roedd {field} yn 0: mae'r ffrwd hon yn cyfrif tudalennau o 0, felly cafodd ei ddarllen fel tudalen 1",
  'reader.page.invalidNumber':
    "Roedd {field} yn \"{value}\", nad yw'n rhif cyfan: wedi'i gyfrifo o'r dudalen yn lle hynny",
  'reader.page.totalTooSmall':
    "Roedd {field} yn {value}, llai na'r {count} eitem ar y dudalen: wedi'i ddarllen fel {count}",
  'reader.version.unknown': 'Nid yw {field} "{value}" yn fersiwn o\'r safon yr ydym yn ei hadnabod',
  'reader.version.missing': "Ni ddywedodd y ffrwd pa fersiwn o'r safon y mae'n ei defnyddio",
  'reader.writeApi.incomplete': "Mae angen version a token_url yn {field}: wedi'i anwybyddu",
};
