// ESLint: typescript-eslint (type-aware), no import cycles, and the layer boundaries of docs/ARCHITECTURE.md.
// The alias import must come first: it points typescript-eslint at the TypeScript 5.9 JS API (the repo's
// own compiler is TypeScript 7, which has none).
import "./scripts/lint/typescript-alias.cjs";
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import { importX } from "eslint-plugin-import-x";

const featureDir = "./src/bot/features";
const features = readdirSync(featureDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// Lower layers never import higher ones (import-x resolves each path, so the rule holds at any depth).
const layerZones = [
  {
    target: "./src/services",
    from: ["./src/bot", "./src/outbox", "./src/jobs", "./src/http"],
    message: "services are the domain: no Telegram, no outbox. Receive a send/queue dependency instead.",
  },
  {
    target: "./src/jobs",
    from: ["./src/bot/features"],
    message: "jobs import messages (src/messages) and services, never a feature folder.",
  },
  {
    target: "./src/messages",
    from: ["./src/bot", "./src/jobs", "./src/http"],
    message: "messages (shared by features and jobs) use services, the outbox and lib, never bot/ or jobs/.",
  },
  {
    target: "./src/outbox",
    from: ["./src/services", "./src/bot", "./src/jobs", "./src/messages", "./src/http"],
    message: "the outbox is transport only: db, lib and grammY.",
  },
  {
    target: ["./src/db", "./src/lib"],
    from: ["./src/services", "./src/bot", "./src/jobs", "./src/messages", "./src/outbox", "./src/http"],
    message: "db and lib are the bottom layer.",
  },
];

// A feature may use another feature only through that feature's index.ts.
const featureZones = features.map((name) => ({
  target: `${featureDir}/${name}`,
  from: featureDir,
  except: [`./${name}`, ...features.filter((f) => f !== name).map((f) => `./${f}/index.ts`)],
  message: "a feature imports no other feature's internals (move shared pieces to src/messages or the kit).",
}));

// One way out: only src/messages/outbound.ts queues messages (the outbox itself and tests aside).
const oneWayOut = {
  patterns: [
    {
      group: ["**/outbox/enqueue", "**/outbox/enqueue.ts"],
      message: "queue messages through src/messages/outbound.ts (send / sendMany), the one way out.",
    },
    {
      group: ["**/outbox", "**/outbox/index", "**/outbox/index.ts"],
      importNames: ["enqueue", "enqueueMany"],
      message: "queue messages through src/messages/outbound.ts (send / sendMany), the one way out.",
    },
  ],
};
const oneWayOutExempt = ["src/messages/outbound.ts", "src/outbox/**", "test/**", "bench/**"];

// Tests, benchmarks and one-off scripts poke at untyped JSON and fakes: the type-aware "unsafe" family is off there.
const looseFiles = ["test/**", "bench/**", "scripts/**", "*.config.ts"];
const looseRules = Object.fromEntries(
  [
    "no-unsafe-assignment",
    "no-unsafe-member-access",
    "no-unsafe-call",
    "no-unsafe-argument",
    "no-unsafe-return",
    "no-unsafe-function-type",
    "no-explicit-any",
    "require-await",
    "unbound-method",
    "no-base-to-string",
    "no-unnecessary-type-assertion",
    "no-unused-expressions",
    "restrict-plus-operands",
    "restrict-template-expressions",
  ].map((r) => [`@typescript-eslint/${r}`, "off"]),
);

// `x as never` fits anything and checks nothing: fix the type instead (issue 21). Where third-party
// typings are wrong, a named helper with a comment casts to the exact type wanted.
const noAsNever = [
  { selector: "TSAsExpression > TSNeverKeyword", message: "no `as never` in src: type the value." },
  { selector: "TSTypeAssertion > TSNeverKeyword", message: "no `<never>` in src: type the value." },
];

// `x as unknown as T` checks nothing either: type the value (a `Db` for a client or a transaction, a
// wider parameter). The few casts no type can fix are named, documented helpers in src/lib/casts.ts.
const noCastThroughUnknown = [
  {
    selector:
      ":matches(TSAsExpression, TSTypeAssertion) > :matches(TSAsExpression, TSTypeAssertion).expression:has(> TSUnknownKeyword.typeAnnotation)",
    message: "no `as unknown as` in src: type the value, or add a named helper to src/lib/casts.ts.",
  },
];

// Wizards ask through the kit's asker (src/bot/kit/asker.ts), which keeps the current ctx: a feature
// never carries a ctx from one answer to the next by hand.
const noWizardCtx = [
  "AssignmentExpression[left.type='MemberExpression'][left.property.name='ctx']",
  "AssignmentExpression[right.type='MemberExpression'][right.property.name='ctx']",
  "VariableDeclarator[init.type='MemberExpression'][init.property.name='ctx']",
].map((selector) => ({
  selector,
  message: "a wizard keeps no ctx of its own: ask through asker(conversation, ctx) and read ask.ctx.",
}));

export default tseslint.config(
  { ignores: ["src/generated/**", "dist/**", "node_modules/**", "coverage/**", "data/**", "src/simulator/public/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ["vitest.faults.config.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { "import-x": importX },
    settings: { "import-x/extensions": [".ts", ".js", ".cjs", ".mjs"] },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-duplicates": "error",
      "import-x/no-restricted-paths": ["error", { zones: [...layerZones, ...featureZones] }],
      "no-restricted-imports": ["error", oneWayOut],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `ping: db.ping` style callbacks are arrow properties typed as methods: too many false alarms
      "@typescript-eslint/unbound-method": "off",
      // node:http and grammY take async handlers where a void callback is typed
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
    },
  },
  // no-restricted-syntax: a later block replaces an earlier one's list, so the features block repeats the src one
  { files: ["src/**/*.ts"], rules: { "no-restricted-syntax": ["error", ...noAsNever, ...noCastThroughUnknown] } },
  { files: ["src/lib/casts.ts"], rules: { "no-restricted-syntax": ["error", ...noAsNever] } },
  {
    files: ["src/bot/features/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...noAsNever, ...noCastThroughUnknown, ...noWizardCtx] },
  },
  // a function is one idea that fits on a screen: a longer one is split into named steps (issue 21)
  {
    files: ["src/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  { files: looseFiles, rules: looseRules },
  { files: oneWayOutExempt, rules: { "no-restricted-imports": "off" } },
  { files: ["src/simulator/public/**", "scripts/**/*.mjs"], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
