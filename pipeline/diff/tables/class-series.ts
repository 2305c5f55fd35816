/** What a `class-series` (Iowa) diff compares: classes by code, areas and charts by name then number, cells by level. */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import { type Field, keyed } from "../fields.js";
import { chartCellLabel, SECTIONS, shortHeading } from "../labels.js";
import { normalizeText } from "../normalize.js";
import { pairByKey, pairByNameThenNumber } from "../pair.js";
import { areaName, areaText, chartText, classText } from "../show.js";
import { noticesField } from "./notices.js";

type SeriesClass = ClassSeriesBody["classes"][number];
type Area = ClassSeriesBody["areasOfWork"][number];
type Distinction = ClassSeriesBody["distinctions"][number];
type Chart = ClassSeriesBody["charts"][number];
type Cell = Chart["cells"][number];

/** "11/98 (1998-11)": as printed, with the month it was read as, so either changing shows. */
function effectiveDateText(body: ClassSeriesBody): string | null {
  const date = body.effectiveDate;
  if (date === undefined) return null;
  return date.yearMonth === undefined ? date.printed : `${date.printed} (${date.yearMonth})`;
}

const nameKey = (name: string) => normalizeText(name).toLowerCase();

const classFields: ReadonlyArray<Field<SeriesClass>> = [
  {
    compare: "text",
    path: ["title"],
    section: SECTIONS.classes,
    label: (item) => `Class title (${item.codes.join("/")})`,
    key: "title",
    severity: "major",
    ids: { changed: "class-title-changed" },
    about: "A class's title",
    read: (item) => item.title,
  },
  {
    compare: "scalar",
    path: ["level"],
    section: SECTIONS.classes,
    label: (item) => `Class level: ${item.title}`,
    key: "level",
    severity: "major",
    ids: { changed: "class-level-changed" },
    about: "A class's level",
    read: (item) => item.level,
  },
  {
    compare: "scalar",
    path: ["codes"],
    section: SECTIONS.classes,
    label: (item) => `Class codes: ${item.title}`,
    key: "codes",
    severity: "major",
    ids: { changed: "class-codes-changed" },
    about: "A class's codes",
    read: (item) => [...item.codes].sort(),
  },
];

const areaFields: ReadonlyArray<Field<Area>> = [
  {
    compare: "scalar",
    path: ["number"],
    section: SECTIONS.areas,
    label: (area) => `Area number: ${areaName(area)}`,
    key: "number",
    severity: "minor",
    ids: { changed: "area-number-changed" },
    about: "An area of work's number",
    read: (area) => area.number,
  },
  {
    compare: "text",
    path: ["name"],
    section: SECTIONS.areas,
    label: (area) => `Area name (area ${area.number})`,
    // A renamed area keeps its number: the name's location is the number.
    key: (area) => `area:${area.number}:name`,
    severity: "minor",
    ids: { changed: "area-name-changed" },
    about: "An area of work's name",
    read: (area) => area.name,
  },
  {
    compare: "text",
    path: ["focus"],
    section: SECTIONS.areas,
    label: (area) => `Area focus: ${areaName(area)}`,
    key: "focus",
    severity: "minor",
    ids: {
      changed: "area-focus-changed",
      added: "area-focus-added",
      removed: "area-focus-removed",
    },
    about: "An area of work's focus statement",
    read: (area) => area.focus,
  },
  {
    compare: "list",
    path: ["duties"],
    section: SECTIONS.areas,
    label: (area) => `Typical duty: ${areaName(area)}`,
    key: "duties",
    severity: "minor",
    ids: {
      changed: "typical-duty-changed",
      added: "typical-duty-added",
      removed: "typical-duty-removed",
      moved: "typical-duty-moved",
    },
    about: "A typical duty of an area of work",
    read: (area) => area.duties,
  },
];

const distinctionFields: ReadonlyArray<Field<Distinction>> = [
  {
    compare: "text",
    path: ["title"],
    section: SECTIONS.distinctions,
    label: (item) => `Class distinction title (level ${item.level})`,
    key: "title",
    severity: "minor",
    ids: { changed: "distinction-title-changed" },
    about: "A class distinction's title",
    read: (item) => item.title,
  },
  {
    compare: "text",
    path: ["text"],
    section: SECTIONS.distinctions,
    label: (item) => `Class distinction: ${item.title}`,
    key: "text",
    severity: "minor",
    ids: { changed: "distinction-changed" },
    about: "A class distinction's text",
    read: (item) => item.text,
  },
];

const cellFields: ReadonlyArray<Field<Cell>> = [
  {
    compare: "text",
    path: ["heading"],
    section: SECTIONS.charts,
    label: (cell, chart) => `Chart heading: ${chart}, ${shortHeading(cell.heading)}`,
    key: "heading",
    severity: "minor",
    ids: { changed: "chart-heading-changed" },
    about: "A chart column's heading",
    read: (cell) => cell.heading,
  },
  {
    compare: "text",
    path: ["text"],
    section: SECTIONS.charts,
    label: (cell, chart) => chartCellLabel(chart, cell.heading),
    key: (_cell, itemKey) => itemKey,
    severity: "minor",
    ids: { changed: "chart-cell-changed" },
    about: "A chart cell's text",
    read: (cell) => cell.text,
    // A cell turning n/a (or back) changes which levels the area covers: the level's scope.
    absence: {
      becameAbsent: "level-scope-removed",
      becamePresent: "level-scope-added",
      severity: "major",
      about: "An area's scope at a level (a chart cell to or from n/a)",
    },
  },
];

