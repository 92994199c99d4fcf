/**
 * Welsh messages (Cymraeg). Loaded lazily (`loadMessages('cy')`), so
 * English-only pages never download them. `{field}` is the field's Welsh
 * in-sentence form from the registry (with its article and the soft mutation
 * that "Rhowch", "Dewiswch" and "Rhaid i" cause), so every template puts
 * `{field}` after one of those words; "i y"/"i yr" becomes "i’r" when filled in.
 */
import type { MessageTable } from './keys.js';

export const cy: MessageTable = {
  messages: {
    required: 'Rhowch {field}',
    'required.choice': 'Dewiswch {field}',
    'type.string': 'Rhaid i {field} fod yn destun',
    'type.number': 'Rhaid i {field} fod yn rhif, fel 11',
    'type.array': 'Rhaid i {field} fod yn rhestr',
    'type.object': 'Rhaid i {field} fod yn set o fanylion, nid un gwerth',
    enum: 'Rhaid i {field} fod yn un o’r canlynol: {options}',
    'field.unknown': 'Nid yw "{name}" yn faes y mae’r catalog yn ei adnabod',
    'id.taken': 'Mae gwasanaeth arall eisoes yn defnyddio {field}',
    'format.uuid': 'Rhaid i {field} fod yn y fformat cywir, fel ac148810-d857-441c-9679-408f346de14b',
    'format.email': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.org',
    'format.uri': 'Rhowch gyfeiriad gwe yn y fformat cywir, fel https://www.example.org',
    'format.date-time': 'Rhowch ddyddiad ac amser yn y fformat cywir, fel 2026-03-27T10:30:00Z',
    date: 'Rhowch ddyddiad go iawn, fel 2026-03-27',
    'date.order': 'Rhaid i {field} fod yr un fath â’r dyddiad dechrau neu ar ei ôl',
    time: 'Rhowch amser yn y fformat 24 awr, fel 09:30',
    'time.same': 'Rhaid i {field} fod yn wahanol i’r amser agor',
    postcode: 'Rhowch god post go iawn yn y DU, fel SW1A 1AA',
    phone: 'Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982',
    'age.whole': 'Rhaid i {field} fod yn rhif cyfan, fel 11',
    'age.range': 'Rhaid i {field} fod rhwng {min} a {max}',
    'age.order': 'Rhaid i {field} fod yr un fath â’r oedran uchaf neu’n is',
    currency: 'Rhowch yr arian cyfred fel cod 3 llythyren, fel GBP',
    'language.code': 'Rhowch god iaith, fel cy neu en',
    unknown: 'Rhaid i {field} fod yn y fformat cywir',
  },
  record: 'Cofnod y gwasanaeth',
  id: 'ID {Noun}',
};
