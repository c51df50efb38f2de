// exceljs gives every cell a fresh style object, so its style table cannot recognise a style it has
// seen: for each cell it renders the style to XML to look it up (about a third of the CPU of a
// national file). The recap only uses number formats and a bold header font, so the style id is
// remembered per (cell type, number format, font) here; any other style takes exceljs' own path.
import type ExcelJS from "exceljs";
import { workbookStyles } from "../../lib/casts.ts";

export function cacheStyleIds(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = workbookStyles(wb);
  const original = styles.addStyleModel.bind(styles);
  const ids = new Map<string, number>();
  styles.addStyleModel = (model, cellType) => {
    if (!model) return original(model, cellType);
    let key = `${cellType ?? ""}|`;
    for (const k in model) {
      const v = model[k];
      if (v === undefined) continue;
      if (k === "numFmt") key += `n:${v as string}|`;
      else if (k === "font") key += `f:${JSON.stringify(v)}|`;
      else return original(model, cellType);
    }
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = original(model, cellType)));
    return id;
  };
}
