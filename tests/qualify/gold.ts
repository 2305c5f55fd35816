/**
 * The gold table of `classpec qualify`: rows written from the specs' printed
 * text (fixtures/), not from the evaluator's output. Each row: the spec (its
 * committed output, read from the fixture), a candidate, the answer a reader
 * of the spec gives, and words of the sentence that decides it.
 *
 * Conventions the rows share with the evaluator (docs/qualifications.md): a
 * higher degree meets a lower one; supervisory and management experience is
 * professional experience; a degree substituted "year for year" counts its
 * usual length (bachelor's 4 years, associate 2, high school 4; 30 semester
 * hours a year); one substitution per requirement; experience counted once.
 */
import type { Candidate, QualifyOutcome } from "../../schemas/qualifications.js";
import { PUBLISHER_GOLD } from "./gold-publishers.js";

export interface GoldRow {
  spec: string;
  name: string;
  candidate: Candidate;
  answer: QualifyOutcome;
  /** Words of the printed sentence that decides the answer. */
  deciding: string;
}

type Level = NonNullable<Candidate["education"]>[number]["level"];
type ExperienceLevel = NonNullable<Candidate["experience"]>[number]["level"];

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

const SPECS = {
  osa: "output/kentucky/us-ky.class.20000104.json",
  acc: "output/kentucky/us-ky.class.20000618.json",
  ps2: "output/kentucky/us-ky.class.20001499.json",
  heo: "output/kentucky/us-ky.class.20002215.json",
  lpn: "output/kentucky/us-ky.class.20003786.json",
  nsc: "output/kentucky/us-ky.class.20004417.json",
  ssc: "output/kentucky/us-ky.class.20005032.json",
  fwt: "output/kentucky/us-ky.class.20005981.json",
  yss: "output/kentucky/us-ky.class.20006350.json",
  ciso: "output/kentucky/us-ky.class.20007731.json",
  env: "output/kentucky/us-ky.class.20008812.json",
  wrt: "output/kentucky/us-ky.class.20008813.json",
  ccs: "output/qualifications/us-ky.class.20009120.json",
} as const;

type Row = [name: string, candidate: Candidate, answer: QualifyOutcome, deciding: string];
const Q = "qualifies";
const N = "does-not-qualify";
const U = "cannot-tell";

const OSA: Row[] = [
  [
    "diploma and six months clerical",
    { education: [edu("high-school")], experience: [exp(0.5, "clerical")] },
    Q,
    "six months of clerical experience",
  ],
  [
    "diploma and a year of clerical support",
    { education: [edu("high-school")], experience: [exp(1, "clerical support")] },
    Q,
    "six months of clerical experience",
  ],
  [
    "diploma and three months clerical",
    { education: [edu("high-school")], experience: [exp(0.25, "clerical")] },
    N,
    "six months of clerical experience",
  ],
  [
    "diploma and retail experience only",
    { education: [edu("high-school")], experience: [exp(2, "retail sales")] },
    N,
    "six months of clerical experience",
  ],
  [
    "bachelor's meets the diploma",
    { education: [edu("bachelor", "history")], experience: [exp(0.5, "clerical")] },
    Q,
    "High school diploma or GED",
  ],
  [
    "no diploma, 4.5 years clerical: 4 for the diploma, 0.5 for experience",
    { experience: [exp(4.5, "clerical")] },
    Q,
    "Clerical experience will substitute for the high school diploma",
  ],
  [
    "no diploma, 4 years clerical: none left for the experience",
    { experience: [exp(4, "clerical")] },
    N,
    "six months of clerical experience",
  ],
  [
    "no diploma, 3 years clerical",
    { experience: [exp(3, "clerical")] },
    N,
    "High school diploma or GED",
  ],
  [
    "diploma, no experience",
    { education: [edu("high-school")] },
    N,
    "six months of clerical experience",
  ],
  [
    "no diploma, retail experience does not substitute",
    { experience: [exp(4.5, "retail sales")] },
    N,
    "High school diploma or GED",
  ],
  ["nothing at all", {}, N, "High school diploma or GED"],
];

