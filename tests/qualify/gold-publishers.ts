/**
 * Gold rows over the other publishers' fixtures (fixtures/publishers/), written
 * from the specs' printed text like tests/qualify/gold.ts: what a reader of the
 * sentence answers for the candidate, and words of the sentence that decides.
 * Rows where classpec's answer differs from the text's are not written (they
 * are known wrong answers, listed in docs/qualifications.md).
 */
import type { Candidate, QualifyOutcome } from "../../schemas/qualifications.js";
import type { GoldRow } from "./gold.js";

type Level = NonNullable<Candidate["education"]>[number]["level"];
type ExperienceLevel = NonNullable<Candidate["experience"]>[number]["level"];
type Row = [name: string, candidate: Candidate, answer: QualifyOutcome, deciding: string];

const edu = (level: Level, field?: string, semesterHours?: number) => ({
  level,
  ...(field ? { field } : {}),
  ...(semesterHours !== undefined ? { semesterHours } : {}),
});
const exp = (years: number, area: string, level?: ExperienceLevel, setting?: string) => ({
  years,
  area,
  ...(level ? { level } : {}),
  ...(setting ? { setting } : {}),
});
const Q = "qualifies";
const N = "does-not-qualify";
const U = "cannot-tell";

const P = "output/publishers";

/** Grants Compliance Analyst 2: a bachelor's AND two years; additional qualifying experience year for year for the education. */
const WA_GRANTS: Row[] = [
  [
    "business degree and two years administering grants",
    { education: [edu("bachelor", "business")], experience: [exp(2, "administering grants")] },
    Q,
    "two years of experience reviewing or administering grants or contracts",
  ],
  [
    "public administration degree and one year of grants",
    {
      education: [edu("bachelor", "public administration")],
      experience: [exp(1, "administering grants")],
    },
    N,
    "two years of experience reviewing or administering grants or contracts",
  ],
  [
    "a master's in public administration meets the bachelor's",
    {
      education: [edu("master", "public administration")],
      experience: [exp(2, "administering contracts")],
    },
    Q,
    "A Bachelor's degree in business, public administration or a related field",
  ],
  [
    "a history degree: related or not, the agency decides",
    { education: [edu("bachelor", "history")], experience: [exp(2, "administering grants")] },
    U,
    "A Bachelor's degree in business, public administration or a related field",
  ],
  [
    "no degree, six years: four additional years stand for the degree year for year",
    { experience: [exp(6, "administering grants")] },
    Q,
    "Additional qualifying experience may be substituted, year for year, for the required education.",
  ],
  [
    "no degree, five years: three additional years are one short",
    { experience: [exp(5, "administering grants")] },
    N,
    "two years of experience reviewing or administering grants or contracts",
  ],
  [
    "business degree and two years reviewing contracts",
    { education: [edu("bachelor", "business")], experience: [exp(2, "reviewing contracts")] },
    Q,
    "two years of experience reviewing or administering grants or contracts",
  ],
  [
    "business degree and two years reviewing restaurant menus: reviewing, but not grants or contracts",
    {
      education: [edu("bachelor", "business")],
      experience: [exp(2, "reviewing restaurant menus")],
    },
    N,
    "two years of experience reviewing or administering grants or contracts",
  ],
  [
    "no degree, six years of retail: not qualifying experience",
    { experience: [exp(6, "retail sales")] },
    N,
    "A Bachelor's degree in business, public administration or a related field",
  ],
  [
    "the desirable federal payment system experience does not decide",
    { education: [edu("bachelor", "finance")], experience: [exp(2, "reviewing contracts")] },
    U,
    "A Bachelor's degree in business, public administration or a related field",
  ],
];

