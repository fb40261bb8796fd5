/**
 * Every piece of prose text in src/, read from the TypeScript syntax trees: string literals, the text
 * parts of template literals, JSX text, and chains of literals joined with `+` (read as one text, so a
 * sentence split over several lines is checked whole). An interpolation `${x}` or a non-literal operand
 * ends one text and starts the next: a copied run cannot cross it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface FoundText {
  /** "src/rules/knowledge/ndr-codes.ts:42" */
  site: string;
  text: string;
}

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function isConcatenation(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

/** The texts of a `+` chain: adjacent literal operands joined, anything else a break. */
function concatenationTexts(node: ts.BinaryExpression): { start: ts.Node; text: string }[] {
  const operands: ts.Expression[] = [];
  const flatten = (n: ts.Expression): void => {
    if (isConcatenation(n)) {
      flatten(n.left);
      flatten(n.right);
    } else operands.push(ts.isParenthesizedExpression(n) ? n.expression : n);
  };
  flatten(node);
  const texts: { start: ts.Node; text: string }[] = [];
  let open: { start: ts.Node; text: string } | null = null;
  for (const operand of operands) {
    if (ts.isStringLiteral(operand) || ts.isNoSubstitutionTemplateLiteral(operand)) {
      if (open) open.text += operand.text;
      else open = { start: operand, text: operand.text };
    } else {
      if (open) texts.push(open);
      open = null;
      if (ts.isTemplateExpression(operand)) texts.push(...templateTexts(operand));
    }
  }
  if (open) texts.push(open);
  return texts;
}

function templateTexts(node: ts.TemplateExpression): { start: ts.Node; text: string }[] {
  return [node.head, ...node.templateSpans.map((span) => span.literal)].map((part) => ({
    start: part,
    text: part.text,
  }));
}

/** Every text of every .ts/.tsx file under `dir` (default: src/). */
export function findTexts(dir = join(ROOT, 'src')): FoundText[] {
  const found: FoundText[] = [];
  for (const path of sourceFiles(dir)) {
    const file = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const add = (start: ts.Node, text: string): void => {
      const line = file.getLineAndCharacterOfPosition(start.getStart(file)).line + 1;
      found.push({ site: `${relative(ROOT, path).split(sep).join('/')}:${line}`, text });
    };
    const visit = (node: ts.Node): void => {
      if (isConcatenation(node)) {
        for (const { start, text } of concatenationTexts(node)) add(start, text);
        // Operands that are not literals (calls, conditionals) may hold literals of their own.
        const visitOperands = (n: ts.Node): void => {
          if (isConcatenation(n)) ts.forEachChild(n, visitOperands);
          else if (!ts.isStringLiteral(n) && !ts.isNoSubstitutionTemplateLiteral(n)) {
            if (ts.isTemplateExpression(n)) n.templateSpans.forEach((s) => visit(s.expression));
            else visit(n);
          }
        };
        ts.forEachChild(node, visitOperands);
        return;
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
      else if (ts.isTemplateExpression(node)) {
        for (const { start, text } of templateTexts(node)) add(start, text);
      } else if (ts.isJsxText(node)) add(node, node.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}