const ACC: Row[] = [
  [
    "bachelor's in accounting, two years professional accounting",
    {
      education: [edu("bachelor", "accounting")],
      experience: [exp(2, "accounting", "professional")],
    },
    Q,
    "two years of professional experience",
  ],
  [
    "bachelor's in finance, auditing",
    { education: [edu("bachelor", "finance")], experience: [exp(2, "auditing", "professional")] },
    Q,
    "two years of professional experience",
  ],
  [
    "bachelor's in business administration, finance",
    {
      education: [edu("bachelor", "business administration")],
      experience: [exp(3, "finance", "professional")],
    },
    Q,
    "bachelor's degree in accounting",
  ],
  [
    "bachelor's in history",
    { education: [edu("bachelor", "history")], experience: [exp(2, "accounting", "professional")] },
    N,
    "bachelor's degree in accounting, finance or business administration",
  ],
  [
    "one year short",
    {
      education: [edu("bachelor", "accounting")],
      experience: [exp(1, "accounting", "professional")],
    },
    N,
    "two years of professional experience",
  ],
  [
    "master's in accounting gives the missing year",
    {
      education: [edu("bachelor", "accounting"), edu("master", "accounting")],
      experience: [exp(1, "accounting", "professional")],
    },
    Q,
    "A master's degree in accounting or business administration",
  ],
  [
    "master's in business administration gives the missing year",
    {
      education: [edu("bachelor", "accounting"), edu("master", "business administration")],
      experience: [exp(1, "auditing", "professional")],
    },
    Q,
    "A master's degree in accounting or business administration",
  ],
  [
    "master's gives one year, half a year is not enough",
    {
      education: [edu("bachelor", "accounting"), edu("master", "accounting")],
      experience: [exp(0.5, "accounting", "professional")],
    },
    N,
    "two years of professional experience",
  ],
  [
    "master's in history gives nothing",
    {
      education: [edu("bachelor", "accounting"), edu("master", "history")],
      experience: [exp(1, "accounting", "professional")],
    },
    N,
    "two years of professional experience",
  ],
  [
    "CPA licence replaces the experience",
    { education: [edu("bachelor", "accounting")], licenses: ["Certified Public Accountant"] },
    Q,
    "Certified Public Accountant license",
  ],
  [
    "no degree, six years professional accounting",
    { experience: [exp(6, "accounting", "professional")] },
    Q,
    "Each year of professional accounting experience",
  ],
  [
    "no degree, five years: four for the degree, one left",
    { experience: [exp(5, "accounting", "professional")] },
    N,
    "two years of professional experience",
  ],
  [
    "no degree, three years",
    { experience: [exp(3, "accounting", "professional")] },
    N,
    "bachelor's degree in accounting",
  ],
  [
    "level not stated",
    { education: [edu("bachelor", "accounting")], experience: [exp(2, "accounting")] },
    U,
    "two years of professional experience",
  ],
  [
    "paraprofessional accounting does not count",
    {
      education: [edu("bachelor", "accounting")],
      experience: [exp(2, "accounting", "paraprofessional")],
    },
    N,
    "two years of professional experience",
  ],
  [
    "supervisory finance experience is professional",
    { education: [edu("bachelor", "finance")], experience: [exp(2, "finance", "supervisory")] },
    Q,
    "two years of professional experience",
  ],
  [
    "experience split over two areas",
    {
      education: [edu("bachelor", "accounting")],
      experience: [exp(1, "auditing", "professional"), exp(1, "finance", "professional")],
    },
    Q,
    "two years of professional experience",
  ],
  [
    "no degree, six years of auditing: only accounting experience substitutes",
    { experience: [exp(6, "auditing", "professional")] },
    N,
    "bachelor's degree in accounting",
  ],
];

