/**
 * Readers return data; the interpreter composes it. A reader of one part of
 * a document hands back a `Read`: the value it read, where each field of it
 * stands (pointer -> place), the input it consumed, and text it kept as
 * notices. `Readings` merges reads in the order it is given them, so the
 * provenance's key order (which the JSON shows) is the order of reading.
 * `Unit` is what a profile reads and claims: a line, a block.
 */
import type { Place, Provenance, Unmapped } from "../../schemas/index.js";
import type { Pointer } from "./pointer.js";

/** Text the document prints that no field holds (a lead-in, a note), with what it was read from. */
export interface Noted<Unit> {
  text: string;
  from: readonly Unit[];
}

export interface Read<T, Unit> {
  value: T;
  /** Pointer (from shared/pointer) -> place, in reading order; a later place for a pointer replaces it. */
  places: ReadonlyArray<readonly [Pointer, Place]>;
  /** Input this reader consumed: what no reader claims is `unmapped`. */
  claimed: readonly Unit[];
  notices: ReadonlyArray<Noted<Unit>>;
  /** Text inside claimed input that no field holds (a table's corner cell). */
  unmapped: readonly Unmapped[];
}

/**
 * One reader's result as it is being read: local to one call of a reader
 * (never shared between readers), handed back with `done`.
 */
export class ReadBuilder<Unit> {
  private readonly places: Array<readonly [Pointer, Place]> = [];
  private readonly claims = new Set<Unit>();
  private readonly notices: Array<Noted<Unit>> = [];
  private readonly unmapped: Unmapped[] = [];

  place(at: Pointer, place: Place | undefined): void {
    if (place) this.places.push([at, place]);
  }

  claim(...units: readonly Unit[]): void {
    for (const unit of units) this.claims.add(unit);
  }

  /** Gives back a claim this reader made: the unit is unmapped after all. */
  unclaim(unit: Unit): void {
    this.claims.delete(unit);
  }

  claimed(unit: Unit): boolean {
    return this.claims.has(unit);
  }

  notice(text: string, ...from: readonly Unit[]): void {
    this.notices.push({ text, from });
  }

  keepUnmapped(piece: Unmapped): void {
    this.unmapped.push(piece);
  }

  /** Another reader's result, read as part of this one: its value is returned. */
  take<T>(read: Read<T, Unit>): T {
    this.places.push(...read.places);
    this.claim(...read.claimed);
    this.notices.push(...read.notices);
    this.unmapped.push(...read.unmapped);
    return read.value;
  }

  done<T>(value: T): Read<T, Unit> {
    return {
      value,
      places: this.places,
      claimed: [...this.claims],
      notices: this.notices,
      unmapped: this.unmapped,
    };
  }
}

/**
 * The reads of one document, composed in order: the provenance, what is
 * claimed and the notices. `identity` says when two units are the same input
 * (a line rebuilt from another claims the original).
 */
export class Readings<Unit> {
  readonly provenance: Provenance = {};
  readonly notices: Array<Noted<Unit>> = [];
  readonly unmapped: Unmapped[] = [];
  private readonly claims = new Set<unknown>();

  constructor(private readonly identity: (unit: Unit) => unknown = (unit) => unit) {}

  place(at: Pointer, place: Place | undefined): void {
    if (place) this.provenance[at] = place;
  }

  claim(units: Iterable<Unit>): void {
    for (const unit of units) this.claims.add(this.identity(unit));
  }

  isClaimed(unit: Unit): boolean {
    return this.claims.has(this.identity(unit));
  }

  /** Merges a read, in order, and returns its value. */
  take<T>(read: Read<T, Unit>): T {
    for (const [at, place] of read.places) this.place(at, place);
    this.claim(read.claimed);
    this.notices.push(...read.notices);
    this.unmapped.push(...read.unmapped);
    return read.value;
  }
}