/** Seed Bank Technician 2: either one year as a Technician 1 or two years of nursery work; coursework up to one year. */
const WA_SEED: Row[] = [
  [
    "two years in a greenhouse (the second alternative)",
    { experience: [exp(2, "greenhouse")] },
    Q,
    "Two years of experience in nursery, greenhouse or field botany work.",
  ],
  [
    "three years of field botany work",
    { experience: [exp(3, "field botany work")] },
    Q,
    "Two years of experience in nursery, greenhouse or field botany work.",
  ],
  [
    "one year as a Seed Bank Technician 1 (the first alternative), exactly the amount",
    { experience: [exp(1, "Seed Bank Technician 1")] },
    Q,
    "One year as a Seed Bank Technician 1",
  ],
  [
    "eleven months as a Seed Bank Technician 1 and no nursery work",
    { experience: [exp(11 / 12, "Seed Bank Technician 1")] },
    N,
    "One year as a Seed Bank Technician 1",
  ],
  [
    "a year as a Technician 3 is not a year as a Technician 1, and is not nursery work",
    { experience: [exp(1, "Seed Bank Technician 3")] },
    N,
    "One year as a Seed Bank Technician 1",
  ],
  [
    "a year of 'technician' work names no class",
    { experience: [exp(1, "technician")] },
    N,
    "One year as a Seed Bank Technician 1",
  ],
  [
    "the desirable pesticide licence alone with two years of nursery work does not decide",
    { experience: [exp(2, "nursery")], licenses: ["pesticide applicator license"] },
    Q,
    "Two years of experience in nursery, greenhouse or field botany work.",
  ],
];

/** Inventory Control Technician I: high school; experience "generally preferred". */
const TX_INVENTORY: Row[] = [
  [
    "a diploma and no experience: the preference does not decide",
    { education: [edu("high-school")] },
    Q,
    "Graduation from high school or a GED certificate.",
  ],
  [
    "three years of warehouse work and no diploma",
    { experience: [exp(3, "warehouse")] },
    N,
    "Graduation from high school or a GED certificate.",
  ],
  [
    "a bachelor's degree meets the diploma",
    { education: [edu("bachelor", "history")] },
    Q,
    "Graduation from high school or a GED certificate.",
  ],
  [
    "a diploma and the preferred stockroom experience",
    { education: [edu("high-school")], experience: [exp(2, "stockroom")] },
    Q,
    "Graduation from high school or a GED certificate.",
  ],
];

/** Fleet Maintenance Coordinator: high school; experience (no amount printed); fleet work for the education. */
const TX_FLEET: Row[] = [
  [
    "neither a diploma nor fleet work",
    { experience: [exp(2, "retail sales")] },
    N,
    "Graduation from high school or a GED certificate.",
  ],
  [
    "a diploma, a driver's license and automotive repair: no amount is printed, so some meets it",
    {
      education: [edu("high-school")],
      experience: [exp(2, "automotive repair")],
      licenses: ["driver's license"],
    },
    Q,
    "Experience in automotive repair, fleet operations or equipment maintenance.",
  ],
  [
    "a diploma, a driver's license and one month of equipment maintenance: any amount meets it",
    {
      education: [edu("high-school")],
      experience: [exp(1 / 12, "equipment maintenance")],
      licenses: ["driver's license"],
    },
    Q,
    "Experience in automotive repair, fleet operations or equipment maintenance.",
  ],
  [
    "a diploma and a driver's license but no experience: some is required",
    { education: [edu("high-school")], licenses: ["driver's license"] },
    N,
    "Experience in automotive repair, fleet operations or equipment maintenance.",
  ],
  [
    "a diploma, a driver's license and retail experience only",
    {
      education: [edu("high-school")],
      experience: [exp(5, "retail sales")],
      licenses: ["driver's license"],
    },
    N,
    "Experience in automotive repair, fleet operations or equipment maintenance.",
  ],
  [
    "a diploma and automotive repair but no driver's license",
    { education: [edu("high-school")], experience: [exp(2, "automotive repair")] },
    N,
    "Must hold a valid driver's license.",
  ],
  [
    "no diploma, three years of fleet work and a year of automotive repair: how much fleet work counts for the education is not printed",
    {
      experience: [exp(3, "fleet work"), exp(1, "automotive repair")],
      licenses: ["driver's license"],
    },
    U,
    "Additional experience in fleet work may be substituted for education.",
  ],
];

