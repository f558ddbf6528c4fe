/** The card layouts, as JSON beside this file: edit the JSON to change how a card looks. */
import choice from './choice.json';
import hours from './hours.json';
import list from './list.json';
import nearest from './nearest.json';
import nearestDesk from './nearestDesk.json';
import status from './status.json';

export const CARD_TEMPLATES = { status, hours, nearest, nearestDesk, list, choice } as const;
