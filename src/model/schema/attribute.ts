import { optText, optUuid, uuid, z } from './fields.js';
import { taxonomyTermSchema } from './taxonomy_term.js';

/** ORUK 3.0 attribute.json: links an entity to a taxonomy term. */
export const attributeSchema = z.looseObject({
  id: uuid(),
  link_id: optUuid(),
  taxonomy_term_id: optUuid(),
  link_type: optText(),
  taxonomy_term: z.optional(taxonomyTermSchema),
});
export type Attribute = z.infer<typeof attributeSchema>;

/** The `attributes` array most entities carry. */
export const attributes = () => z.optional(z.array(attributeSchema));