/** Parks Interpretive Assistant: Either I (a year as a Park Aide) or II (six months leading groups and the twelfth grade). */
const CA_PARKS: Row[] = [
  [
    "the twelfth grade and a year leading groups in an outdoor setting",
    {
      education: [edu("high-school")],
      experience: [exp(1, "leading groups", undefined, "outdoor")],
    },
    Q,
    "Six months of experience leading groups in an outdoor, museum or classroom setting.",
  ],
  [
    "a year cataloguing a museum's collection is not leading groups, museum or not",
    {
      education: [edu("high-school")],
      experience: [exp(1, "cataloguing museum collections", undefined, "museum")],
    },
    N,
    "Six months of experience leading groups in an outdoor, museum or classroom setting.",
  ],
  [
    "the second alternative: twelfth grade and six months leading museum groups",
    {
      education: [edu("high-school")],
      experience: [exp(0.5, "leading groups", undefined, "museum")],
    },
    Q,
    "Six months of experience leading groups in an outdoor, museum or classroom setting.",
  ],
  [
    "three months leading groups is short",
    {
      education: [edu("high-school")],
      experience: [exp(0.25, "leading groups", undefined, "classroom")],
    },
    N,
    "Six months of experience leading groups in an outdoor, museum or classroom setting.",
  ],
  [
    "a year leading classroom groups without the twelfth grade",
    { experience: [exp(1, "leading groups", undefined, "classroom")] },
    N,
    "Equivalent to completion of the twelfth grade.",
  ],
  [
    "the first alternative: a year as a Park Aide in state service",
    {
      experience: [exp(1, "California state service performing duties of a Park Aide")],
    },
    Q,
    "One year of experience in the California state service performing duties of a Park Aide.",
  ],
  [
    "leading groups where, the candidate does not say",
    { education: [edu("high-school")], experience: [exp(1, "leading groups")] },
    U,
    "Six months of experience leading groups in an outdoor, museum or classroom setting.",
  ],
  [
    "leading groups in an office is not an outdoor, museum or classroom setting",
    {
      education: [edu("high-school")],
      experience: [exp(1, "leading groups", undefined, "office")],
    },
    N,
    "Six months of experience leading groups in an outdoor, museum or classroom setting.",
  ],
];

/** Fire Lookout Observer: either three months as a lookout or the lookout course; a radio desirable. */
const CA_LOOKOUT: Row[] = [
  [
    "exactly three months as a lookout for a public agency",
    { experience: [exp(0.25, "lookout", undefined, "public agency")] },
    Q,
    "Three months of experience as a lookout for a public agency",
  ],
  [
    "a season as a lookout without the desirable radio experience",
    { experience: [exp(0.5, "fire lookout", undefined, "public agency")] },
    Q,
    "Three months of experience as a lookout for a public agency",
  ],
  [
    "a year as a lookout and two-way radio experience",
    {
      experience: [exp(1, "lookout", undefined, "public agency"), exp(1, "using a two-way radio")],
    },
    Q,
    "Three months of experience as a lookout for a public agency",
  ],
  [
    "a year as a lookout for a private ranch: not for a public agency, so only the course (text) could",
    { experience: [exp(1, "fire lookout", undefined, "private ranch")] },
    U,
    "Completion of the agency's lookout training course",
  ],
  [
    "a year as a lookout, for whom not stated",
    { experience: [exp(1, "fire lookout")] },
    U,
    "Three months of experience as a lookout for a public agency",
  ],
];

/** Conservation Education Coordinator: two years of college (not modelled) and one year leading programs. */
const IL_CONSERVATION: Row[] = [
  [
    "a year leading outdoor expeditions is not leading outdoor education programs",
    {
      education: [edu("associate", "biology")],
      experience: [exp(1, "leading outdoor expeditions")],
      licenses: ["driver's license"],
    },
    N,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "a year leading outdoor education programs, but no driver's license",
    {
      education: [edu("associate", "biology")],
      experience: [exp(1, "leading outdoor education programs")],
    },
    N,
    "Requires possession of a valid driver's license.",
  ],
  [
    "no experience leading programs",
    { education: [edu("bachelor", "biology")] },
    N,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "six months leading environmental education programs",
    {
      education: [edu("bachelor", "ecology")],
      experience: [exp(0.5, "leading environmental education programs")],
    },
    N,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "two years of park maintenance is not leading programs",
    { education: [edu("associate", "biology")], experience: [exp(2, "park maintenance")] },
    N,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "an associate degree in biology is two years of college with biology courses",
    {
      education: [edu("associate", "biology")],
      experience: [exp(1, "leading environmental education programs")],
      licenses: ["driver's license"],
    },
    Q,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "exactly 60 semester hours, some in ecology",
    {
      education: [edu("coursework", "ecology", 12), edu("coursework", "history", 48)],
      experience: [exp(1, "leading environmental education programs")],
      licenses: ["driver's license"],
    },
    Q,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "59 semester hours in biology: just short of two years of college",
    {
      education: [edu("coursework", "biology", 59)],
      experience: [exp(1, "leading environmental education programs")],
      licenses: ["driver's license"],
    },
    N,
    "Requires completion of two years of college with courses in biology, ecology or education.",
  ],
  [
    "a bachelor's in history with no courses in biology, ecology or education",
    {
      education: [edu("bachelor", "history")],
      experience: [exp(1, "leading environmental education programs")],
      licenses: ["driver's license"],
    },
    N,
    "Requires completion of two years of college with courses in biology, ecology or education.",
  ],
  [
    'a year of "programs" is broader than leading outdoor education programs',
    {
      education: [edu("associate", "biology")],
      experience: [exp(1, "programs")],
      licenses: ["driver's license"],
    },
    N,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    'a year of "education" is broader than leading education programs',
    {
      education: [edu("associate", "biology")],
      experience: [exp(1, "education")],
      licenses: ["driver's license"],
    },
    N,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "a year in environmental education programs, not said to lead them",
    {
      education: [edu("associate", "biology")],
      experience: [exp(1, "environmental education programs")],
      licenses: ["driver's license"],
    },
    N,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "a year leading outdoor education programs for school groups: more specific, it counts",
    {
      education: [edu("associate", "biology")],
      experience: [exp(1, "leading outdoor education programs for school groups")],
      licenses: ["driver's license"],
    },
    Q,
    "Requires one year of experience leading outdoor or environmental education programs.",
  ],
  [
    "no driver's license: the licence the minimum requirements print is missing",
    {
      education: [edu("associate", "biology")],
      experience: [exp(1, "leading environmental education programs")],
    },
    N,
    "Requires possession of a valid driver's license.",
  ],
];

