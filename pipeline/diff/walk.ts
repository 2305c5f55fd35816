/** The one walker of field tables (fields.ts): two values of one kind -> changes, in table order. */
import { pointer } from "../shared/provenance.js";
import type { ChangeList, Site } from "./collect.js";
import type { Field, KeyedField } from "./fields.js";

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
  for (const { a, b, index } of field.pair(field.read(before), field.read(after))) {
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
