/**
 * The one stylesheet of the editor and its parts (the form, sign-in, the
 * conflict view, which adds its own rules in its own chunk), after the GOV.UK Design System: bold labels, grey hints, a
 * red bar beside fields in error, a thick yellow focus ring, buttons with a
 * bottom shadow. Every part adopts the same sheet, so the browser parses it once.
 * em and px only, never rem: sites that set `html { font-size: 62.5% }` must
 * not shrink the editor. Theming through --oruk-* custom properties.
 */
import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--oruk-font-family, inherit);
    font-size: var(--oruk-font-size, 1em);
    line-height: 1.4;
    color: var(--oruk-color, inherit);
    --_error: var(--oruk-error-color, #d4351c);
    --_border: var(--oruk-border-color, #b1b4b6);
    --_focus: var(--oruk-focus-color, #ffbf47);
    --_link: var(--oruk-link-color, var(--oruk-accent-color, #005ea5));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3 {
    margin: 0 0 0.6em;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  p {
    margin: 0 0 0.8em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible,
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px #0b0c0c;
  }
  a:focus-visible {
    background: var(--_focus);
    box-shadow: 0 4px #0b0c0c;
    color: #0b0c0c;
    text-decoration: none;
  }
  .button {
    display: inline-block;
    min-height: 44px;
    margin: 0 0.6em 0.6em 0;
    padding: 0.45em 0.8em 0.4em;
    border: 2px solid transparent;
    border-radius: var(--oruk-radius, 0);
    background: var(--oruk-button-background, #00703c);
    box-shadow: 0 2px 0 var(--oruk-button-shadow, #002d18);
    color: var(--oruk-button-color, #fff);
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    background: var(--_focus);
    box-shadow: 0 2px 0 #0b0c0c;
    color: #0b0c0c;
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .secondary {
    background: var(--oruk-secondary-background, #f3f2f1);
    box-shadow: 0 2px 0 #929191;
    color: #0b0c0c;
  }
  .warning {
    background: var(--_error);
    box-shadow: 0 2px 0 #55150b;
    color: #fff;
  }
  .error-summary,
  .problem,
  .notice {
    margin: 0 0 1.5em;
    padding: 1em;
    border: 5px solid var(--_error);
  }
  .notice {
    border-color: var(--oruk-notice-color, #1d70b8);
  }
  .success {
    border-color: var(--oruk-success-color, #00703c);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary li + li {
    margin-top: 0.5em;
  }
  .error-summary a {
    font-weight: bold;
  }
  .error-summary a:not(:focus) {
    color: var(--_error);
  }
  .problem p:last-child,
  .notice p:last-child,
  .problem .button,
  .notice .button {
    margin-bottom: 0;
  }
  .field {
    margin: 0 0 1.25em;
  }
  .field--error {
    padding-left: 0.8em;
    border-left: 5px solid var(--_error);
  }
  .label {
    display: block;
    margin-bottom: 0.3em;
    font-weight: bold;
  }
  .hint {
    margin-bottom: 0.4em;
    color: var(--oruk-secondary-color, #505a5f);
  }
  .error-message {
    margin: 0 0 0.4em;
    color: var(--_error);
    font-weight: bold;
  }
  .input {
    display: block;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.3em;
    border: 2px solid var(--oruk-input-border, #0b0c0c);
    border-radius: var(--oruk-radius, 0);
    background: var(--oruk-background, #fff);
    color: inherit;
    font: inherit;
  }
  .field--error .input {
    border-color: var(--_error);
  }
  .w3 {
    width: 4.2em;
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
  form,
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    margin-bottom: 0.5em;
    font-weight: bold;
    font-size: 1.1em;
  }
  .section {
    font-size: 1.5em;
  }
  .group {
    margin: 0 0 2em;
  }
  .nested {
    margin: 1em 0;
    padding-left: 1em;
    border-left: 4px solid var(--_border);
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    margin-bottom: 1em;
  }
  .item__fieldset {
    padding: 1em;
    border: 1px solid var(--_border);
  }
  .item__legend {
    font-size: 1.2em;
  }
  .item__actions {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .inline {
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
  .choice input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--oruk-input-border, #0b0c0c);
  }
  .choice label {
    cursor: pointer;
  }
  .preview {
    margin-top: 2em;
    padding-top: 1em;
    border-top: 1px solid var(--_border);
  }
  .preview > summary {
    cursor: pointer;
    font-weight: bold;
    font-size: 1.2em;
  }
  .preview__body {
    margin-top: 1em;
    padding: 1em;
    border: 1px dashed var(--_border);
  }
  .bar,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .bar {
    justify-content: space-between;
    margin: 0 0 1em;
    padding: 0 0 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  .actions {
    position: sticky;
    bottom: 0;
    margin: 1.5em 0 0;
    padding: 0.8em 0 0.2em;
    border-top: 1px solid var(--_border);
    background: var(--oruk-background, #fff);
  }
  .bar p,
  .bar .button,
  .actions .button,
  .status {
    margin: 0;
  }
  .status {
    font-weight: bold;
  }
  .status.error {
    color: var(--_error);
  }
`;