/** Weights and Measures Inspector: high school and two years, or (not modelled) a combination, or a Technician year. */
const IA_WEIGHTS: Row[] = [
  [
    "a diploma and two years of inspection",
    { education: [edu("high-school")], experience: [exp(2, "inspection")] },
    Q,
    "experience equal to two years of full-time work in inspection",
  ],
  [
    "a GED and three years of scale repair",
    { education: [edu("high-school")], experience: [exp(3, "scale repair")] },
    Q,
    "experience equal to two years of full-time work in inspection",
  ],
  [
    "a diploma and one year of inspection: a combination the agency weighs",
    { education: [edu("high-school")], experience: [exp(1, "inspection")] },
    U,
    "an equivalent combination of education and experience",
  ],
];

/** Library Outreach Consultant: an MLS and two years of professional library work, one of them outreach. */
const IA_LIBRARY: Row[] = [
  [
    "an MLS and two professional years, one in outreach",
    {
      education: [edu("master", "library science")],
      experience: [exp(1, "library", "professional"), exp(1, "library outreach", "professional")],
    },
    Q,
    "experience equal to two years of full-time professional library work",
  ],
  [
    "an MLS and two professional years, none in outreach or extension: a combination the agency weighs",
    {
      education: [edu("master", "library science")],
      experience: [exp(2, "library reference", "professional")],
    },
    U,
    "an equivalent combination of education and experience",
  ],
];

/** Accounting Technician: either an associate degree and two years, or four years one of them reconciliation; 45 quarter credits a year. */
const NEOGOV_ACCOUNTING: Row[] = [
  [
    "the first alternative: an associate degree in accounting and two years of bookkeeping",
    { education: [edu("associate", "accounting")], experience: [exp(2, "bookkeeping")] },
    Q,
    "two years of bookkeeping or accounting clerical experience",
  ],
  [
    "the second alternative: four years of bookkeeping, one of them reconciliation",
    { experience: [exp(3, "bookkeeping"), exp(1, "bookkeeping account reconciliation")] },
    Q,
    "Four years of bookkeeping or accounting clerical experience, one of which included account reconciliation.",
  ],
  [
    "four years of bookkeeping without reconciliation",
    { experience: [exp(4, "bookkeeping")] },
    N,
    "Four years of bookkeeping or accounting clerical experience, one of which included account reconciliation.",
  ],
  [
    "an associate degree and one year: 30 semester hours of accounting (45 quarter credits) make the second",
    {
      education: [edu("associate", "business"), edu("coursework", "accounting", 30)],
      experience: [exp(1, "bookkeeping")],
    },
    Q,
    "45 quarter credits for one year",
  ],
  [
    "an associate degree and one year: 15 semester hours of accounting are half a year short",
    {
      education: [edu("associate", "business"), edu("coursework", "accounting", 15)],
      experience: [exp(1, "bookkeeping")],
    },
    N,
    "two years of bookkeeping or accounting clerical experience",
  ],
];

