import { optText, optUri, uuid, z } from './fields.js';
import { taxonomyTermSchema } from './taxonomy_term.js';

/** ORUK 3.0 taxonomy.json */
export const taxonomySchema = z.looseObject({
  id: uuid(),
  name: z.string(),
  description: z.string(),
  uri: optUri(),
  version: optText(),
  taxonomy_terms: z.optional(z.array(taxonomyTermSchema)),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;
