/**
 * Locations (service_at_locations[].location): name, type, one UK address
 * (the first; any others are kept as they are), and accessibility features.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, radios, textInput, type FieldContext } from '../fields.js';
import { repeatGroup } from '../groups.js';
import { isObject } from '../record-path.js';

type Json = Record<string, unknown>;

function renderAddress(ctx: FieldContext, address: Json, p: string): TemplateResult {
  const { s } = ctx;
  return html`<fieldset class="group group--nested" id=${fieldId(p)} data-group=${p}>
    <legend class="legend">${s.address}</legend>
    ${textInput(ctx, { path: `${p}.address_1`, label: s.address1, value: address.address_1, width: 'full', autocomplete: 'address-line1' })}
    ${textInput(ctx, { path: `${p}.city`, label: s.city, value: address.city, width: 'w20', autocomplete: 'address-level2' })}
    ${textInput(ctx, { path: `${p}.region`, label: s.region, value: address.region, width: 'w20', optional: true })}
    ${textInput(ctx, { path: `${p}.state_province`, label: s.stateProvince, value: address.state_province, width: 'w20', autocomplete: 'address-level1' })}
    ${textInput(ctx, { path: `${p}.postal_code`, label: s.postalCode, value: address.postal_code, width: 'w10', autocomplete: 'postal-code' })}
    ${radios(ctx, {
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

export function renderLocations(ctx: FieldContext, items: readonly unknown[]): TemplateResult {
  const { s } = ctx;
  return repeatGroup(ctx, {
    path: 'service_at_locations',
    legend: s.locations,
    noun: s.locationNoun,
    addLabel: s.addLocation,
    items,
    renderItem: (item: Json, itemPath: string) => {
      const location = isObject(item.location) ? item.location : {};
      const p = `${itemPath}.location`;
      const addresses = Array.isArray(location.addresses) ? location.addresses : [];
      const address = isObject(addresses[0]) ? addresses[0] : undefined;
      const showAddress = address !== undefined || location.location_type !== 'virtual';
      return [
        textInput(ctx, { path: `${p}.name`, label: s.locationName, value: location.name, width: 'full', optional: true, spellcheck: true }),
        radios(ctx, {
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
          legend: s.accessibility,
          noun: s.accessibilityNoun,
          addLabel: s.addAccessibility,
          nested: true,
          items: Array.isArray(location.accessibility) ? location.accessibility : [],
          renderItem: (feature: Json, fp: string) =>
            textInput(ctx, { path: `${fp}.description`, label: s.accessibilityDescription, hint: s.accessibilityHint, value: feature.description, width: 'full', optional: true, spellcheck: true }),
        }),
      ];
    },
  });
}
