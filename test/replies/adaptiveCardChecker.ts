/**
 * A structural check of the Adaptive Cards the replies send: version 1.5,
 * only the elements and properties Teams renders (TextBlock, FactSet,
 * ColumnSet/Column, Container, ActionSet, Action.OpenUrl, Action.Submit,
 * Action.ToggleVisibility aimed at elements the card has, and on Teams
 * Action.Execute with a verb, data and an Action.Submit imBack fallback for
 * clients without Universal Actions), Teams' full width,
 * valid enum values, text everywhere it is needed, no `undefined`, no
 * unfilled `${...}`, JSON-serialisable and under Teams' 28 KB limit.
 * Returns the problems found, so a test can show them all at once.
 */

const ELEMENT_PROPS: Record<string, readonly string[]> = {
  TextBlock: ['type', 'text', 'wrap', 'size', 'weight', 'color', 'isSubtle', 'spacing', 'separator', 'horizontalAlignment', 'maxLines', 'id', 'isVisible', 'fontType'],
  FactSet: ['type', 'facts', 'spacing', 'separator', 'id', 'isVisible'],
  ColumnSet: ['type', 'columns', 'spacing', 'separator', 'id', 'style', 'horizontalAlignment', 'isVisible'],
  Container: ['type', 'items', 'style', 'spacing', 'separator', 'id', 'verticalContentAlignment', 'isVisible'],
  ActionSet: ['type', 'actions', 'spacing', 'separator', 'id', 'isVisible'],
};
const COLUMN_PROPS = ['type', 'items', 'width', 'verticalContentAlignment', 'spacing', 'separator', 'style', 'id', 'isVisible'];
const ACTION_PROPS: Record<string, readonly string[]> = {
  'Action.OpenUrl': ['type', 'title', 'url', 'id', 'tooltip'],
  'Action.Submit': ['type', 'title', 'data', 'id', 'tooltip'],
  'Action.Execute': ['type', 'title', 'verb', 'data', 'id', 'tooltip', 'fallback'],
  'Action.ToggleVisibility': ['type', 'title', 'targetElements', 'id', 'tooltip'],
};
const ROOT_PROPS = ['$schema', 'type', 'version', 'body', 'actions', 'speak', 'fallbackText', 'lang', 'msteams'];

const ENUMS: Record<string, readonly string[]> = {
  size: ['Default', 'Small', 'Medium', 'Large', 'ExtraLarge'],
  weight: ['Default', 'Lighter', 'Bolder'],
  color: ['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention'],
  spacing: ['None', 'Small', 'Default', 'Medium', 'Large', 'ExtraLarge', 'Padding'],
  horizontalAlignment: ['Left', 'Center', 'Right'],
  verticalContentAlignment: ['Top', 'Center', 'Bottom'],
  style: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
};

export const MAX_CARD_BYTES = 28 * 1024;

