/**
 * The cascade, for the visibility properties only: which `<style>` rules
 * match an element (rules indexed by their rightmost compound, as browsers
 * do), and which declaration of each property wins (importance, inline
 * style, specificity, order).
 */
import type { Element } from "hast";
import type { Compound, Declaration, Selector, StyleRule, Stylesheet } from "./css.js";
import { parseDeclarations } from "./css.js";

/** The winning value of each visibility property declared on an element. */
export type Declared = Map<string, string>;

interface Index {
  byId: Map<string, StyleRule[]>;
  byClass: Map<string, StyleRule[]>;
  byTag: Map<string, StyleRule[]>;
  universal: StyleRule[];
}

function push(map: Map<string, StyleRule[]>, key: string, rule: StyleRule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

export function indexRules(sheet: Stylesheet): Index {
  const index: Index = { byId: new Map(), byClass: new Map(), byTag: new Map(), universal: [] };
  for (const rule of sheet.rules) {
    const last = rule.selector[rule.selector.length - 1]?.compound;
    if (last?.ids[0] !== undefined) push(index.byId, last.ids[0], rule);
    else if (last?.classes[0] !== undefined) push(index.byClass, last.classes[0], rule);
    else if (last?.tag !== undefined) push(index.byTag, last.tag, rule);
    else index.universal.push(rule);
  }
  return index;
}

export function classesOf(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
}

function idOf(element: Element): string | undefined {
  const value = element.properties.id;
  return typeof value === "string" ? value : undefined;
}

function compoundMatches(compound: Compound, element: Element): boolean {
  if (compound.tag !== undefined && compound.tag !== element.tagName) return false;
  if (compound.ids.length > 0 && !compound.ids.every((id) => id === idOf(element))) return false;
  if (compound.classes.length === 0) return true;
  const classes = classesOf(element);
  return compound.classes.every((name) => classes.includes(name));
}

/**
 * Whether `selector` matches the last element of `chain` (the element and
 * its ancestors, root first). Memoised on (compound, element), so a
 * selector is tried at most once per pair: linear in chain length times
 * compounds, whatever the mix of combinators.
 */
function selectorMatches(selector: Selector, chain: readonly Element[]): boolean {
  const memo = new Map<number, boolean>();
  const width = chain.length;
  const at = (part: number, element: number): boolean => {
    const key = part * width + element;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const step = selector[part];
    const target = chain[element];
    let result =
      step !== undefined && target !== undefined && compoundMatches(step.compound, target);
    if (result && part > 0) {
      if (step?.combinator === ">") result = element > 0 && at(part - 1, element - 1);
      else {
        result = false;
        for (let up = element - 1; up >= 0 && !result; up--) result = at(part - 1, up);
      }
    }
    memo.set(key, result);
    return result;
  };
  return at(selector.length - 1, width - 1);
}

function candidates(index: Index, element: Element): StyleRule[] {
  const found: StyleRule[] = [...index.universal];
  const id = idOf(element);
  if (id !== undefined) found.push(...(index.byId.get(id) ?? []));
  for (const name of classesOf(element)) found.push(...(index.byClass.get(name) ?? []));
  found.push(...(index.byTag.get(element.tagName) ?? []));
  return found;
}

/** Importance first, then inline over a rule, then specificity, then order. */
function rank(declaration: Declaration, inline: boolean, rule?: StyleRule): number[] {
  return [declaration.important ? 1 : 0, inline ? 1 : 0, rule?.specificity ?? 0, rule?.order ?? 0];
}

function outranks(a: number[], b: number[]): boolean {
  for (let at = 0; at < a.length; at++) {
    const x = a[at] ?? 0;
    const y = b[at] ?? 0;
    if (x !== y) return x > y;
  }
  return true; // equal rank: the later one wins
}

/** The visibility properties that apply to the last element of `chain`, from its rules and its `style`. */
export function declaredStyle(index: Index, chain: readonly Element[]): Declared {
  const element = chain[chain.length - 1];
  const winners = new Map<string, { value: string; rank: number[] }>();
  const offer = (declaration: Declaration, inline: boolean, rule?: StyleRule) => {
    const candidate = rank(declaration, inline, rule);
    const current = winners.get(declaration.property);
    if (!current || outranks(candidate, current.rank))
      winners.set(declaration.property, { value: declaration.value, rank: candidate });
  };
  if (!element) return new Map();
  const seen = new Set<StyleRule>();
  const matched = candidates(index, element)
    .filter((rule) => !seen.has(rule) && seen.add(rule) && selectorMatches(rule.selector, chain))
    .sort((a, b) => a.order - b.order);
  for (const rule of matched)
    for (const declaration of rule.declarations) offer(declaration, false, rule);
  const inline = element.properties.style;
  if (typeof inline === "string")
    for (const declaration of parseDeclarations(inline)) offer(declaration, true);
  return new Map([...winners].map(([property, { value }]) => [property, value]));
}
