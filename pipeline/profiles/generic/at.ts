/** `/body/...` of the neutral class-spec body (schemas/class-spec.ts), typed like `specAt`. */
import type { ClassSpecBody } from "../../../schemas/class-spec.js";
import { pointerInto } from "../../shared/pointer.js";

export const neutralAt = pointerInto<ClassSpecBody>("body");
