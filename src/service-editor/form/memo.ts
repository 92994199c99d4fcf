/**
 * `memo(deps, render)`: renders again only when one of `deps` changed (by `===`)
 * since this part last rendered, else leaves the part as it is. Lit's `guard`
 * for a fixed-length list of dependencies, in fewer bytes.
 */
import { noChange } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';

class Memo extends Directive {
  last?: readonly unknown[];
  render(_deps: readonly unknown[], fn: () => unknown): unknown {
    return fn();
  }
  override update(_part: Part, [deps, fn]: [readonly unknown[], () => unknown]): unknown {
    if (this.last?.every((d, i) => d === deps[i])) return noChange;
    this.last = deps;
    return fn();
  }
}

export const memo = directive(Memo);
