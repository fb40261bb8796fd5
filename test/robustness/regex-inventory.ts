/**
 * Finds every regular expression in src/ by reading the TypeScript syntax trees (not by grepping text), so
 * a regex added tomorrow is checked without anyone listing it:
 * - regex literals `/…/flags`;
 * - `new RegExp(pattern, flags)` and `RegExp(…)`, whose pattern is evaluated statically: string and
 *   template literals, `String.raw` templates, `+` concatenation, `const` strings of the same file, and a
 *   parameter of the enclosing function, resolved through every call of that function in the file
 *   (`commentTag(comment, 'p')` gives one pattern per literal argument);
 * - `.match('…')` / `.matchAll('…')` / `.search('…')` with a string, which JavaScript turns into a regex.
 * A pattern it cannot evaluate is reported as unresolved, never skipped: the test then asks for a pattern
 * made of constants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** "src/parser/fields.ts:19" */
  site: string;
  source: string;
  flags: string;
  kind: 'literal' | 'constructor' | 'string-method';
}

export interface RegexInventory {
  regexes: FoundRegex[];
  /** Sites whose pattern could not be evaluated statically, with the reason. */
  unresolved: { site: string; reason: string }[];
}

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

class Unresolvable extends Error {}

/** Static evaluation of string expressions in one source file. */
class Evaluator {
  private readonly depthLimit = 20;

  constructor(private readonly file: ts.SourceFile) {}

  /** Every string `node` can evaluate to (several when it depends on a parameter with several callers). */
  values(node: ts.Expression, depth = 0): string[] {
    if (depth > this.depthLimit) throw new Unresolvable('expression nested too deeply');
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
      return this.values(node.expression, depth + 1);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isTaggedTemplateExpression(node)) {
      if (node.tag.getText(this.file) !== 'String.raw')
        throw new Unresolvable(`tag ${node.tag.getText(this.file)}`);
      return this.template(node.template, true, depth);
    }
    if (ts.isTemplateExpression(node)) return this.template(node, false, depth);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return product(this.values(node.left, depth + 1), this.values(node.right, depth + 1));
    }
    if (ts.isIdentifier(node)) return this.identifier(node, depth);
    throw new Unresolvable(`cannot evaluate ${ts.SyntaxKind[node.kind]} "${node.getText(this.file)}"`);
  }

  private template(node: ts.TemplateLiteral, raw: boolean, depth: number): string[] {
    const text = (part: ts.TemplateLiteralLikeNode): string =>
      raw ? (part.rawText ?? part.text) : part.text;
    if (ts.isNoSubstitutionTemplateLiteral(node)) return [text(node)];
    let results = [text(node.head)];
    for (const span of node.templateSpans) {
      results = product(product(results, this.values(span.expression, depth + 1)), [text(span.literal)]);
    }
    return results;
  }

  private identifier(node: ts.Identifier, depth: number): string[] {
    const name = node.text;
    // The nearest enclosing function that declares it as a parameter.
    for (let scope: ts.Node | undefined = node.parent; scope; scope = scope.parent) {
      if (ts.isFunctionLike(scope)) {
        const index = scope.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
        if (index >= 0) return this.parameter(scope, index, depth);
      }
    }
    const declaration = this.constDeclaration(name);
    if (!declaration?.initializer) throw new Unresolvable(`"${name}" is not a const string of this file`);
    return this.values(declaration.initializer, depth + 1);
  }

  private constDeclaration(name: string): ts.VariableDeclaration | undefined {
    let found: ts.VariableDeclaration | undefined;
    const visit = (n: ts.Node): void => {
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.name.text === name &&
        ts.isVariableDeclarationList(n.parent) &&
        (n.parent.flags & ts.NodeFlags.Const) !== 0
      ) {
        found = n;
      }
      if (!found) ts.forEachChild(n, visit);
    };
    visit(this.file);
    return found;
  }

  /** The values a parameter takes: the argument at `index` of every call of the function in this file. */
  private parameter(fn: ts.SignatureDeclaration, index: number, depth: number): string[] {
    const name = functionName(fn);
    if (!name) throw new Unresolvable('a parameter of an anonymous function');
    const args: ts.Expression[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name) {
        const arg = n.arguments[index];
        if (!arg) throw new Unresolvable(`a call of ${name} without argument ${index + 1}`);
        args.push(arg);
      }
      ts.forEachChild(n, visit);
    };
    visit(this.file);
    if (args.length === 0) throw new Unresolvable(`${name} is never called in its file`);
    return [...new Set(args.flatMap((a) => this.values(a, depth + 1)))];
  }
}

function functionName(fn: ts.SignatureDeclaration): string | null {
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name) return fn.name.text;
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return null;
}

function product(a: string[], b: string[]): string[] {
  return a.flatMap((x) => b.map((y) => x + y));
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'RegExp'
  );
}

/** Every regex of every .ts/.tsx file under `dir` (default: src/). */
export function findRegexes(dir = join(ROOT, 'src')): RegexInventory {
  const inventory: RegexInventory = { regexes: [], unresolved: [] };
  for (const path of sourceFiles(dir)) {
    const file = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const evaluator = new Evaluator(file);
    const siteOf = (node: ts.Node): string =>
      `${relative(ROOT, path).split(sep).join('/')}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const evaluate = (
      node: ts.Node,
      pattern: ts.Expression,
      flags: ts.Expression | undefined,
      kind: FoundRegex['kind'],
    ): void => {
      try {
        const flagValues = flags ? evaluator.values(flags) : [''];
        for (const source of evaluator.values(pattern)) {
          for (const f of flagValues) inventory.regexes.push({ site: siteOf(node), source, flags: f, kind });
        }
      } catch (error) {
        if (!(error instanceof Unresolvable)) throw error;
        inventory.unresolved.push({ site: siteOf(node), reason: error.message });
      }
    };
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const end = text.lastIndexOf('/');
        inventory.regexes.push({
          site: siteOf(node),
          source: text.slice(1, end),
          flags: text.slice(end + 1),
          kind: 'literal',
        });
      } else if (isRegExpCall(node)) {
        const [pattern, flags] = node.arguments ?? [];
        if (!pattern) inventory.unresolved.push({ site: siteOf(node), reason: 'RegExp() without a pattern' });
        else if (ts.isRegularExpressionLiteral(pattern)) {
          // new RegExp(/x/, 'g'): the literal is visited below; only its flags change.
        } else evaluate(node, pattern, flags, 'constructor');
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ['match', 'matchAll', 'search'].includes(node.expression.name.text) &&
        node.arguments.length > 0 &&
        (ts.isStringLiteralLike(node.arguments[0]) || ts.isTemplateExpression(node.arguments[0]))
      ) {
        evaluate(node, node.arguments[0], undefined, 'string-method');
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return inventory;
}
