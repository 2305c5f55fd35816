/** Every Kentucky fixture as a PDF at 9, 10 and 11 pt (the sizes the bench corpus uses too). */
import { describeLayouts } from "./pdf-layouts.js";

describeLayouts([9, 10, 11], [9, 11]);
