import { optNumber, optText, optUuid, uuid, z } from './fields.js';

/** ORUK 3.0 cost_option.json. valid_from/valid_to have no format in the official schema. */
export const costOptionSchema = z.looseObject({
  id: uuid(),
  service_id: optUuid(),
  valid_from: optText(),
  valid_to: optText(),
  option: optText(),
  amount: optNumber(),
  amount_description: optText(),
});
export type CostOption = z.infer<typeof costOptionSchema>;
