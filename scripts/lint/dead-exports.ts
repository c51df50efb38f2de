// Dead-export check (`npm run lint`): an export of a file under src/ that no other file imports is an error.
// Uses the TypeScript 5.9 JS API (the `typescript-for-eslint` alias; the repo's compiler is TypeScript 7).
// Imports are followed through re-exports to the declaration they name, so a barrel (index.ts) does not hide
// an export nobody uses. Tests, benchmarks and scripts count as importers.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript-for-eslint";

const root = path.resolve(import.meta.dirname, "../..");
// Exports read by something other than an import: entry points and names looked up at run time.
const allowed = new Set<string>(["src/main.ts", "src/simulator/main.ts"]);

function loadProgram(): ts.Program {
  const configPath = path.join(root, "tsconfig.json");
  const read = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
}

function original(checker: ts.TypeChecker, s: ts.Symbol): ts.Symbol {
  return s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
}

function markModule(checker: ts.TypeChecker, used: Set<ts.Symbol>, spec: ts.Expression): void {
  const mod = checker.getSymbolAtLocation(spec);
  if (!mod) return;
  for (const e of checker.getExportsOfModule(mod)) used.add(original(checker, e));
}

function collectUses(checker: ts.TypeChecker, file: ts.SourceFile, used: Set<ts.Symbol>): void {
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause) {
      const c = node.importClause;
      if (c.name) markName(c.name);
      const b = c.namedBindings;
      if (b && ts.isNamespaceImport(b)) markModule(checker, used, node.moduleSpecifier);
      if (b && ts.isNamedImports(b)) for (const el of b.elements) markName(el.name);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && node.exportClause) {
      if (ts.isNamespaceExport(node.exportClause)) markModule(checker, used, node.moduleSpecifier);
      else for (const el of node.exportClause.elements) markName(el.propertyName ?? el.name, el.name);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg) markModule(checker, used, arg);
    } else if (ts.isImportTypeNode(node)) {
      if (ts.isLiteralTypeNode(node.argument)) markModule(checker, used, node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  const markName = (id: ts.ModuleExportName, alias: ts.ModuleExportName = id): void => {
    const s = checker.getSymbolAtLocation(alias) ?? checker.getSymbolAtLocation(id);
    if (s) used.add(original(checker, s));
  };
  visit(file);
}

function deadExports(): string[] {
  const program = loadProgram();
  const checker = program.getTypeChecker();
  const files = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/"));
  const used = new Set<ts.Symbol>();
  for (const f of files) collectUses(checker, f, used);
  const dead: string[] = [];
  for (const f of files) {
    const rel = path.relative(root, f.fileName);
    if (!rel.startsWith("src/") || rel.startsWith("src/generated/") || allowed.has(rel)) continue;
    const mod = checker.getSymbolAtLocation(f);
    if (!mod) continue;
    for (const e of checker.getExportsOfModule(mod)) {
      if (e.flags & ts.SymbolFlags.Alias) continue; // a re-export: its declaration is checked where it lives
      if (used.has(e) || e.getName() === "default") continue;
      if (!(e.flags & ts.SymbolFlags.Value)) continue; // exported types document signatures; values are the dead code
      const decl = e.declarations?.[0];
      if (!decl || decl.getSourceFile() !== f) continue;
      const { line } = f.getLineAndCharacterOfPosition(decl.getStart());
      dead.push(`${rel} ${e.getName()} (line ${line + 1})`);
    }
  }
  return dead.sort();
}

// Dead exports found when the check was added (issue 21): this list only shrinks. `--update` rewrites it.
const baselineFile = path.join(import.meta.dirname, "dead-exports-baseline.txt");
const keyOf = (entry: string) => entry.replace(/ \(line \d+\)$/, "");
const baseline = new Set(
  readFileSync(baselineFile, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#")),
);
const dead = deadExports();
if (process.argv.includes("--update")) {
  const head = "# file exportName — dead exports still to remove; new ones fail `npm run lint`\n";
  writeFileSync(baselineFile, head + dead.map(keyOf).join("\n") + "\n");
  console.log(`dead-exports baseline: ${dead.length} entries`);
  process.exit(0);
}
const fresh = dead.filter((d) => !baseline.has(keyOf(d)));
const gone = [...baseline].filter((b) => !dead.some((d) => keyOf(d) === b));
if (fresh.length > 0)
  console.error(`dead exports (no file imports them; drop the export or the code):\n  ${fresh.join("\n  ")}`);
if (gone.length > 0)
  console.error(`no longer dead, remove from ${path.basename(baselineFile)}:\n  ${gone.join("\n  ")}`);
if (fresh.length > 0 || gone.length > 0) process.exit(1);
console.log(`dead exports: none new (${baseline.size} known in the baseline)`);