const PS2: Row[] = [
  [
    "bachelor's and a year of production support",
    { education: [edu("bachelor", "business")], experience: [exp(1, "production support")] },
    Q,
    "one year of production support experience",
  ],
  [
    "any field of bachelor's",
    { education: [edu("bachelor", "history")], experience: [exp(2, "production support")] },
    Q,
    "bachelor's degree",
  ],
  [
    "half a year of production support",
    { education: [edu("bachelor")], experience: [exp(0.5, "production support")] },
    N,
    "one year of production support experience",
  ],
  [
    "master's in computer science replaces the experience",
    { education: [edu("bachelor"), edu("master", "computer science")] },
    Q,
    "A master's degree in computer science",
  ],
  [
    "master's in history does not",
    { education: [edu("bachelor"), edu("master", "history")] },
    N,
    "one year of production support experience",
  ],
  [
    "master's in computer science alone: meets the degree and the experience",
    { education: [edu("master", "computer science")] },
    Q,
    "A master's degree in computer science",
  ],
  [
    "no degree, 4 years systems support and 1 year production support",
    { experience: [exp(4, "systems support"), exp(1, "production support")] },
    Q,
    "Experience in computer programming, systems support or production support",
  ],
  [
    "no degree, 5 years production support",
    { experience: [exp(5, "production support")] },
    Q,
    "Experience in computer programming, systems support or production support",
  ],
  [
    "no degree, 4 years production support: none left",
    { experience: [exp(4, "production support")] },
    N,
    "one year of production support experience",
  ],
  [
    "no degree, 5 years systems support: no production support",
    { experience: [exp(5, "systems support")] },
    N,
    "one year of production support experience",
  ],
  [
    "no degree, 3 years programming and 1 of production support: all 4 go to the degree",
    { experience: [exp(3, "computer programming"), exp(1, "production support")] },
    N,
    "one year of production support experience",
  ],
  [
    "60 semester hours and 2 years of programming make the degree",
    {
      education: [edu("coursework", "computer science", 60)],
      experience: [exp(2, "computer programming"), exp(1, "production support")],
    },
    Q,
    "Experience in computer programming, systems support or production support",
  ],
  [
    "vocational training: related to what, the agency decides",
    {
      training: [{ years: 4, area: "vocational computer operations" }],
      experience: [exp(1, "production support")],
    },
    U,
    "Related technical or vocational training",
  ],
  [
    "no degree, no training",
    { experience: [exp(1, "production support")] },
    N,
    "bachelor's degree",
  ],
];

const HEO: Row[] = [
  [
    "diploma and two years operating heavy equipment",
    { education: [edu("high-school")], experience: [exp(2, "operating heavy equipment")] },
    Q,
    "two years of experience operating heavy equipment",
  ],
  [
    "GED and three years",
    { education: [edu("high-school", "GED")], experience: [exp(3, "operating heavy equipment")] },
    Q,
    "two years of experience operating heavy equipment",
  ],
  [
    "a year and a half",
    { education: [edu("high-school")], experience: [exp(1.5, "operating heavy equipment")] },
    N,
    "two years of experience operating heavy equipment",
  ],
  [
    "no diploma, six years: four for the diploma",
    { experience: [exp(6, "operating heavy equipment")] },
    Q,
    "Experience operating heavy equipment will substitute",
  ],
  [
    "no diploma, five years: one left of two",
    { experience: [exp(5, "operating heavy equipment")] },
    N,
    "two years of experience operating heavy equipment",
  ],
  [
    "driving trucks is not operating heavy equipment",
    { education: [edu("high-school")], experience: [exp(2, "driving trucks")] },
    N,
    "two years of experience operating heavy equipment",
  ],
  [
    "associate degree meets the diploma",
    {
      education: [edu("associate", "construction")],
      experience: [exp(2, "operating heavy equipment")],
    },
    Q,
    "High school diploma or GED",
  ],
  [
    "no diploma, two years",
    { experience: [exp(2, "operating heavy equipment")] },
    N,
    "High school diploma or GED",
  ],
];

const LPN_HELD = { licenses: ["Licensed Practical Nurse"] };
const LPN_SCHOOL = [edu("high-school"), edu("certificate", "practical nursing")];
const LPN: Row[] = [
  [
    "diploma, certificate, licence and a year as an LPN",
    { education: LPN_SCHOOL, ...LPN_HELD, experience: [exp(1, "licensed practical nurse")] },
    Q,
    "one (1) year of experience as a licensed practical nurse",
  ],
  [
    "no licence",
    { education: LPN_SCHOOL, experience: [exp(1, "licensed practical nurse")] },
    N,
    "license to practice as a Licensed Practical Nurse",
  ],
  [
    "associate degree in nursing replaces the experience",
    { education: [...LPN_SCHOOL, edu("associate", "nursing")], ...LPN_HELD },
    Q,
    "An associate degree in nursing will substitute",
  ],
  [
    "half a year as an LPN",
    { education: LPN_SCHOOL, ...LPN_HELD, experience: [exp(0.5, "licensed practical nurse")] },
    N,
    "one (1) year of experience as a licensed practical nurse",
  ],
  [
    "no practical nursing certificate",
    {
      education: [edu("high-school")],
      ...LPN_HELD,
      experience: [exp(1, "licensed practical nurse")],
    },
    N,
    "practical nursing program with a diploma or certificate",
  ],
  [
    "a year as a nurse aide is not LPN experience",
    { education: LPN_SCHOOL, ...LPN_HELD, experience: [exp(1, "nurse aide")] },
    N,
    "one (1) year of experience as a licensed practical nurse",
  ],
  [
    "associate degree in business does not substitute",
    { education: [...LPN_SCHOOL, edu("associate", "business")], ...LPN_HELD },
    N,
    "one (1) year of experience as a licensed practical nurse",
  ],
  [
    "no diploma, no certificate, licence only",
    { ...LPN_HELD },
    N,
    "Graduate of a high school or possession of a GED",
  ],
];