/** Engineering Technician II: an associate degree and three years, or any equivalent combination. */
const NEOGOV_ENGINEERING: Row[] = [
  [
    "an associate degree in surveying and three years of drafting",
    {
      education: [edu("associate", "surveying")],
      experience: [exp(3, "civil engineering drafting")],
      licenses: ["Oregon driver's license", "Engineering Technician certification"],
    },
    Q,
    "Three years of progressively responsible experience in civil engineering drafting",
  ],
  [
    "two years of inspection: the equivalent combination is the agency's to weigh",
    {
      education: [edu("associate", "civil engineering technology")],
      experience: [exp(2, "construction inspection")],
    },
    U,
    "Any equivalent combination of education and experience",
  ],
];

/** Parks Maintenance Worker I: high school and six months of grounds maintenance. */
const NEOGOV_PARKS: Row[] = [
  [
    "a diploma, a Washington driver's license and exactly six months of landscaping",
    {
      education: [edu("high-school")],
      experience: [exp(0.5, "landscaping")],
      licenses: ["Washington driver's license"],
    },
    Q,
    "six months of experience in grounds maintenance, landscaping or a related field.",
  ],
  [
    "no driver's license yet: it is needed only by the date of appointment",
    { education: [edu("high-school")], experience: [exp(0.5, "landscaping")] },
    U,
    "Possession of a valid Washington driver's license by the date of appointment.",
  ],
  [
    "a year of grounds maintenance and no diploma",
    { experience: [exp(1, "grounds maintenance")] },
    N,
    "Graduation from high school or GED",
  ],
  [
    "a diploma and three months of landscaping",
    { education: [edu("high-school")], experience: [exp(0.25, "landscaping")] },
    N,
    "six months of experience in grounds maintenance, landscaping or a related field.",
  ],
];

/** Licensing Clerk: high school and one year of clerical or customer service experience. */
const NH_CLERK: Row[] = [
  [
    "a diploma and a year of customer service",
    { education: [edu("high-school")], experience: [exp(1, "customer service")] },
    Q,
    "One year of clerical or customer service experience.",
  ],
  [
    "a diploma and six months of clerical work",
    { education: [edu("high-school")], experience: [exp(0.5, "clerical")] },
    N,
    "One year of clerical or customer service experience.",
  ],
  [
    "two years of clerical work and no diploma",
    { experience: [exp(2, "clerical")] },
    N,
    "High school diploma or equivalent.",
  ],
];

/** Wildlife Habitat Biologist II: a bachelor's in the field and three professional years, one of habitat projects; work for education year for year. */
const NH_WILDLIFE: Row[] = [
  [
    "a wildlife biology degree and three professional years, one of them habitat project work",
    {
      education: [edu("bachelor", "wildlife biology")],
      experience: [
        exp(2, "wildlife management", "professional"),
        exp(1, "wildlife habitat project work", "professional"),
      ],
      licenses: ["driver's license"],
    },
    Q,
    "Three years' professional experience in wildlife or natural resource management",
  ],
  [
    "a forestry degree and two professional years",
    {
      education: [edu("bachelor", "forestry")],
      experience: [exp(2, "natural resource management", "professional")],
    },
    N,
    "Three years' professional experience in wildlife or natural resource management",
  ],
  [
    "three professional years without habitat project work",
    {
      education: [edu("bachelor", "ecology")],
      experience: [exp(3, "wildlife management", "professional")],
    },
    N,
    "including one year of habitat project work",
  ],
];

/** Aquatic Resource Technician: a year as an Aide; or two years of hatchery work; or an associate degree; or a combination. */
const PA_AQUATIC: Row[] = [
  [
    "two years of fish hatchery work (the second alternative)",
    { experience: [exp(2, "fish hatchery")] },
    Q,
    "Two years of experience in fish hatchery, fishery survey or water sampling work",
  ],
  [
    "an associate degree in fisheries (the third alternative)",
    { education: [edu("associate", "fisheries")] },
    Q,
    "An associate degree in fisheries, biology, environmental science or a related field",
  ],
  [
    "a bachelor's in biology meets the associate degree",
    { education: [edu("bachelor", "biology")] },
    Q,
    "An associate degree in fisheries, biology, environmental science or a related field",
  ],
];

