/** Comparing two `class-series` bodies (Iowa): classes by code, areas and charts by number and name, cells by level. */
import type { ClassSeriesBody } from "../../schemas/index.js";
import { pointer } from "../shared/provenance.js";
import type { ChangeList } from "./collect.js";
import { chartCellLabel, SECTIONS, shortHeading } from "./labels.js";
import { normalizeText } from "./normalize.js";
import { type Keyed, pairByKey } from "./spec.js";

type SeriesClass = ClassSeriesBody["classes"][number];
type Area = ClassSeriesBody["areasOfWork"][number];
type Chart = ClassSeriesBody["charts"][number];
type Cell = Chart["cells"][number];

const BODY = "/body";
const at = (...segments: Array<string | number>) => `${BODY}${pointer(...segments)}`;

export function diffSeriesBody(
  list: ChangeList,
  before: ClassSeriesBody,
  after: ClassSeriesBody,
): void {
  diffClasses(list, before.classes, after.classes);
  list.prose(
    { pointer: at("concept"), section: SECTIONS.concept, label: "Series concept", key: "concept" },
    "concept",
    "minor",
    before.concept,
    after.concept,
  );
  diffAreas(list, before.areasOfWork, after.areasOfWork);
  // Exclusions say which positions the series does not cover: who qualifies.
  list.proseList(
    at("exclusions"),
    { section: SECTIONS.exclusions, label: "Exclusion", key: "exclusions" },
    "exclusion",
    "major",
    before.exclusions,
    after.exclusions,
  );
  diffDistinctions(list, before.distinctions, after.distinctions);
  diffCharts(list, before.charts, after.charts);
}

/** Classes pair when they share a class code (a code added to a class keeps it the same class). */
function pairClasses(
  before: readonly SeriesClass[],
  after: readonly SeriesClass[],
): Array<Keyed<SeriesClass>> {
  const owner = new Map<string, number>();
  before.forEach((item, index) => {
    for (const code of item.codes) if (!owner.has(code)) owner.set(code, index);
  });
  const used = new Set<number>();
  const out: Array<Keyed<SeriesClass>> = [];
  after.forEach((item, index) => {
    const match = item.codes
      .map((code) => owner.get(code))
      .find((candidate) => candidate !== undefined && !used.has(candidate));
    const a = match === undefined ? undefined : before[match];
    if (match === undefined || a === undefined) {
      out.push({ b: item, index: { after: index } });
      return;
    }
    used.add(match);
    out.push({ a, b: item, index: { before: match, after: index } });
  });
  before.forEach((item, index) => {
    if (!used.has(index)) out.push({ a: item, index: { before: index } });
  });
  return out;
}

function classText(item: SeriesClass): string {
  return `${item.codes.join("/")} ${item.title}`;
}

function diffClasses(
  list: ChangeList,
  before: readonly SeriesClass[],
  after: readonly SeriesClass[],
): void {
  for (const { a, b, index } of pairClasses(before, after)) {
    const item = (b ?? a) as SeriesClass;
    const key = `class:${[...item.codes].sort().join("/")}`;
    if (a && b) {
      const p = (field: string) => at("classes", index.after ?? 0, field);
      list.prose(
        {
          pointer: p("title"),
          section: SECTIONS.classes,
          label: `Class title (${b.codes.join("/")})`,
          key: `${key}:title`,
        },
        "class-title",
        "major",
        a.title,
        b.title,
      );
      list.scalar(
        {
          pointer: p("level"),
          section: SECTIONS.classes,
          label: `Class level: ${b.title}`,
          key: `${key}:level`,
        },
        "class-level",
        "major",
        a.level,
        b.level,
      );
      list.scalar(
        {
          pointer: p("codes"),
          section: SECTIONS.classes,
          label: `Class codes: ${b.title}`,
          key: `${key}:codes`,
        },
        "class-codes",
        "major",
        [...a.codes].sort(),
        [...b.codes].sort(),
      );
    } else {
      const added = b !== undefined;
      list.push({
        pointer: at("classes", (added ? index.after : index.before) ?? 0),
        section: SECTIONS.classes,
        label: `Class: ${item.title}`,
        key,
        op: added ? "add" : "remove",
        severity: "major",
        ruleId: added ? "class-added" : "class-removed",
        ...(added ? { after: classText(item) } : { before: classText(item) }),
      });
    }
  }
}