const RN = "registered nurse";
const NSC: Row[] = [
  [
    "associate in nursing, three years in corrections",
    {
      education: [edu("associate", "nursing")],
      experience: [exp(3, RN, undefined, "correctional facility")],
    },
    Q,
    "three years of experience as a registered nurse",
  ],
  [
    "two years in a hospital and one in corrections",
    {
      education: [edu("associate", "nursing")],
      experience: [exp(2, RN, undefined, "hospital"), exp(1, RN, undefined, "correctional")],
    },
    Q,
    "including one year in a correctional or institutional setting",
  ],
  [
    "three years in a hospital only",
    { education: [edu("associate", "nursing")], experience: [exp(3, RN, undefined, "hospital")] },
    N,
    "including one year in a correctional or institutional setting",
  ],
  [
    "setting not stated",
    { education: [edu("associate", "nursing")], experience: [exp(3, RN)] },
    U,
    "including one year in a correctional or institutional setting",
  ],
  [
    "bachelor's in nursing gives one year",
    {
      education: [edu("bachelor", "nursing")],
      experience: [exp(2, RN, undefined, "correctional")],
    },
    Q,
    "A bachelor's degree in nursing will substitute for one year",
  ],
  [
    "bachelor's and a year and a half: short",
    {
      education: [edu("bachelor", "nursing")],
      experience: [exp(1.5, RN, undefined, "correctional")],
    },
    N,
    "three years of experience as a registered nurse",
  ],
  [
    "bachelor's, two hospital years: no correctional year",
    { education: [edu("bachelor", "nursing")], experience: [exp(2, RN, undefined, "hospital")] },
    N,
    "including one year in a correctional or institutional setting",
  ],
  [
    "associate in business",
    {
      education: [edu("associate", "business")],
      experience: [exp(3, RN, undefined, "correctional")],
    },
    N,
    "associate degree in nursing",
  ],
  [
    "bachelor's in nursing meets the associate, institutional years",
    {
      education: [edu("bachelor", "nursing")],
      experience: [exp(3, RN, undefined, "institutional")],
    },
    Q,
    "associate degree in nursing",
  ],
  [
    "two years in corrections",
    {
      education: [edu("associate", "nursing")],
      experience: [exp(2, RN, undefined, "correctional")],
    },
    N,
    "three years of experience as a registered nurse",
  ],
  [
    "three years as an LPN, not an RN",
    {
      education: [edu("associate", "nursing")],
      experience: [exp(3, "licensed practical nurse", undefined, "correctional")],
    },
    N,
    "three years of experience as a registered nurse",
  ],
];

const SSC: Row[] = [
  [
    "master's in social work",
    { education: [edu("master", "social work")] },
    Q,
    "master's degree in social work",
  ],
  [
    "master's in psychology",
    { education: [edu("master", "psychology")] },
    N,
    "master's degree in social work",
  ],
  [
    "bachelor's in social work",
    { education: [edu("bachelor", "social work")] },
    N,
    "master's degree in social work",
  ],
  [
    "doctorate in social work",
    { education: [edu("doctorate", "social work")] },
    Q,
    "master's degree in social work",
  ],
  [
    "no degree, years of casework",
    { experience: [exp(10, "social casework")] },
    N,
    "master's degree in social work",
  ],
];

