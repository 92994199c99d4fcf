/**
 * Locations (service_at_locations[].location): name, type, one UK address
 * (the first; any others are kept as they are), and accessibility features.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { choiceField, fieldId, specFields, type FieldContext, type FieldSpec } from '../fields.js';
import { repeatGroup } from '../groups.js';
import { isObject } from '../record-path.js';

type Json = Record<string, unknown>;

const ADDRESS: readonly FieldSpec[] = [
  { key: 'address_1', label: 'address1', width: 'full', autocomplete: 'address-line1' },
  { key: 'city', label: 'city', autocomplete: 'address-level2' },
  { key: 'region', label: 'region', optional: true },
  { key: 'state_province', label: 'stateProvince', autocomplete: 'address-level1' },
  { key: 'postal_code', label: 'postalCode', width: 'w10', autocomplete: 'postal-code' },
];

const ACCESSIBILITY: readonly FieldSpec[] = [
  { key: 'description', label: 'accessibilityDescription', hint: 'accessibilityHint', width: 'full', optional: true, spellcheck: true },
];

function renderAddress(ctx: FieldContext, address: Json, p: string): TemplateResult {
  const { s } = ctx;
  return html`<fieldset class="group nested" id=${fieldId(p)} data-group=${p}>
    <legend class="legend">${s.address}</legend>
    ${specFields(ctx, address, p, ADDRESS)}
    ${choiceField(ctx, {
      path: `${p}.address_type`,
      legend: s.addressType,
      value: address.address_type,
      inline: true,
      choices: [
        { value: 'physical', label: s.addressPhysical },
        { value: 'postal', label: s.addressPostal },
      ],
    })}
  </fieldset>`;
}

export function renderLocations(ctx: FieldContext, items: unknown): TemplateResult {
  const { s } = ctx;
  return repeatGroup(ctx, {
    path: 'service_at_locations',
    legend: 'locations',
    noun: 'locationNoun',
    add: 'addLocation',
    items,
    renderItem: (item, itemPath) => {
      const location = isObject(item.location) ? item.location : {};
      const p = `${itemPath}.location`;
      const addresses = Array.isArray(location.addresses) ? location.addresses : [];
      const address = isObject(addresses[0]) ? addresses[0] : undefined;
      const showAddress = address !== undefined || location.location_type !== 'virtual';
      return [
        ...specFields(ctx, location, p, [{ key: 'name', label: 'locationName', width: 'full', optional: true, spellcheck: true }]),
        choiceField(ctx, {
          path: `${p}.location_type`,
          legend: s.locationType,
          value: location.location_type,
          choices: [
            { value: 'physical', label: s.typePhysical },
            { value: 'postal', label: s.typePostal },
            { value: 'virtual', label: s.typeVirtual },
          ],
        }),
        showAddress ? renderAddress(ctx, address ?? {}, `${p}.addresses.0`) : html`${nothing}`,
        repeatGroup(ctx, {
          path: `${p}.accessibility`,
          legend: 'accessibility',
          noun: 'accessibilityNoun',
          add: 'addAccessibility',
          nested: true,
          items: location.accessibility,
          renderItem: (feature, fp) => specFields(ctx, feature, fp, ACCESSIBILITY),
        }),
      ];
    },
  });
}
