/**
 * The document's travelling companion through the stages, after vfile:
 * problems in the content become positioned messages here, never exceptions.
 * Throwing is reserved for programmer errors.
 */
import type { Diagnostic, Severity } from "../schemas/index.js";

/** Where a message points in the input. */
export interface MessagePlace {
  startLine?: number | undefined;
  endLine?: number | undefined;
  page?: number | undefined;
}

export interface RelatedPlace extends MessagePlace {
  pointer?: string | undefined;
}

export interface MessageOptions {
  place?: MessagePlace | undefined;
  pointer?: string | undefined;
  related?: RelatedPlace[] | undefined;
  /** Which stage or profile said it (vfile's `source`). */
  source?: string | undefined;
}

/** A diagnostic about one input: its severity, stable code, words for the reader and place. */
export interface Message {
  severity: Severity;
  /** Stable identifier, kebab-case (vfile's `ruleId`). */
  code: string;
  /** The text: the same field name as a diagnostic's and an error's `message` (vfile calls it `reason`). */
  message: string;
  fatal: boolean;
  place?: MessagePlace;
  pointer?: string;
  related?: RelatedPlace[];
  source?: string;
  /** A known warning a maintainer acknowledged (`--ignore CODE@ID`): kept, not printed or counted. */
  acknowledged?: true;
}

export class DocFile {
  readonly messages: Message[] = [];

  constructor(
    /** Path as the user gave it, relative with `/` separators. */
    readonly path: string,
  ) {}

  /**
   * A file for one document of a page of several (docs/multi-class.md): the same path, the
   * page's messages so far (load, extract, detect), and from here on its own.
   */
  fork(): DocFile {
    const file = new DocFile(this.path);
    file.messages.push(...this.messages);
    return file;
  }

  /** A warning: the content is suspicious but the document is usable. */
  warn(code: string, reason: string, options: MessageOptions = {}): Message {
    return this.push("warning", code, reason, false, options);
  }

  info(code: string, reason: string, options: MessageOptions = {}): Message {
    return this.push("info", code, reason, false, options);
  }

  /** An error that leaves a usable but partial document. */
  error(code: string, reason: string, options: MessageOptions = {}): Message {
    return this.push("error", code, reason, false, options);
  }

  /** An error that stops the pipeline: no document is written. */
  fail(code: string, reason: string, options: MessageOptions = {}): Message {
    return this.push("error", code, reason, true, options);
  }

  get fatal(): Message | undefined {
    return this.messages.find((message) => message.fatal);
  }

  get hasErrors(): boolean {
    return this.messages.some((message) => message.severity === "error");
  }

  private push(
    severity: Severity,
    code: string,
    reason: string,
    fatal: boolean,
    options: MessageOptions,
  ): Message {
    const message: Message = { severity, code, message: reason, fatal };
    if (options.place) message.place = options.place;
    if (options.pointer !== undefined) message.pointer = options.pointer;
    if (options.related && options.related.length > 0) message.related = options.related;
    if (options.source) message.source = options.source;
    this.messages.push(message);
    return message;
  }
}

/** Messages as they appear in the output's `diagnostics`. */
export function toDiagnostics(messages: readonly Message[]): Diagnostic[] {
  return messages.map((message) => {
    const diagnostic: Diagnostic = {
      severity: message.severity,
      code: message.code,
      message: message.message,
    };
    if (message.pointer !== undefined) diagnostic.pointer = message.pointer;
    if (message.place?.startLine !== undefined) diagnostic.startLine = message.place.startLine;
    if (message.place?.page !== undefined) diagnostic.page = message.place.page;
    if (message.acknowledged) diagnostic.acknowledged = true;
    if (message.related) {
      diagnostic.related = message.related.map((related) => {
        const out: NonNullable<Diagnostic["related"]>[number] = {};
        if (related.pointer !== undefined) out.pointer = related.pointer;
        if (related.startLine !== undefined) out.startLine = related.startLine;
        if (related.page !== undefined) out.page = related.page;
        return out;
      });
    }
    return diagnostic;
  });
}
