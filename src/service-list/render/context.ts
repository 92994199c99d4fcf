/** What the render functions need from the element; they hold no state of their own. */
import type { Strings } from '../strings/index.js';
import type { ListUrlState } from '../url-state.js';

/** The id of the detail view's heading, which takes the focus when a detail opens. */
export const DETAIL_HEADING_ID = 'detail-title';

export interface RenderContext {
  strings: Strings;
  /** 1 to 6: the level of card and detail headings; detail sections are one below. */
  headingLevel: number;
  /** A link to this page with the list's state changed as given. */
  hrefFor(change: Partial<ListUrlState>): string;
  /** Opens a service's detail view (from a link click). */
  open(event: MouseEvent, id: string): void;
}

/** Is this a plain click we may handle in place (not a new tab or window)? */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