export interface CardCheckOptions {
  /** Teams needs Action.Submit buttons to carry `msteams.imBack` to send text back. */
  teams?: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function checkAdaptiveCard(card: unknown, options: CardCheckOptions = {}): string[] {
  const problems: string[] = [];
  const fail = (path: string, message: string) => problems.push(`${path}: ${message}`);

  if (!isObject(card)) return ['card: not an object'];
  if (card.type !== 'AdaptiveCard') fail('card', 'type must be AdaptiveCard');
  if (card.version !== '1.5') fail('card', `version must be "1.5", got ${String(card.version)}`);
  if (card.$schema !== 'http://adaptivecards.io/schemas/adaptive-card.json') fail('card', 'missing $schema');
  for (const key of Object.keys(card)) if (!ROOT_PROPS.includes(key)) fail('card', `unsupported property "${key}"`);
  if (typeof card.fallbackText !== 'string' || card.fallbackText.trim() === '') fail('card', 'fallbackText must be set');
  if (typeof card.speak !== 'string' || card.speak.trim() === '') fail('card', 'speak must be set');
  if (!Array.isArray(card.body) || card.body.length === 0) fail('card.body', 'must be a non-empty array');
  if (JSON.stringify(card.msteams) !== JSON.stringify({ width: 'Full' })) fail('card', 'msteams must be { width: "Full" } (Teams shows cards narrow otherwise)');

  let json: string;
  try {
    json = JSON.stringify(card);
  } catch (err) {
    return [...problems, `card: not JSON-serialisable (${(err as Error).message})`];
  }
  if (JSON.stringify(JSON.parse(json)) !== json) fail('card', 'changes when serialised (undefined, functions or non-JSON values)');
  if (Buffer.byteLength(json, 'utf8') >= MAX_CARD_BYTES) fail('card', `${Buffer.byteLength(json, 'utf8')} bytes, over the 28 KB limit`);
  if (json.includes('${')) fail('card', 'an unfilled ${...} placeholder is left');

  const checkEnums = (path: string, el: Record<string, unknown>) => {
    for (const [prop, allowed] of Object.entries(ENUMS)) {
      if (prop in el && !allowed.includes(String(el[prop]))) fail(path, `${prop} "${String(el[prop])}" is not one of ${allowed.join('/')}`);
    }
  };

  const ids = new Set<string>();
  const collectIds = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collectIds);
    else if (isObject(v)) {
      if (typeof v.id === 'string' && typeof v.type === 'string' && !v.type.startsWith('Action.')) ids.add(v.id);
      Object.values(v).forEach(collectIds);
    }
  };
  collectIds(card.body);

  const checkAction = (path: string, action: unknown) => {
    if (!isObject(action)) return fail(path, 'action is not an object');
    const props = ACTION_PROPS[String(action.type)];
    if (!props) return fail(path, `action type "${String(action.type)}" is not allowed`);
    for (const key of Object.keys(action)) if (!props.includes(key)) fail(path, `unsupported action property "${key}"`);
    if (typeof action.title !== 'string' || action.title.trim() === '') fail(path, 'action needs a title');
    if (action.type === 'Action.OpenUrl' && (typeof action.url !== 'string' || !/^https?:\/\/\S+$/.test(action.url))) fail(path, 'OpenUrl needs an absolute http(s) url');
    if (action.type === 'Action.ToggleVisibility') {
      const targets = action.targetElements;
      if (!Array.isArray(targets) || targets.length === 0) fail(path, 'ToggleVisibility needs targetElements');
      else for (const t of targets) if (typeof t !== 'string' || !ids.has(t)) fail(path, `ToggleVisibility targets ${JSON.stringify(t)}, which the card does not have`);
    }
    if (action.type === 'Action.Execute') {
      // Only Teams turns a click into an adaptiveCard/action invoke; elsewhere the button would do nothing.
      if (!options.teams) fail(path, 'Action.Execute is for Teams only (other channels get Action.Submit)');
      if (typeof action.verb !== 'string' || action.verb.trim() === '') fail(path, 'Execute needs a verb');
      if (!isObject(action.data)) fail(path, 'Execute needs object data');
      if (!isObject(action.fallback) || action.fallback.type !== 'Action.Submit') fail(path, 'Execute needs an Action.Submit fallback for Teams clients without Universal Actions');
      else checkAction(`${path}.fallback`, action.fallback);
    }
    if (action.type === 'Action.Submit') {
      if (options.teams) {
        const data = action.data as { msteams?: { type?: string; value?: unknown } } | undefined;
        if (data?.msteams?.type !== 'imBack' || typeof data.msteams.value !== 'string') fail(path, 'Teams Submit needs data.msteams imBack with a value');
      } else if (typeof action.data !== 'string' || action.data.trim() === '') {
        fail(path, 'Submit needs string data (sent back as the message text)');
      }
    }
  };

  const checkElements = (path: string, items: unknown) => {
    if (!Array.isArray(items)) return fail(path, 'must be an array');
    items.forEach((el, i) => checkElement(`${path}[${i}]`, el));
  };

  const checkElement = (path: string, el: unknown): void => {
    if (!isObject(el)) return void fail(path, 'element is not an object');
    const type = String(el.type);
    const props = ELEMENT_PROPS[type];
    if (!props) return void fail(path, `element type "${type}" is not allowed`);
    for (const key of Object.keys(el)) if (!props.includes(key)) fail(path, `unsupported ${type} property "${key}"`);
    checkEnums(path, el);
    switch (type) {
      case 'TextBlock':
        if (typeof el.text !== 'string' || el.text.trim() === '') fail(path, 'TextBlock needs text');
        if (el.wrap !== true) fail(path, 'TextBlock must wrap');
        break;
      case 'FactSet':
        if (!Array.isArray(el.facts) || el.facts.length === 0) fail(path, 'FactSet needs facts');
        else
          el.facts.forEach((f, i) => {
            if (!isObject(f) || typeof f.title !== 'string' || typeof f.value !== 'string' || f.value.trim() === '') fail(`${path}.facts[${i}]`, 'a fact needs a title and a value');
            else for (const key of Object.keys(f)) if (key !== 'title' && key !== 'value') fail(`${path}.facts[${i}]`, `unsupported fact property "${key}"`);
          });
        break;
      case 'ColumnSet':
        if (!Array.isArray(el.columns) || el.columns.length === 0) fail(path, 'ColumnSet needs columns');
        else
          el.columns.forEach((c, i) => {
            const cp = `${path}.columns[${i}]`;
            if (!isObject(c) || c.type !== 'Column') return fail(cp, 'not a Column');
            for (const key of Object.keys(c)) if (!COLUMN_PROPS.includes(key)) fail(cp, `unsupported Column property "${key}"`);
            if ('width' in c && !(c.width === 'auto' || c.width === 'stretch' || typeof c.width === 'number' || /^\d+px$/.test(String(c.width)))) fail(cp, 'bad width');
            checkEnums(cp, c);
            checkElements(`${cp}.items`, c.items);
          });
        break;
      case 'Container':
        if (!Array.isArray(el.items) || el.items.length === 0) fail(path, 'Container needs items');
        checkElements(`${path}.items`, el.items);
        break;
      case 'ActionSet':
        if (!Array.isArray(el.actions) || el.actions.length === 0) fail(path, 'ActionSet needs actions');
        else el.actions.forEach((a, i) => checkAction(`${path}.actions[${i}]`, a));
        break;
    }
  };

  checkElements('card.body', card.body);
  if ('actions' in card) {
    if (!Array.isArray(card.actions) || card.actions.length === 0) fail('card.actions', 'must be a non-empty array when present');
    else card.actions.forEach((a, i) => checkAction(`card.actions[${i}]`, a));
  }
  return problems;
}

/** Every TextBlock text, fact and action title in a card, for content assertions. */
export function cardStrings(card: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) Object.entries(v).forEach(([k, x]) => k !== '$schema' && walk(x));
  };
  walk(card);
  return out;
}

/** The words of an Adaptive Card, in reading order. */
export function cardTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardTexts);
  if (!node || typeof node !== 'object') return [];
  const el = node as Record<string, unknown>;
  const own: string[] = [];
  if (el.type === 'TextBlock' && typeof el.text === 'string') own.push(el.text);
  if (typeof el.type === 'string' && el.type.startsWith('Action.') && typeof el.title === 'string') own.push(el.title);
  if (el.type === 'FactSet' && Array.isArray(el.facts)) for (const f of el.facts as { title: string; value: string }[]) own.push(`${f.title}: ${f.value}`);
  return [...own, ...['body', 'columns', 'items', 'actions'].flatMap((k) => cardTexts(el[k]))];
}
