/**
 * Language helpers shared by the elements: which language to use, how to fill
 * a message template and how to pick a plural form.
 */
export type Lang = 'en' | 'cy';

/**
 * The language for an element: its own `lang`, the closest `[lang]` ancestor (across shadow roots), then the
 * document's.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value) return toLang(value);
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return toLang(document.documentElement.lang);
}

/** `cy`, `cy-GB` and `CY` are Welsh; everything else is English. */
export function toLang(value: string | null | undefined): Lang {
  return /^cy\b/i.test((value ?? '').trim()) ? 'cy' : 'en';
}

/** The locale handed to Intl for a language (British English, Welsh). */
export function intlLocale(lang: Lang): string {
  return lang === 'cy' ? 'cy-GB' : 'en-GB';
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Picks `base_<category>` for a count (Intl.PluralRules: zero, one, two, few,
 * many, other), falling back to `base_other`.
 */
export function plural<S extends Record<string, string>>(strings: S, base: string, count: number, lang: Lang): string {
  let category: string = 'other';
  try {
    category = new Intl.PluralRules(intlLocale(lang)).select(count);
  } catch {
    // A browser without the locale: use the general form.
  }
  return strings[`${base}_${category}`] ?? strings[`${base}_other`] ?? base;
}