/** Areas pair by name first (renumbering keeps an area), then by number (a renamed area). */
function pairByNameThenNumber<T extends { number?: number; area?: number; name: string }>(
  before: readonly T[],
  after: readonly T[],
): Array<Keyed<T>> {
  const name = (item: T) => normalizeText(item.name).toLowerCase();
  const byName = pairByKey(before, after, name);
  const unmatchedBefore = byName.filter((pair) => pair.a && !pair.b);
  const numberOf = (item: T) => String(item.number ?? item.area);
  const out: Array<Keyed<T>> = [];
  for (const pair of byName) {
    if (pair.a && pair.b) {
      out.push(pair);
    } else if (pair.b) {
      const partner = unmatchedBefore.find(
        (candidate) =>
          candidate.a && !candidate.b && numberOf(candidate.a) === numberOf(pair.b as T),
      );
      if (partner?.a) {
        partner.b = pair.b;
        out.push({ a: partner.a, b: pair.b, index: { ...partner.index, ...pair.index } });
      } else {
        out.push(pair);
      }
    }
  }
  for (const pair of unmatchedBefore) if (!pair.b) out.push(pair);
  return out;
}

function diffAreas(list: ChangeList, before: readonly Area[], after: readonly Area[]): void {
  for (const { a, b, index } of pairByNameThenNumber(before, after)) {
    const area = (b ?? a) as Area;
    const key = `area:${normalizeText(area.name).toLowerCase()}`;
    if (a && b) {
      const p = (...rest: Array<string | number>) => at("areasOfWork", index.after ?? 0, ...rest);
      list.scalar(
        {
          pointer: p("number"),
          section: SECTIONS.areas,
          label: `Area number: ${b.name}`,
          key: `${key}:number`,
        },
        "area-number",
        "minor",
        a.number,
        b.number,
      );
      list.prose(
        {
          pointer: p("name"),
          section: SECTIONS.areas,
          label: `Area name (${b.number})`,
          key: `area:${b.number}:name`,
        },
        "area-name",
        "minor",
        a.name,
        b.name,
      );
      list.prose(
        {
          pointer: p("focus"),
          section: SECTIONS.areas,
          label: `Area focus: ${b.name}`,
          key: `${key}:focus`,
        },
        "area-focus",
        "minor",
        a.focus,
        b.focus,
      );
      list.proseList(
        p("duties"),
        { section: SECTIONS.areas, label: `Typical duty: ${b.name}`, key: `${key}:duties` },
        "typical-duty",
        "minor",
        a.duties,
        b.duties,
      );
    } else {
      const added = b !== undefined;
      const value = `${area.number}. ${area.name}`;
      list.push({
        pointer: at("areasOfWork", (added ? index.after : index.before) ?? 0),
        section: SECTIONS.areas,
        label: `Area of work: ${area.name}`,
        key,
        op: added ? "add" : "remove",
        severity: "major",
        ruleId: added ? "area-added" : "area-removed",
        ...(added ? { after: value } : { before: value }),
      });
    }
  }
}

function diffDistinctions(
  list: ChangeList,
  before: ClassSeriesBody["distinctions"],
  after: ClassSeriesBody["distinctions"],
): void {
  for (const { a, b, index } of pairByKey(before, after, (item) => String(item.level))) {
    const item = (b ?? a) as ClassSeriesBody["distinctions"][number];
    const key = `distinction:${item.level}`;
    const p = (field?: string) =>
      at("distinctions", (b ? index.after : index.before) ?? 0, ...(field ? [field] : []));
    const label = `Class distinction: ${item.title}`;
    if (a && b) {
      list.prose(
        {
          pointer: p("title"),
          section: SECTIONS.distinctions,
          label: `Class distinction title (level ${b.level})`,
          key: `${key}:title`,
        },
        "distinction-title",
        "minor",
        a.title,
        b.title,
      );
      list.prose(
        { pointer: p("text"), section: SECTIONS.distinctions, label, key: `${key}:text` },
        "distinction",
        "minor",
        a.text,
        b.text,
      );
    } else {
      list.prose(
        { pointer: p(), section: SECTIONS.distinctions, label, key },
        "distinction",
        "minor",
        a?.text ?? null,
        b?.text ?? null,
      );
    }
  }
}

