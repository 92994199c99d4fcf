import { optText, optUri, optUuid, uuid, z } from './fields.js';

/** ORUK 3.0 taxonomy_term.json */
export const taxonomyTermSchema = z.looseObject({
  id: uuid(),
  name: z.string(),
  description: z.string(),
  parent_id: optUuid(),
  taxonomy: optText(),
  taxonomy_id: optUuid(),
  term_uri: optUri(),
  term: optText(),
});
export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;
