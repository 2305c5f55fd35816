/**
 * `qualify(spec, candidate)`: does a candidate meet a class spec's minimum
 * qualifications? `qualifies`, `does-not-qualify`, or `cannot-tell` when a
 * clause classpec does not model (a `text` term, a related field, a level
 * the candidate left unsaid) decides. Desirable and preferred sets are
 * evaluated for the trace and never decide.
 */
import type { SpecDocument } from "../../schemas/index.js";
import type {
  Candidate,
  QualificationExpression,
  QualificationRule,
  QualificationTerm,
  QualifyAnswer,
  QualifyOutcome,
  QualifyStep,
} from "../../schemas/qualifications.js";
import { documentAt } from "../shared/pointer.js";
import { Ledger } from "./candidate.js";
import { Context, type Outcome, type PlacedSubstitution, type Status } from "./outcome.js";
import {
  evaluateCredential,
  evaluateEducation,
  evaluateExperience,
  evaluateText,
} from "./terms.js";

type Item = QualificationExpression["items"][number];

const ANSWERS: Readonly<Record<Status, QualifyOutcome>> = {
  met: "qualifies",
  "not-met": "does-not-qualify",
  unknown: "cannot-tell",
};
/** Of the deciding terms' steps, those that say why (not the ones that passed on the way). */
const DECIDING: Readonly<Record<Status, ReadonlySet<QualifyStep["outcome"]>>> = {
  met: new Set(["met", "credit"]),
  "not-met": new Set(["not-met"]),
  unknown: new Set(["unknown", "credit", "not-met"]),
};

/** Terms first that use no experience, so experience substituting for a degree is not counted twice. */
const ORDER: Readonly<Record<Item["kind"], number>> = {
  education: 0,
  license: 1,
  certification: 1,
  text: 1,
  allOf: 2,
  anyOf: 2,
  experience: 3,
};

function term(context: Context, ledger: Ledger, item: QualificationTerm, pointer: string): Outcome {
  switch (item.kind) {
    case "education":
      return evaluateEducation(context, ledger, item, pointer);
    case "experience":
      return evaluateExperience(context, ledger, item, pointer);
    case "license":
    case "certification":
      return evaluateCredential(context, item, pointer);
    case "text":
      return evaluateText(context, item, pointer);
  }
}

function group(
  context: Context,
  ledger: Ledger,
  kind: "allOf" | "anyOf",
  items: readonly Item[],
  pointer: string,
): Outcome {
  const evaluate = (item: Item, index: number, from: Ledger): Outcome => {
    const at = `${pointer}/items/${index}`;
    return item.kind === "allOf" || item.kind === "anyOf"
      ? group(context, from, item.kind, item.items, at)
      : term(context, from, item, at);
  };
  if (kind === "allOf") {
    const order = items.map((item, index) => ({ item, index }));
    order.sort((a, b) => ORDER[a.item.kind] - ORDER[b.item.kind] || a.index - b.index);
    const outcomes = order.map(({ item, index }) => evaluate(item, index, ledger));
    const status: Status = outcomes.some((outcome) => outcome.status === "not-met")
      ? "not-met"
      : outcomes.some((outcome) => outcome.status === "unknown")
        ? "unknown"
        : "met";
    return {
      status,
      steps: outcomes.flatMap((outcome) => outcome.steps),
      missing: outcomes.flatMap((outcome) => outcome.missing),
      deciding: outcomes
        .filter((outcome) => outcome.status === status)
        .flatMap((outcome) => outcome.deciding),
    };
  }
  const tried = items.map((item, index) => {
    const own = ledger.clone();
    return { outcome: evaluate(item, index, own), ledger: own };
  });
  const met = tried.find((entry) => entry.outcome.status === "met");
  if (met) {
    ledger.adopt(met.ledger);
    return met.outcome;
  }
  const status: Status = tried.some((entry) => entry.outcome.status === "unknown")
    ? "unknown"
    : "not-met";
  // Every alternative's steps are shown, so each says which alternative it is of, as Missing does.
  const labelled = new Map<QualifyStep, QualifyStep>();
  tried.forEach((entry, index) => {
    for (const step of entry.outcome.steps)
      labelled.set(step, { ...step, message: `alternative ${index + 1}: ${step.message}` });
  });
  const label = (step: QualifyStep) => labelled.get(step) ?? step;
  return {
    status,
    steps: tried.flatMap((entry) => entry.outcome.steps.map(label)),
    missing: tried.map(
      (entry, index) => `alternative ${index + 1}: ${entry.outcome.missing.join("; ")}`,
    ),
    deciding: tried
      .filter((entry) => entry.outcome.status === status)
      .flatMap((entry) => entry.outcome.deciding.map(label)),
  };
}

