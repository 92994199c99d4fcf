/**
 * The public entry points for services: `readService` (one record, as from
 * `GET /services/{id}`) and `readServicePage` (a list, as from `GET /services`).
 */
import type { ServicePage, ServiceView } from '../view-model.js';
import type { ReadService, ReadServicePage } from '../reader-contract.js';
import { readEnvelope } from './envelope.js';
import { isJson } from '../json.js';
import { field } from './fields.js';
import { collect, note, prefixNotes } from './notes.js';
import { ReaderError } from './reader-error.js';
import { readServiceRecord } from './service.js';
import { readId } from './values.js';

export const readService: ReadService = (json) => {
  if (!isJson(json)) throw new ReaderError('reader.error.notObject', json);
  const service = readServiceRecord(json);
  if (!service) throw new ReaderError('reader.error.notService', json);
  return service;
};

export const readServicePage: ReadServicePage = (json) =>
  collect((problems) => {
    if (!isJson(json)) throw new ReaderError('reader.error.notServicePage', json);
    const envelope = readEnvelope(json);
    if (!envelope) throw new ReaderError('reader.error.notServicePage', json);
    const items: ServiceView[] = [];
    const { items: raw, itemsKey, ...counts } = envelope;
    for (let i = 0; i < raw.length; i++) {
      const item: unknown = raw[i];
      if (!isJson(item)) {
        note(itemsKey, i, 'item.notRecord');
        continue;
      }
      const service = readServiceRecord(item);
      if (!service) {
        note(itemsKey, i, 'service.noIdOrName');
      } else if (readId(field(item, 'id')) === undefined) {
        // Without an id the list cannot link to the service's page.
        note(itemsKey, i, 'service.noId');
      } else if (service.name === '') {
        note(itemsKey, i, 'service.noNameDropped');
      } else {
        items.push(service);
        if (service.problems.length > 0) prefixNotes(problems, `${itemsKey}.${i}`, service.problems);
      }
    }
    const page: ServicePage = { ...counts, items, empty: items.length === 0, problems };
    return page;
  });
