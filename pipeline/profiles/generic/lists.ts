/**
 * The list sections: duties (grouped by an area lead-in when one prints),
 * knowledge/skills/abilities (one group per "Knowledge of:" / "Ability to:"
 * lead-in, or per run of items of one kind), and a class history (one event
 * per dated entry).
 */
import type { Duty, KsaGroup, PrintedDate } from "../../../schemas/class-spec.js";
import { findPrintedDate, partialDate } from "../../shared/dates.js";
import { joinLines, sentencesOf } from "../../shared/joined.js";
import { lineOf, type Piece } from "./pieces.js";
import type { Unit } from "./units.js";

/** A lead-in ends in a colon and is short ("Typical duties include:", "Budget:"). */
const LEAD_IN = /^[^.]{1,80}:$/;
const LEAD_IN_WORDS = 10;

export interface ReadDuties {
  duties: Duty[];
  from: Piece[];
  /** Lead-ins that introduce the whole list: notices. */
  leadIns: Piece[];
}

/** A paragraph of duty sentences (no list item): one piece per sentence, each with its lines. */
function sentencePieces(piece: Piece): Piece[] {
  if (piece.marker || piece.units[0]?.role === "item") return [piece];
  const lines = piece.units.map(lineOf);
  const unitOf = new Map(lines.map((line, index) => [line, piece.units[index] as Unit]));
  const sentences = sentencesOf(joinLines(lines));
  if (sentences.length < 2) return [piece];
  return sentences.map((sentence) => ({
    text: sentence.text,
    units: sentence.lines.flatMap((line) => unitOf.get(line) ?? []),
  }));
}

export function readDuties(pieces: readonly Piece[]): ReadDuties {
  const out: ReadDuties = { duties: [], from: [], leadIns: [] };
  let area: string | undefined;
  pieces.flatMap(sentencePieces).forEach((piece) => {
    const leadIn = LEAD_IN.test(piece.text) && piece.text.split(" ").length <= LEAD_IN_WORDS;
    if (leadIn && out.duties.length === 0 && !piece.marker) {
      out.leadIns.push(piece);
      return;
    }
    if (leadIn) {
      area = piece.text.replace(/:$/, "");
      out.leadIns.push(piece);
      return;
    }
    out.duties.push({ text: piece.text, ...(area !== undefined ? { area } : {}) });
    out.from.push(piece);
  });
  return out;
}

const KSA_LEAD_IN = /^(knowledge|skills?|abilit(?:y|ies))(?:\s+(?:of|in|to))?\s*:$/i;
const KSA_ITEM = /^(knowledge|skills?|abilit(?:y|ies))\b/i;
/** "Knowledge of: accounting; budgets." run into its items. */
const KSA_RUN_IN = /^((?:knowledge|skills?|abilit(?:y|ies))(?:\s+(?:of|in|to))?\s*:)\s*(\S.*)$/i;

function kindOf(word: string | undefined): KsaGroup["kind"] {
  const lower = word?.toLowerCase() ?? "";
  if (lower.startsWith("knowledge")) return "knowledge";
  if (lower.startsWith("skill")) return "skill";
  if (lower.startsWith("abilit")) return "ability";
  return "mixed";
}

export interface ReadKsas {
  groups: KsaGroup[];
  /** from[g][i]: the piece of item i of group g; heads[g]: its lead-in's piece. */
  from: Piece[][];
  heads: Array<Piece | undefined>;
}

/** A paragraph of sentences that each open with "Knowledge of", "Skill in" or "Ability to": one piece each. */
function ksaSentences(piece: Piece): Piece[] {
  if (piece.marker) return [piece];
  const sentences = piece.text.split(/(?<=\.)\s+(?=[A-Z])/);
  if (sentences.length < 2 || !sentences.every((sentence) => KSA_ITEM.test(sentence)))
    return [piece];
  return sentences.map((text) => ({ ...piece, text }));
}

export function readKsas(pieces: readonly Piece[]): ReadKsas {
  const out: ReadKsas = { groups: [], from: [], heads: [] };
  let open: { group: KsaGroup; from: Piece[]; led: boolean } | undefined;
  const start = (kind: KsaGroup["kind"], heading: string | null, head?: Piece) => {
    open = { group: { kind, heading, items: [] }, from: [], led: heading !== null };
    out.groups.push(open.group);
    out.from.push(open.from);
    out.heads.push(head);
    return open;
  };
  for (const piece of pieces.flatMap(ksaSentences)) {
    const lead = KSA_LEAD_IN.exec(piece.text);
    if (lead) {
      start(kindOf(lead[1]), piece.text, piece);
      continue;
    }
    const runIn = KSA_RUN_IN.exec(piece.text);
    if (runIn && !piece.marker) {
      const group = start(kindOf(runIn[1]), runIn[1] ?? null, piece);
      for (const item of (runIn[2] ?? "").split(/;\s+/)) {
        group.group.items.push(item);
        group.from.push(piece);
      }
      continue;
    }
    const kind = kindOf(KSA_ITEM.exec(piece.text)?.[1]);
    const current = open && (open.led || open.group.kind === kind) ? open : start(kind, null);
    current.group.items.push(piece.text);
    current.from.push(piece);
  }
  return out;
}

const EVENTS: ReadonlyArray<readonly [RegExp, HistoryEvent]> = [
  [/\btitle (?:change|changed)|\bretitled|\bre-titled|\brenamed/i, "title-changed"],
  [/\babolish/i, "abolished"],
  [/\b(?:revis|amend|updat)/i, "revised"],
  [/\b(?:establish|creat|adopt|new class)/i, "established"],
];

export type HistoryEvent = "established" | "revised" | "title-changed" | "abolished" | "other";

export interface HistoryEntry {
  event: HistoryEvent;
  date: PrintedDate;
  text: string;
  piece: Piece;
}

export function eventOf(text: string): HistoryEvent {
  return EVENTS.find(([pattern]) => pattern.test(text))?.[1] ?? "other";
}

/**
 * One entry per dated clause ("Established 8/78; revised 02-20-85."). A piece
 * with a clause that holds no date is `unread`: its text stays unmapped.
 */
export function readHistory(pieces: readonly Piece[]): {
  entries: HistoryEntry[];
  unread: Piece[];
} {
  const entries: HistoryEntry[] = [];
  const unread: Piece[] = [];
  for (const piece of pieces) {
    let whole = true;
    for (const clause of piece.text.split(/;\s*|\.\s+(?=[A-Z])/)) {
      const date = findPrintedDate(clause);
      if (!date) {
        if (clause.trim() !== "") whole = false;
        continue;
      }
      const parsed = partialDate(date);
      entries.push({
        event: eventOf(clause),
        date: parsed,
        text: clause.trim().replace(/\.$/, ""),
        piece,
      });
    }
    if (!whole) unread.push(piece);
  }
  return { entries, unread };
}