const FWT: Row[] = [
  [
    "associate in forestry",
    { education: [edu("associate", "forestry")] },
    Q,
    "associate degree in wildlife management, forestry, biology",
  ],
  [
    "associate in biology",
    { education: [edu("associate", "biology")] },
    Q,
    "associate degree in wildlife management, forestry, biology",
  ],
  [
    "associate in geology: a related natural science is for the agency",
    { education: [edu("associate", "geology")] },
    U,
    "or a related natural science",
  ],
  [
    "bachelor's in wildlife management",
    { education: [edu("bachelor", "wildlife management")] },
    Q,
    "associate degree in wildlife management",
  ],
  [
    "sixty semester hours in biology",
    { education: [edu("coursework", "biology", 60)] },
    Q,
    "Sixty (60) semester hours of college coursework",
  ],
  [
    "45 hours of biology, no experience",
    { education: [edu("coursework", "biology", 45)] },
    N,
    "associate degree in wildlife management",
  ],
  [
    "45 hours and six months of forestry: the credit just reaches",
    { education: [edu("coursework", "biology", 45)], experience: [exp(0.5, "forestry")] },
    Q,
    "Six (6) months of full-time experience",
  ],
  [
    "30 hours and six months: 45 of 60",
    { education: [edu("coursework", "forestry", 30)], experience: [exp(0.5, "forestry")] },
    N,
    "associate degree in wildlife management",
  ],
  [
    "two years of wildlife management experience: 4 x 15 hours",
    { experience: [exp(2, "wildlife management")] },
    Q,
    "Six (6) months of full-time experience",
  ],
  [
    "a year and a half of fisheries management",
    { experience: [exp(1.5, "fisheries management")] },
    N,
    "associate degree in wildlife management",
  ],
  [
    "30 hours of biology and a year of conservation",
    {
      education: [edu("coursework", "biology", 30)],
      experience: [exp(1, "natural resources conservation")],
    },
    Q,
    "Six (6) months of full-time experience",
  ],
  [
    "two years of retail",
    { experience: [exp(2, "retail")] },
    N,
    "associate degree in wildlife management",
  ],
  [
    "sixty hours of accounting",
    { education: [edu("coursework", "accounting", 60)] },
    N,
    "associate degree in wildlife management",
  ],
];