function evaluateSet(context: Context, rule: QualificationRule, at: string): Outcome {
  return group(
    context,
    new Ledger(context.candidate),
    rule.expression.kind,
    rule.expression.items,
    `${at}/expression`,
  );
}

/** Sentences the spec warns it modelled only in part: the answer says it did not check those parts. */
function unmodelled(
  spec: SpecDocument,
  steps: readonly QualifyStep[],
  context: Context,
): QualifyStep[] {
  const texts = new Map(steps.map((step) => [step.text, step.pointer]));
  return spec.diagnostics.flatMap((diagnostic) => {
    if (diagnostic.code !== "rule-partial") return [];
    const text = [...texts.keys()].find((candidate) =>
      diagnostic.message.includes(`"${candidate}"`),
    );
    const pointer = text === undefined ? undefined : texts.get(text);
    return text === undefined || pointer === undefined
      ? []
      : [context.step("assumed", `not checked: ${diagnostic.message}`, pointer, text)];
  });
}

/**
 * Checks a candidate against a class spec's `qualification` rules: `qualifies`,
 * `does-not-qualify` or `cannot-tell` (a `text` term or a related field decides),
 * with the steps that decided, each pointing to the printed sentence.
 * Desirable and preferred sets never decide. See docs/qualifications.md.
 */
export function qualify(spec: SpecDocument, candidate: Candidate): QualifyAnswer {
  const substitutions: PlacedSubstitution[] = spec.rules.flatMap((rule, index) =>
    rule.type === "substitution" ? [{ rule, pointer: documentAt("rules", index) }] : [],
  );
  const context = new Context(candidate, substitutions, spec.provenance);
  const sets = spec.rules.flatMap((rule, index) =>
    rule.type === "qualification" ? [{ rule, at: documentAt("rules", index) as string }] : [],
  );
  const minimum = sets.find((set) => set.rule.set === "minimum");
  const identity = { id: spec.id, title: spec.title };
  // Desirable and preferred sets are in the trace, marked as not counted, with or without a
  // minimum; evaluated after it, so that they take nothing the minimum counts.
  const notDeciding = () =>
    sets
      .filter((entry) => entry.rule.set !== "minimum")
      .map((set) => {
        const other = evaluateSet(context, set.rule, set.at);
        return context.step(
          "not-deciding",
          `${set.rule.set} qualifications ${other.status === "met" ? "met" : other.status === "unknown" ? "perhaps met" : "not met"}; they do not decide who qualifies`,
          set.at,
          set.rule.text,
        );
      });
  if (!minimum) {
    const step = context.step(
      "unknown",
      "the spec states no minimum qualifications classpec could read",
      "/rules",
      "",
    );
    return {
      spec: identity,
      answer: "cannot-tell",
      deciding: [step],
      missing: [],
      steps: [step, ...notDeciding()],
    };
  }
  const outcome = evaluateSet(context, minimum.rule, minimum.at);
  const steps = [...outcome.steps, ...unmodelled(spec, outcome.steps, context), ...notDeciding()];
  const deciding = outcome.deciding.filter((step) => DECIDING[outcome.status].has(step.outcome));
  return {
    spec: identity,
    answer: ANSWERS[outcome.status],
    deciding,
    missing: outcome.status === "not-met" ? outcome.missing : [],
    steps,
  };
}