/** Community Programs Coordinator 2: a year as a Coordinator 1; or two professional years and a bachelor's; or a combination. */
const PA_COMMUNITY: Row[] = [
  [
    "a bachelor's and two professional years of grant administration",
    {
      education: [edu("bachelor", "sociology")],
      experience: [exp(2, "grant administration", "professional")],
    },
    Q,
    "Two years of professional experience in grant administration or community program planning",
  ],
  [
    "a bachelor's and two professional years of community program planning",
    {
      education: [edu("bachelor", "history")],
      experience: [exp(2, "community program planning", "professional")],
    },
    Q,
    "Two years of professional experience in grant administration or community program planning",
  ],
];

/** Water Plant Operator (a township with no profile): high school and two years in a public water system; coursework 30 hours a year, up to one. */
const GENERIC_WATER: Row[] = [
  [
    "a diploma and two years of plant operation in a public water system",
    {
      education: [edu("high-school")],
      experience: [exp(2, "water treatment plant operation", undefined, "public water system")],
    },
    Q,
    "Two years of experience in water treatment plant operation.",
  ],
  [
    "a diploma and one year: 30 semester hours of water technology make the second",
    {
      education: [edu("high-school"), edu("coursework", "water technology", 30)],
      experience: [exp(1, "water treatment plant operation", undefined, "public water system")],
    },
    Q,
    "thirty (30) semester hours equal one year",
  ],
  [
    "exactly at the cap: 60 hours still give one year, and one year of work is needed beside them",
    {
      education: [edu("high-school"), edu("coursework", "water technology", 60)],
      experience: [exp(1, "water treatment plant operation", undefined, "public water system")],
    },
    Q,
    "up to a maximum of one year",
  ],
  [
    "60 hours and no work: the cap leaves a year to go",
    { education: [edu("high-school"), edu("coursework", "water technology", 60)] },
    N,
    "Two years of experience in water treatment plant operation.",
  ],
  [
    "partial credit just reaching the need: 15 hours and eighteen months",
    {
      education: [edu("high-school"), edu("coursework", "water technology", 15)],
      experience: [exp(1.5, "water treatment plant operation", undefined, "public water system")],
    },
    Q,
    "thirty (30) semester hours equal one year",
  ],
  [
    "the NOTE rules out two years at a private bottling plant",
    {
      education: [edu("high-school")],
      experience: [exp(2, "water treatment plant operation", undefined, "private bottling plant")],
    },
    N,
    "NOTE: Experience must have been gained in a public water system.",
  ],
  [
    "the desirable associate degree does not stand for the diploma's missing experience",
    {
      education: [edu("associate", "water technology")],
      experience: [exp(1, "water treatment plant operation", undefined, "public water system")],
    },
    N,
    "Two years of experience in water treatment plant operation.",
  ],
  [
    "two years without the setting said: the NOTE cannot be checked",
    {
      education: [edu("high-school")],
      experience: [exp(2, "water treatment plant operation")],
    },
    U,
    "Two years of experience in water treatment plant operation.",
  ],
  [
    "no diploma, two years in a public water system",
    {
      experience: [exp(2, "water treatment plant operation", undefined, "public water system")],
    },
    N,
    "Graduation from high school or GED.",
  ],
];

/** Harlow County Road Maintenance Worker: the tenth grade and a year, or an equivalent combination; a CDL within six months. */
const GENERIC_ROAD: Row[] = [
  [
    "the tenth grade, exactly one year of grounds work and the CDL",
    {
      education: [edu("high-school")].map((entry) => ({ ...entry, grade: 10 })),
      experience: [exp(1, "grounds work")],
      licenses: ["commercial driver's license"],
    },
    Q,
    "Completion of the tenth grade",
  ],
  [
    "a diploma meets the tenth grade",
    {
      education: [edu("high-school")],
      experience: [exp(2, "construction")],
      licenses: ["commercial driver's license"],
    },
    Q,
    "one year of experience in construction or grounds work",
  ],
  [
    "the ninth grade: only an equivalent combination, as the agency judges",
    {
      education: [edu("high-school")].map((entry) => ({ ...entry, grade: 9 })),
      experience: [exp(3, "construction")],
      licenses: ["commercial driver's license"],
    },
    U,
    "or any equivalent combination of education and experience.",
  ],
  [
    "the tenth grade and eleven months of construction: only an equivalent combination",
    {
      education: [edu("high-school")].map((entry) => ({ ...entry, grade: 10 })),
      experience: [exp(11 / 12, "construction")],
      licenses: ["commercial driver's license"],
    },
    U,
    "or any equivalent combination of education and experience.",
  ],
  [
    "no CDL yet: it may be obtained within six months of hire",
    { education: [edu("high-school")], experience: [exp(1, "construction")] },
    U,
    "A valid commercial driver's license, class B, within six months of hire.",
  ],
];

