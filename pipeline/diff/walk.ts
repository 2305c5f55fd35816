/** The one walker of field tables (fields.ts): two values of one kind -> changes, in table order. */
import { pointer } from "../shared/provenance.js";
import type { ChangeList, Site } from "./collect.js";
import type { Field, KeyedField } from "./fields.js";
import { outOfOrder } from "./match.js";
import { MOVE_SEVERITY } from "./severity.js";

/** Where the two values being compared sit, and the location key of their item. */
export interface Place {
  after: string;
  before: string;
  key: string;
  /** Name of the enclosing item, for labels (fields.ts). */
  context: string;
}

export function walkFields<T>(
  list: ChangeList,
  fields: ReadonlyArray<Field<T>>,
  before: T,
  after: T,
  place: Place,
): void {
  for (const field of fields) {
    const site: Site = {
      pointer: `${place.after}${pointer(...field.path)}`,
      from: `${place.before}${pointer(...field.path)}`,
      section: field.section,
      label: typeof field.label === "string" ? field.label : field.label(after, place.context),
      key:
        typeof field.key === "string"
          ? place.key === ""
            ? field.key
            : `${place.key}:${field.key}`
          : field.key(after, place.key),
    };
    switch (field.compare) {
      case "scalar":
        list.scalar(site, field.ids, field.severity, field.read(before), field.read(after));
        break;
      case "text": {
        const a = field.read(before) ?? null;
        const b = field.read(after) ?? null;
        if (field.absence && (a === null) !== (b === null)) {
          const ruleId = b === null ? field.absence.becameAbsent : field.absence.becamePresent;
          const severity = list.weight(ruleId, field.absence.severity);
          list.push({ ...site, op: "replace", severity, ruleId, before: a, after: b });
        } else {
          list.prose(site, field.ids, field.severity, a, b);
        }
        break;
      }
      case "list": {
        const { pointer: at, from, ...rest } = site;
        list.proseList(
          at,
          rest,
          field.ids,
          field.severity,
          field.read(before),
          field.read(after),
          from,
        );
        break;
      }
      case "keyed":
        walkKeyed(list, field, before, after, site, place);
        break;
    }
  }
}

/** Paired items compare field by field; an item on one side only is one add or remove, shown whole. */
function walkKeyed<T>(
  list: ChangeList,
  field: KeyedField<T, unknown>,
  before: T,
  after: T,
  site: Site,
  place: Place,
): void {
  const base = { after: site.pointer, before: site.from ?? site.pointer };
  const pairs = field.pair(field.read(before), field.read(after));
  if (field.ids.moved !== undefined) keyedMoves(list, field, pairs, site, place);
  for (const { a, b, index } of pairs) {
    const item = b ?? a;
    const own = field.itemKey(item);
    const key = place.key === "" ? own : `${place.key}:${own}`;
    if (a !== undefined && b !== undefined) {
      walkFields(list, field.fields, a, b, {
        after: `${base.after}/${index.after ?? 0}`,
        before: `${base.before}/${index.before ?? 0}`,
        key,
        context: field.context?.(b) ?? place.context,
      });
      continue;
    }
    const added = b !== undefined;
    const ruleId = (added ? field.ids.added : field.ids.removed) ?? field.ids.changed;
    const value = field.show(item);
    list.push({
      pointer: added ? `${base.after}/${index.after ?? 0}` : `${base.before}/${index.before ?? 0}`,
      section: field.section,
      label: field.itemLabel(item, place.context),
      key,
      op: added ? "add" : "remove",
      severity: list.weight(ruleId, field.itemSeverity?.(item) ?? field.severity),
      ruleId,
      ...(added ? { after: value } : { before: value }),
    });
  }
}

/**
 * Items paired by key whose order changed (Iowa definitions printed in
 * another order, numbers kept): one `move`, or one `reorder` listing the
 * moves, editorial. Which moved is the fewest that explain the new order.
 */
function keyedMoves<T, I>(
  list: ChangeList,
  field: KeyedField<T, I>,
  pairs: ReturnType<KeyedField<T, I>["pair"]>,
  site: Site,
  place: Place,
): void {
  const movedId = field.ids.moved;
  if (movedId === undefined) return;
  const both = pairs.flatMap(({ b, index }) =>
    b !== undefined && index.before !== undefined && index.after !== undefined
      ? [{ before: index.before, after: index.after, item: b }]
      : [],
  );
  const out = outOfOrder(both);
  const moves = both.filter((pair) => out.has(pair.before));
  const [only] = moves;
  if (!only) return;
  const base = { after: site.pointer, before: site.from ?? site.pointer };
  const severity = list.weight(movedId, MOVE_SEVERITY);
  const named = (move: (typeof moves)[number]) => field.itemLabel(move.item, place.context);
  if (moves.length === 1) {
    list.push({
      pointer: `${base.after}/${only.after}`,
      from: `${base.before}/${only.before}`,
      section: field.section,
      label: named(only),
      key: `${site.key}:${field.itemKey(only.item)}:moved`,
      op: "move",
      severity,
      ruleId: movedId,
      before: `position ${only.before + 1}`,
      after: `position ${only.after + 1} (was ${only.before + 1})`,
    });
    return;
  }
  list.push({
    pointer: base.after,
    ...(base.before !== base.after ? { from: base.before } : {}),
    section: field.section,
    label: site.label,
    key: `${site.key}:reorder`,
    op: "reorder",
    severity,
    ruleId: movedId,
    before: [...moves]
      .sort((x, y) => x.before - y.before)
      .map((move) => `${move.before + 1}. ${named(move)}`),
    after: moves.map((move) => `${move.after + 1}. ${named(move)} (was ${move.before + 1})`),
  });
}
