/**
 * The one way an element follows the page's language: its own `lang`, else the
 * nearest ancestor's (across shadow roots), else the page's (`<html lang>`), as
 * `resolveLang` reads them. The element follows a change at once: of its own `lang`,
 * or of any `lang` in the page, `<html>` included. It also loads the words for the
 * language (`load`: English is at hand, Welsh is a chunk of its own) and renders
 * again when they arrive.
 *
 * ```ts
 * readonly #language = new LangController(this, (lang) => (lang === 'cy' ? welsh.value ?? welsh.load() : en));
 * // in render: const s = this.#language.strings ?? en;
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from '../shared/i18n.js';

export class LangController<S> implements ReactiveController {
  /** The language the element follows now (known once the element is connected, before it first renders). */
  declare lang: Lang;
  /**
   * The words for `lang`: undefined while they download; if they could not be
   * downloaded, the English ones (see `retry`).
   */
  declare strings: S | undefined;

  readonly #host: ReactiveControllerHost & Element;
  readonly #load: (lang: Lang) => S | Promise<S>;
  #observer: MutationObserver | undefined;

  /**
   * `load` gives the words for a language: at once when they are here, else a promise of
   * them. English must be at hand (`load('en')` gives them at once): it stands in for
   * words that could not be downloaded.
   */
  constructor(host: ReactiveControllerHost & Element, load: (lang: Lang) => S | Promise<S>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#follow());
    this.#observer.observe(this.#host, { attributeFilter: ['lang'] });
    this.#observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    this.#follow();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /**
   * Asks for the words again (as "Try again" does): Welsh that could not be downloaded is
   * fetched again, while the English shown meanwhile stays. Words already here stay as they are.
   */
  retry(): void {
    if (this.lang) this.#use(this.lang, true);
  }

  #follow(): void {
    const lang = resolveLang(this.#host);
    if (lang !== this.lang) this.#use(lang);
  }

  #use(lang: Lang, keep?: boolean): void {
    this.lang = lang;
    const words = this.#load(lang);
    if (words instanceof Promise) {
      if (!keep) this.strings = undefined;
      words.then(
        (strings) => this.#show(lang, strings),
        () => this.#show(lang, this.#load('en') as S),
      );
    } else this.strings = words;
    this.#host.requestUpdate();
  }

  #show(lang: Lang, strings: S): void {
    if (lang !== this.lang) return;
    this.strings = strings;
    this.#host.requestUpdate();
  }
}