const YOUTH = "supervision of youth";
const YSS: Row[] = [
  [
    "diploma, three years' custody of youth as a lead worker: custody shares 'of youth'",
    { education: [edu("high-school")], experience: [exp(3, "custody of youth", "lead")] },
    Q,
    "three (3) years of experience in the direct care, custody or supervision of youth",
  ],
  [
    "diploma, three years' custody of adult inmates as a lead worker: not of youth",
    { education: [edu("high-school")], experience: [exp(3, "custody of adult inmates", "lead")] },
    N,
    "three (3) years of experience in the direct care, custody or supervision of youth",
  ],
  [
    "diploma, three years' direct care of nursing home residents as a supervisor: not of youth",
    {
      education: [edu("high-school")],
      experience: [exp(3, "direct care of nursing home residents", "supervisory")],
    },
    N,
    "three (3) years of experience in the direct care, custody or supervision of youth",
  ],
  [
    'diploma, three years of "care" as a lead worker: broader than direct care of youth',
    { education: [edu("high-school")], experience: [exp(3, "care", "lead")] },
    N,
    "three (3) years of experience in the direct care, custody or supervision of youth",
  ],
  [
    'diploma, three years of "supervision" as a supervisor: not said to be of youth',
    { education: [edu("high-school")], experience: [exp(3, "supervision", "supervisory")] },
    N,
    "three (3) years of experience in the direct care, custody or supervision of youth",
  ],
  [
    "diploma, three years' direct care of youth in a detention center as a lead worker: more specific",
    {
      education: [edu("high-school")],
      experience: [exp(3, "direct care of youth in a detention center", "lead")],
    },
    Q,
    "three (3) years of experience in the direct care, custody or supervision of youth",
  ],
  [
    "diploma, three years as a lead worker",
    { education: [edu("high-school")], experience: [exp(3, YOUTH, "lead")] },
    Q,
    "three (3) years of experience in the direct care",
  ],
  [
    "two years custody, one supervising",
    {
      education: [edu("high-school")],
      experience: [exp(2, "custody of youth"), exp(1, YOUTH, "supervisory")],
    },
    Q,
    "including one year as a lead worker or supervisor",
  ],
  [
    "three years of direct care, level not stated",
    { education: [edu("high-school")], experience: [exp(3, "direct care of youth")] },
    U,
    "including one year as a lead worker or supervisor",
  ],
  [
    "three years of paraprofessional direct care",
    {
      education: [edu("high-school")],
      experience: [exp(3, "direct care of youth", "paraprofessional")],
    },
    N,
    "including one year as a lead worker or supervisor",
  ],
  [
    "bachelor's in psychology gives two years",
    {
      education: [edu("high-school"), edu("bachelor", "psychology")],
      experience: [exp(1, "custody of youth", "lead")],
    },
    Q,
    "A bachelor's degree in criminal justice, social work or psychology",
  ],
  [
    "30 hours of criminal justice give one year",
    {
      education: [edu("high-school"), edu("coursework", "criminal justice", 30)],
      experience: [exp(2, YOUTH, "lead")],
    },
    Q,
    "College coursework in criminal justice",
  ],
  [
    "60 hours of social work give two years",
    {
      education: [edu("high-school"), edu("coursework", "social work", 60)],
      experience: [exp(1, YOUTH, "supervisory")],
    },
    Q,
    "College coursework in criminal justice",
  ],
  [
    "30 hours and one year: two of three",
    {
      education: [edu("high-school"), edu("coursework", "psychology", 30)],
      experience: [exp(1, YOUTH, "lead")],
    },
    N,
    "three (3) years of experience in the direct care",
  ],
  [
    "bachelor's in history gives nothing",
    {
      education: [edu("high-school"), edu("bachelor", "history")],
      experience: [exp(1, YOUTH, "lead")],
    },
    N,
    "three (3) years of experience in the direct care",
  ],
  [
    "the degree cannot stand in for the lead year",
    {
      education: [edu("high-school"), edu("bachelor", "psychology")],
      experience: [exp(1, "custody of youth", "paraprofessional")],
    },
    N,
    "including one year as a lead worker or supervisor",
  ],
  ["no diploma", { experience: [exp(3, YOUTH, "lead")] }, N, "High school diploma or GED"],
  [
    "three years of adult custody",
    { education: [edu("high-school")], experience: [exp(3, "adult probation", "lead")] },
    N,
    "three (3) years of experience in the direct care",
  ],
  [
    "30 hours of a related field: the agency decides",
    {
      education: [edu("high-school"), edu("coursework", "sociology", 30)],
      experience: [exp(2, YOUTH, "lead")],
    },
    U,
    "College coursework in criminal justice, social work, psychology or a related field",
  ],
];

const SECURITY = "information security";
const CISO_MASTER = [edu("master", "computer science")];
const CISO: Row[] = [
  [
    "master's, three professional and two management years",
    {
      education: CISO_MASTER,
      experience: [exp(3, SECURITY, "professional"), exp(2, SECURITY, "management")],
    },
    Q,
    "five years of professional experience",
  ],
  [
    "five professional years, none in management",
    { education: CISO_MASTER, experience: [exp(5, SECURITY, "professional")] },
    N,
    "including two years in a management capacity",
  ],
  [
    "four years",
    {
      education: CISO_MASTER,
      experience: [exp(2, SECURITY, "professional"), exp(2, SECURITY, "management")],
    },
    N,
    "five years of professional experience",
  ],
  [
    "bachelor's only",
    {
      education: [edu("bachelor", "computer science")],
      experience: [exp(3, SECURITY, "professional"), exp(2, SECURITY, "management")],
    },
    N,
    "master's degree in information systems",
  ],
  [
    "cybersecurity, risk management and audit",
    {
      education: [edu("master", "cybersecurity")],
      experience: [
        exp(3, "risk management", "professional"),
        exp(2, "information technology audit", "management"),
      ],
    },
    Q,
    "five years of professional experience",
  ],
  [
    "master's in history",
    { education: [edu("master", "history")], experience: [exp(5, SECURITY, "management")] },
    N,
    "master's degree in information systems",
  ],
  [
    "level not stated",
    { education: CISO_MASTER, experience: [exp(5, SECURITY)] },
    U,
    "five years of professional experience",
  ],
  [
    "doctorate in information systems, all management",
    {
      education: [edu("doctorate", "information systems")],
      experience: [exp(6, SECURITY, "management")],
    },
    Q,
    "five years of professional experience",
  ],
  [
    "management years in an unrelated area",
    {
      education: CISO_MASTER,
      experience: [exp(3, SECURITY, "professional"), exp(2, "retail", "management")],
    },
    N,
    "five years of professional experience",
  ],
];

