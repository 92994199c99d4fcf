/**
 * Styles of the service form, after the GOV.UK Design System: bold labels,
 * grey hints, a red bar beside fields in error, a thick yellow focus ring.
 * Sizes in em/px only (never rem: the host page's root size is not ours).
 * Theming through --oruk-* custom properties, which inherit the site's font.
 */
import { css } from 'lit';

export const formStyles = css`
  :host {
    display: block;
    font-family: var(--oruk-font, inherit);
    font-size: var(--oruk-font-size, 1em);
    color: var(--oruk-color, inherit);
    line-height: 1.4;
    --_error: var(--oruk-error-color, #d4351c);
    --_hint: var(--oruk-secondary-color, #505a5f);
    --_input-border: var(--oruk-input-border, #0b0c0c);
    --_border: var(--oruk-border-color, #b1b4b6);
    --_focus: var(--oruk-focus-color, #ffdd00);
    --_focus-text: #0b0c0c;
    --_link: var(--oruk-link-color, #1d70b8);
    --_space: var(--oruk-spacing, 1em);
    --_radius: var(--oruk-radius, 0);
    --_button: var(--oruk-button-background, #00703c);
    --_button-text: var(--oruk-button-color, #ffffff);
    --_button-shadow: var(--oruk-button-shadow, #002d18);
    --_secondary: var(--oruk-secondary-background, #f3f2f1);
    --_background: var(--oruk-background, #ffffff);
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  form,
  .form-fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .error-summary {
    margin-bottom: calc(var(--_space) * 2);
    padding: var(--_space);
    border: 5px solid var(--_error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary__title {
    margin: 0 0 0.75em;
    font-size: 1.5em;
    font-weight: 700;
  }
  .error-summary__list {
    margin: 0;
    padding-left: 0;
    list-style: none;
  }
  .error-summary__list li + li {
    margin-top: 0.5em;
  }
  a {
    color: var(--_link);
  }
  .error-summary__list a {
    font-weight: 700;
  }
  .error-summary__list a:not(:focus) {
    color: var(--_error);
  }
  .group {
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group--nested {
    margin: var(--_space) 0;
    padding-left: var(--_space);
    border-left: 4px solid var(--_border);
  }
  .legend {
    margin-bottom: 0.5em;
    padding: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .legend--section {
    font-size: 1.5em;
  }
  .legend--item {
    font-size: 1.2em;
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    margin-bottom: var(--_space);
  }
  .item__fieldset {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    min-width: 0;
  }
  .item__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .form-group {
    margin-bottom: calc(var(--_space) * 1.25);
  }
  .form-group--error {
    padding-left: 0.75em;
    border-left: 5px solid var(--_error);
  }
  .label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 700;
  }
  .hint {
    margin-bottom: 0.5em;
    color: var(--_hint);
  }
  .error-message {
    margin: 0 0 0.5em;
    color: var(--_error);
    font-weight: 700;
  }
  .input,
  .textarea {
    box-sizing: border-box;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.3em;
    border: 2px solid var(--_input-border);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: var(--_background);
  }
  .textarea {
    display: block;
    width: 100%;
  }
  .input--error {
    border-color: var(--_error);
  }
  .w2 {
    width: 3.2em;
  }
  .w3 {
    width: 4.2em;
  }
  .w4 {
    width: 5.4em;
  }
  .w5 {
    width: 7em;
  }
  .w10 {
    width: 12em;
  }
  .w20 {
    width: 22em;
  }
  .full {
    width: 100%;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
  }
  .choice__input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_input-border);
  }
  .choice__label {
    cursor: pointer;
  }
  .button {
    min-height: 2.5em;
    margin: 0 0 0.5em;
    padding: 0.4em 0.8em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 var(--_button-shadow);
    font: inherit;
    cursor: pointer;
    background: var(--_button);
    color: var(--_button-text);
  }
  .button--secondary {
    background: var(--_secondary);
    color: #0b0c0c;
    box-shadow: 0 2px 0 #929191;
  }
  .button--warning {
    background: var(--_error);
    color: #fff;
    box-shadow: 0 2px 0 #55150b;
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  input:focus,
  textarea:focus,
  select:focus,
  .button:focus,
  summary:focus,
  a:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .button:focus {
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  a:focus {
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .preview {
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .preview > summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 1.2em;
  }
  .preview__body {
    margin-top: var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_border);
  }
`;