/** Water Rights Analyst II: experience of no stated amount; experience and education for one another. */
const TX_WATER: Row[] = [
  [
    "a year of permit review meets the experience; the registration it may require decides",
    { experience: [exp(1, "permit review")] },
    U,
    "May require registration as an Engineer-in-Training.",
  ],
  [
    "a bachelor's in geology and no experience: education may substitute, how much is not stated",
    { education: [edu("bachelor", "geology")] },
    U,
    "Experience and education may be substituted for one another.",
  ],
  [
    "a diploma only and retail experience: neither the experience nor education beyond it",
    { education: [edu("high-school")], experience: [exp(4, "retail sales")] },
    N,
    "Experience in hydrology, water resource planning or permit review.",
  ],
];

/** Each spec, its twins (the same class as HTML or PDF give the same rules), and its rows. */
const BY_SPEC: ReadonlyArray<[paths: string[], rows: Row[]]> = [
  [[`${P}/washington/us-wa.class.471q.json`], WA_GRANTS],
  [[`${P}/washington/us-wa.class.582m.json`], WA_SEED],
  [[`${P}/texas/us-tx.class.1570.json`], TX_INVENTORY],
  [[`${P}/texas/us-tx.class.4127.json`, `${P}/texas/pdf/us-tx.class.4127.json`], TX_FLEET],
  [[`${P}/california/us-ca.class.0917.json`], CA_PARKS],
  [[`${P}/california/us-ca.class.1942.json`], CA_LOOKOUT],
  [
    [`${P}/illinois/text/us-il.class.09814.json`, `${P}/illinois/pdf/us-il.class.09814.json`],
    IL_CONSERVATION,
  ],
  [
    [`${P}/iowa-class/text/us-ia.class.40213.json`, `${P}/iowa-class/html/us-ia.class.40213.json`],
    IA_WEIGHTS,
  ],
  [
    [`${P}/iowa-class/text/us-ia.class.23705.json`, `${P}/iowa-class/html/us-ia.class.23705.json`],
    IA_LIBRARY,
  ],
  [
    [
      `${P}/neogov/text/us-or-cascade-ridge.class.2215.json`,
      `${P}/neogov/html/us-or-cascade-ridge.class.2215.json`,
    ],
    NEOGOV_ACCOUNTING,
  ],
  [[`${P}/neogov/text/us-or-cascade-ridge.class.4410.json`], NEOGOV_ENGINEERING],
  [[`${P}/neogov/text/us-wa-millbrook.class.3140.json`], NEOGOV_PARKS],
  [
    [
      `${P}/new-hampshire/text/us-nh.class.2107.json`,
      `${P}/new-hampshire/pdf/us-nh.class.2107.json`,
    ],
    NH_CLERK,
  ],
  [
    [
      `${P}/new-hampshire/text/us-nh.class.4531.json`,
      `${P}/new-hampshire/pdf/us-nh.class.4531.json`,
    ],
    NH_WILDLIFE,
  ],
  [
    [
      `${P}/pennsylvania/text/us-pa.class.48120.json`,
      `${P}/pennsylvania/html/us-pa.class.48120.json`,
    ],
    PA_AQUATIC,
  ],
  [
    [
      `${P}/pennsylvania/text/us-pa.class.52312.json`,
      `${P}/pennsylvania/pdf/us-pa.class.52312.json`,
    ],
    PA_COMMUNITY,
  ],
  [[`${P}/generic/unknown.class.water-plant-operator-5120.json`], GENERIC_WATER],
  [[`${P}/generic/unknown.class.road-maintenance-worker-4410.json`], GENERIC_ROAD],
  [[`${P}/texas/us-tx.class.2614.json`], TX_WATER],
];

export const PUBLISHER_GOLD: readonly GoldRow[] = BY_SPEC.flatMap(([paths, rows]) =>
  paths.flatMap((spec) =>
    rows.map(([name, candidate, answer, deciding]) => ({
      spec,
      name,
      candidate,
      answer,
      deciding,
    })),
  ),
);