const ENV: Row[] = [
  [
    "bachelor's in biology, two years of inspection",
    { education: [edu("bachelor", "biology")], experience: [exp(2, "environmental inspection")] },
    Q,
    "two years of experience in environmental inspection",
  ],
  [
    "one year of inspection",
    { education: [edu("bachelor", "chemistry")], experience: [exp(1, "environmental inspection")] },
    N,
    "two years of experience in environmental inspection",
  ],
  [
    "master's in environmental science gives a year",
    {
      education: [edu("bachelor", "environmental science"), edu("master", "environmental science")],
      experience: [exp(1, "regulatory compliance")],
    },
    Q,
    "A master's degree in environmental science will substitute for one year",
  ],
  [
    "geology: a related natural science is for the agency",
    { education: [edu("bachelor", "geology")], experience: [exp(2, "environmental inspection")] },
    U,
    "or a related natural science",
  ],
  [
    "no degree, six years of inspection",
    { experience: [exp(6, "environmental inspection")] },
    Q,
    "Experience in environmental inspection will substitute for the required college",
  ],
  [
    "no degree, four inspection years and two compliance years",
    { experience: [exp(4, "environmental inspection"), exp(2, "regulatory compliance")] },
    Q,
    "Experience in environmental inspection will substitute",
  ],
  [
    "no degree, compliance experience does not substitute",
    { experience: [exp(4, "regulatory compliance"), exp(2, "environmental inspection")] },
    N,
    "bachelor's degree in environmental science",
  ],
  [
    "water treatment is not inspection",
    { education: [edu("bachelor", "biology")], experience: [exp(2, "water treatment")] },
    N,
    "two years of experience in environmental inspection",
  ],
  [
    "master's in biology does not substitute",
    {
      education: [edu("bachelor", "biology"), edu("master", "biology")],
      experience: [exp(1, "environmental inspection")],
    },
    N,
    "two years of experience in environmental inspection",
  ],
];

const WRT: Row[] = [
  [
    "diploma and a year of field sampling",
    { education: [edu("high-school")], experience: [exp(1, "field sampling")] },
    Q,
    "one year of experience in field sampling",
  ],
  [
    "half a year of laboratory work",
    { education: [edu("high-school")], experience: [exp(0.5, "laboratory work")] },
    N,
    "one year of experience in field sampling",
  ],
  [
    "30 hours of natural science coursework replace the year",
    { education: [edu("high-school"), edu("coursework", "natural science", 30)] },
    Q,
    "College coursework in a natural science",
  ],
  [
    "15 hours and half a year: partial credit just reaches",
    {
      education: [edu("high-school"), edu("coursework", "natural science", 15)],
      experience: [exp(0.5, "laboratory work")],
    },
    Q,
    "College coursework in a natural science",
  ],
  [
    "15 hours alone",
    { education: [edu("high-school"), edu("coursework", "natural science", 15)] },
    N,
    "one year of experience in field sampling",
  ],
  ["no diploma", { experience: [exp(1, "field sampling")] }, N, "High school diploma or GED"],
  [
    "bachelor's and two years of laboratory work",
    { education: [edu("bachelor", "chemistry")], experience: [exp(2, "laboratory work")] },
    Q,
    "one year of experience in field sampling",
  ],
];