const chartFields: ReadonlyArray<Field<Chart>> = [
  // Charts pair by name: a chart that now rates another area keeps its name.
  {
    compare: "scalar",
    path: ["area"],
    section: SECTIONS.charts,
    label: (chart) => `Chart area number: ${chart.name}`,
    key: "area",
    severity: "minor",
    ids: { changed: "chart-area-changed" },
    about:
      "The number of the area of work a chart rates (a chart renumbered with its area is reported once, as area-number-changed)",
    read: (chart) => chart.area,
  },
  {
    compare: "text",
    path: ["name"],
    section: SECTIONS.charts,
    label: (chart) => `Chart name (area ${chart.area})`,
    key: (chart) => `chart:${chart.area}:name`,
    severity: "minor",
    ids: { changed: "chart-name-changed" },
    about: "A chart's name",
    read: (chart) => chart.name,
  },
  keyed<Chart, Cell>({
    compare: "keyed",
    path: ["cells"],
    section: SECTIONS.charts,
    label: "Chart cell",
    key: "cells",
    // A cell that is only n/a adds or removes no scope.
    severity: "major",
    itemSeverity: (cell) => (cell.text === null ? "minor" : "major"),
    ids: {
      changed: "chart-cell-changed",
      added: "chart-cell-added",
      removed: "chart-cell-removed",
    },
    about: "A chart cell (one level)",
    read: (chart) => chart.cells,
    pair: (a, b) => pairByKey(a, b, (cell) => String(cell.level)),
    itemKey: (cell) => `level-${cell.level}`,
    itemLabel: (cell, chart) => chartCellLabel(chart, cell.heading),
    show: (cell) => cell.text,
    fields: cellFields,
  }),
];

export const CLASS_SERIES_FIELDS: ReadonlyArray<Field<ClassSeriesBody>> = [
  keyed<ClassSeriesBody, SeriesClass>({
    compare: "keyed",
    path: ["classes"],
    section: SECTIONS.classes,
    label: "Class",
    key: "classes",
    severity: "major",
    ids: { changed: "class-changed", added: "class-added", removed: "class-removed" },
    about: "A class of the series",
    read: (body) => body.classes,
    // Classes pair when they share a class code (a code added to a class keeps it the same class).
    pair: (a, b) => pairByKey(a, b, (item) => item.codes),
    itemKey: (item) => `class:${[...item.codes].sort().join("/")}`,
    itemLabel: (item) => `Class: ${item.title}`,
    show: classText,
    fields: classFields,
  }),
  {
    compare: "text",
    path: ["concept"],
    section: SECTIONS.concept,
    label: "Series concept",
    key: "concept",
    severity: "minor",
    ids: { changed: "concept-changed", added: "concept-added", removed: "concept-removed" },
    about: "The series concept",
    read: (body) => body.concept,
  },
  keyed<ClassSeriesBody, Area>({
    compare: "keyed",
    path: ["areasOfWork"],
    section: SECTIONS.areas,
    label: "Area of work",
    key: "areas",
    severity: "major",
    ids: {
      changed: "area-changed",
      added: "area-added",
      removed: "area-removed",
      moved: "area-moved",
    },
    about: "An area of work",
    read: (body) => body.areasOfWork,
    pair: pairByNameThenNumber,
    itemKey: (area) => `area:${nameKey(area.name)}`,
    itemLabel: (area) => `Area of work: ${areaName(area)}`,
    show: areaText,
    fields: areaFields,
  }),
  // Exclusions say which positions the series does not cover: who qualifies.
  {
    compare: "list",
    path: ["exclusions"],
    section: SECTIONS.exclusions,
    label: "Exclusion",
    key: "exclusions",
    severity: "major",
    ids: {
      changed: "exclusion-changed",
      added: "exclusion-added",
      removed: "exclusion-removed",
      moved: "exclusion-moved",
    },
    about: "An exclusion (positions the series does not cover)",
    read: (body) => body.exclusions,
  },
  keyed<ClassSeriesBody, Distinction>({
    compare: "keyed",
    path: ["distinctions"],
    section: SECTIONS.distinctions,
    label: "Class distinction",
    key: "distinctions",
    severity: "minor",
    ids: {
      changed: "distinction-changed",
      added: "distinction-added",
      removed: "distinction-removed",
    },
    about: "A class distinction",
    read: (body) => body.distinctions,
    pair: (a, b) => pairByKey(a, b, (item) => String(item.level)),
    itemKey: (item) => `distinction:${item.level}`,
    itemLabel: (item) => `Class distinction: ${item.title}`,
    show: (item) => normalizeText(item.text),
    fields: distinctionFields,
  }),
  keyed<ClassSeriesBody, Chart>({
    compare: "keyed",
    path: ["charts"],
    section: SECTIONS.charts,
    label: "Chart",
    key: "charts",
    severity: "major",
    ids: { changed: "chart-changed", added: "chart-added", removed: "chart-removed" },
    about: "A guideline chart (one area, every level)",
    read: (body) => body.charts,
    pair: pairByNameThenNumber,
    itemKey: (chart) => `chart:${nameKey(chart.name)}`,
    itemLabel: (chart) => `Chart: ${areaName({ number: chart.area, name: chart.name })}`,
    context: (chart) => areaName({ number: chart.area, name: chart.name }),
    show: chartText,
    fields: chartFields,
  }),
  noticesField<ClassSeriesBody>(),
  // The footer's date records the publication, like a class spec's revised date.
  {
    compare: "scalar",
    path: ["effectiveDate"],
    section: SECTIONS.dates,
    label: "Effective date",
    key: "effectiveDate",
    severity: "minor",
    ids: {
      changed: "effective-date-changed",
      added: "effective-date-added",
      removed: "effective-date-removed",
    },
    about: "The guideline's effective date",
    read: effectiveDateText,
  },
];