function diffCharts(list: ChangeList, before: readonly Chart[], after: readonly Chart[]): void {
  for (const { a, b, index } of pairByNameThenNumber(before, after)) {
    const chart = (b ?? a) as Chart;
    const key = `chart:${normalizeText(chart.name).toLowerCase()}`;
    if (a && b) {
      const p = (...rest: Array<string | number>) => at("charts", index.after ?? 0, ...rest);
      list.prose(
        {
          pointer: p("name"),
          section: SECTIONS.charts,
          label: `Chart name (area ${b.area})`,
          key: `chart:${b.area}:name`,
        },
        "chart-name",
        "minor",
        a.name,
        b.name,
      );
      diffCells(
        list,
        b.name,
        key,
        a.cells,
        b.cells,
        (cell, ...rest) => p("cells", cell, ...rest),
        (cell) => at("charts", index.before ?? 0, "cells", cell),
      );
    } else {
      const added = b !== undefined;
      list.push({
        pointer: at("charts", (added ? index.after : index.before) ?? 0),
        section: SECTIONS.charts,
        label: `Chart: ${chart.name}`,
        key,
        op: added ? "add" : "remove",
        severity: "major",
        ruleId: added ? "chart-added" : "chart-removed",
        ...(added ? { after: chartSummary(chart) } : { before: chartSummary(chart) }),
      });
    }
  }
}

/** A whole chart shows as its levels and whether each applies. */
function chartSummary(chart: Chart): string[] {
  return chart.cells.map(
    (cell) => `${shortHeading(cell.heading)}: ${cell.text === null ? "n/a" : "applies"}`,
  );
}

function diffCells(
  list: ChangeList,
  areaName: string,
  chartKey: string,
  before: readonly Cell[],
  after: readonly Cell[],
  afterAt: (cell: number, ...rest: string[]) => string,
  beforeAt: (cell: number) => string,
): void {
  for (const { a, b, index } of pairByKey(before, after, (cell) => String(cell.level))) {
    const cell = (b ?? a) as Cell;
    const key = `${chartKey}:level-${cell.level}`;
    const label = chartCellLabel(areaName, cell.heading);
    if (a && b) {
      list.prose(
        {
          pointer: afterAt(index.after ?? 0, "heading"),
          section: SECTIONS.charts,
          label: `Chart heading: ${areaName}, ${shortHeading(b.heading)}`,
          key: `${key}:heading`,
        },
        "chart-heading",
        "minor",
        a.heading,
        b.heading,
      );
      const site = {
        pointer: afterAt(index.after ?? 0, "text"),
        from: `${beforeAt(index.before ?? 0)}/text`,
        section: SECTIONS.charts,
        label,
        key,
      };
      if ((a.text === null) !== (b.text === null)) {
        // A cell turning n/a (or back) changes which levels the area covers: the level's scope.
        list.push({
          ...site,
          op: "replace",
          severity: "major",
          ruleId: b.text === null ? "level-scope-removed" : "level-scope-added",
          before: a.text,
          after: b.text,
        });
      } else {
        list.prose(site, "chart-cell", "minor", a.text, b.text);
      }
    } else {
      const added = b !== undefined;
      list.push({
        pointer: added ? afterAt(index.after ?? 0) : beforeAt(index.before ?? 0),
        section: SECTIONS.charts,
        label,
        key,
        op: added ? "add" : "remove",
        severity: cell.text === null ? "minor" : "major",
        ruleId: added ? "chart-cell-added" : "chart-cell-removed",
        ...(added ? { after: cell.text } : { before: cell.text }),
      });
    }
  }
}
