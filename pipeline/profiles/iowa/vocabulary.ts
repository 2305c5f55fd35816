/**
 * The headings and labels an Iowa series guideline prints that no field
 * repeats (pipeline/conserve). A word a reader dropped never belongs here.
 */
export const IOWA_VOCABULARY: readonly string[] = [
  "Classes in the Series",
  "Classes in this Series",
  "Class Code",
  "Class Title",
  "Series Concept",
  "Exclusions",
  "Definitions",
  "Areas of Work",
  "Definitions of the Areas of Work",
  "Definitions of Areas of Work",
  "Class Distinctions",
  "Guideline Charts",
  "Guideline Chart",
  "Areas for Evaluation",
  // The footer's label: body.effectiveDate holds the date it introduces.
  "Effective Date",
  "Effective",
  // What a chart cell prints where the class does no work in the area; the cell holds null.
  "N/A",
  "NA",
  "Not applicable",
  "Not applicable at this level",
];