const LICENSED = "licensed child care facility";
const CCS_DEGREE = edu("bachelor", "early childhood education");
const CCS: Row[] = [
  [
    "bachelor's and three years in a licensed facility",
    { education: [CCS_DEGREE], experience: [exp(3, "child care programs", undefined, LICENSED)] },
    Q,
    "three years of experience in child care programs",
  ],
  [
    "the NOTE rules out years in an unlicensed home",
    {
      education: [CCS_DEGREE],
      experience: [exp(3, "child care programs", undefined, "unlicensed family home")],
    },
    N,
    "NOTE: Experience must have been gained in a licensed child care facility",
  ],
  [
    "where the years were gained is not stated",
    { education: [CCS_DEGREE], experience: [exp(3, "child care programs")] },
    U,
    "three years of experience in child care programs",
  ],
  [
    "60 hours give two years, exactly the cap",
    {
      education: [CCS_DEGREE, edu("coursework", "early childhood education", 60)],
      experience: [exp(1, "child care programs", undefined, LICENSED)],
    },
    Q,
    "up to a maximum of two years",
  ],
  [
    "90 hours still give two years: the cap",
    {
      education: [CCS_DEGREE, edu("coursework", "early childhood education", 90)],
      experience: [exp(0.5, "child care programs", undefined, LICENSED)],
    },
    N,
    "three years of experience in child care programs",
  ],
  [
    "90 hours and one year: the cap and the year reach three",
    {
      education: [CCS_DEGREE, edu("coursework", "early childhood education", 90)],
      experience: [exp(1, "child care programs", undefined, LICENSED)],
    },
    Q,
    "up to a maximum of two years",
  ],
  [
    "30 hours give one year",
    {
      education: [CCS_DEGREE, edu("coursework", "early childhood education", 30)],
      experience: [exp(2, "child care programs", undefined, LICENSED)],
    },
    Q,
    "Each thirty (30) semester hours",
  ],
  [
    "45 hours give one and a half years",
    {
      education: [CCS_DEGREE, edu("coursework", "early childhood education", 45)],
      experience: [exp(1.5, "child care programs", undefined, LICENSED)],
    },
    Q,
    "Each thirty (30) semester hours",
  ],
  [
    "two substitutions together when the spec allows one",
    {
      education: [
        CCS_DEGREE,
        edu("master", "child development"),
        edu("coursework", "early childhood education", 60),
      ],
    },
    N,
    "three years of experience in child care programs",
  ],
  [
    "master's in child development gives one year",
    {
      education: [CCS_DEGREE, edu("master", "child development")],
      experience: [exp(2, "child care programs", undefined, LICENSED)],
    },
    Q,
    "A master's degree in child development",
  ],
  [
    "master's in history gives nothing",
    {
      education: [CCS_DEGREE, edu("master", "history")],
      experience: [exp(2, "child care programs", undefined, LICENSED)],
    },
    N,
    "three years of experience in child care programs",
  ],
  [
    "a related field is for the agency",
    {
      education: [edu("bachelor", "psychology")],
      experience: [exp(3, "child care programs", undefined, LICENSED)],
    },
    U,
    "or a related field",
  ],
  [
    "no degree, seven years: four for the degree, three left",
    { experience: [exp(7, "child care programs", undefined, LICENSED)] },
    Q,
    "Experience in child care programs will substitute for the required education",
  ],
  [
    "no degree, six years",
    { experience: [exp(6, "child care programs", undefined, LICENSED)] },
    N,
    "three years of experience in child care programs",
  ],
  [
    "hours in another field give nothing",
    {
      education: [CCS_DEGREE, edu("coursework", "nursing", 60)],
      experience: [exp(1, "child care programs", undefined, LICENSED)],
    },
    N,
    "three years of experience in child care programs",
  ],
];

/** The same specs printed as PDF: the same answers (the same spec as PDF gives the same rules). */
const PDF_SPECS: ReadonlyArray<[string, keyof typeof SPECS]> = [
  ["output/pdf/libreoffice/us-ky.class.20000618.json", "acc"],
  ["output/pdf/libreoffice/us-ky.class.20004417.json", "nsc"],
  ["output/pdf/pdf-lib/us-ky.class.20007731.json", "ciso"],
];

const BY_SPEC: Readonly<Record<keyof typeof SPECS, Row[]>> = {
  osa: OSA,
  acc: ACC,
  ps2: PS2,
  heo: HEO,
  lpn: LPN,
  nsc: NSC,
  ssc: SSC,
  fwt: FWT,
  yss: YSS,
  ciso: CISO,
  env: ENV,
  wrt: WRT,
  ccs: CCS,
};

function rowsOf(spec: string, rows: readonly Row[]): GoldRow[] {
  return rows.map(([name, candidate, answer, deciding]) => ({
    spec,
    name,
    candidate,
    answer,
    deciding,
  }));
}

export const GOLD: readonly GoldRow[] = [
  ...Object.entries(BY_SPEC).flatMap(([key, rows]) =>
    rowsOf(SPECS[key as keyof typeof SPECS], rows),
  ),
  ...PDF_SPECS.flatMap(([spec, key]) => rowsOf(spec, BY_SPEC[key])),
  ...PUBLISHER_GOLD,
];
