/**
 * Styles of the editor shell and its internal parts (sign-in, draft notice,
 * conflict view). em and px only, never rem: sites that set
 * `html { font-size: 62.5% }` must not shrink the editor.
 * GOV.UK Design System patterns: thick focus outline, error colour bar,
 * buttons with a bottom shadow.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--oruk-font, inherit);
    font-size: var(--oruk-font-size, 1em);
    line-height: 1.4;
    color: var(--oruk-color, inherit);
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
  a {
    color: var(--oruk-link-color, #1d70b8);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--oruk-focus-color, #fd0);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px currentColor;
  }
  .button {
    display: inline-block;
    margin: 0 0.6em 0.6em 0;
    padding: 0.45em 0.8em 0.4em;
    border: 2px solid transparent;
    border-radius: var(--oruk-radius, 0);
    background: var(--oruk-button-background, #00703c);
    box-shadow: 0 2px 0 var(--oruk-button-shadow, #002d18);
    color: var(--oruk-button-color, #fff);
    font: inherit;
    font-size: 1em;
    line-height: 1.2;
    cursor: pointer;
    min-height: 44px;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    background: var(--oruk-focus-color, #fd0);
    box-shadow: 0 2px 0 #0b0c0c;
    color: #0b0c0c;
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button.secondary {
    background: var(--oruk-secondary-background, #f3f2f1);
    box-shadow: 0 2px 0 #929191;
    color: #0b0c0c;
  }
  .button.warning {
    background: var(--oruk-error-color, #d4351c);
    box-shadow: 0 2px 0 #55150b;
    color: #fff;
  }
  .error-summary {
    margin: 0 0 1.5em;
    padding: 1em;
    border: 5px solid var(--oruk-error-color, #d4351c);
  }
  .error-summary:focus {
    outline: 3px solid var(--oruk-focus-color, #fd0);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--oruk-error-color, #d4351c);
    font-weight: bold;
  }
  .field {
    margin: 0 0 1.2em;
  }
  .field.has-error {
    padding-left: 0.8em;
    border-left: 5px solid var(--oruk-error-color, #d4351c);
  }
  label {
    display: block;
    margin-bottom: 0.3em;
    font-weight: bold;
  }
  .hint {
    display: block;
    margin-bottom: 0.4em;
    color: var(--oruk-secondary-color, #505a5f);
  }
  .error-message {
    display: block;
    margin-bottom: 0.4em;
    color: var(--oruk-error-color, #d4351c);
    font-weight: bold;
  }
  input[type='email'],
  input[type='password'],
  input[type='text'] {
    width: 100%;
    max-width: 24em;
    min-height: 2.5em;
    padding: 0.3em;
    border: 2px solid var(--oruk-input-border, #0b0c0c);
    border-radius: 0;
    font: inherit;
    font-size: 1em;
  }
  .has-error input {
    border-color: var(--oruk-error-color, #d4351c);
  }
  .notice {
    margin: 0 0 1.5em;
    padding: 1em;
    border: 5px solid var(--oruk-notice-color, #1d70b8);
  }
  .notice.success {
    border-color: var(--oruk-success-color, #00703c);
  }
`;

export const editorStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin: 0 0 1em;
    padding: 0 0 0.5em;
    border-bottom: 1px solid var(--oruk-border-color, #b1b4b6);
  }
  .bar p {
    margin: 0;
  }
  .bar .button {
    margin: 0;
  }
  .actions {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 1.5em 0 0;
    padding: 0.8em 0 0.2em;
    border-top: 1px solid var(--oruk-border-color, #b1b4b6);
    background: var(--oruk-background, #fff);
  }
  .actions .button {
    margin: 0;
  }
  .status {
    margin: 0;
    font-weight: bold;
  }
  .status.error {
    color: var(--oruk-error-color, #d4351c);
  }
  .problem {
    margin: 0 0 1.5em;
    padding: 1em;
    border: 5px solid var(--oruk-error-color, #d4351c);
  }
  .problem p:last-child,
  .notice p:last-child {
    margin-bottom: 0;
  }
  .problem .button,
  .notice .button {
    margin-bottom: 0;
  }
`;
