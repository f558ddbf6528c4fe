/**
 * Activities shaped as Microsoft Teams sends them: a message that @mentions
 * the bot (the `<at>` text, its mention entity and the HTML copy Teams
 * attaches), installationUpdate, membersAdded, and a picture with no words.
 */
import { ActivityTypes, type Activity } from 'botbuilder';
import { BOT, type Person } from './harness';

const TENANT = { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
const AT_BOT = `<at>${BOT.name}</at>`;

export interface MentionOptions {
  /** Leave out the mention entity: only the `<at>` text form (some clients, some copies). */
  withoutEntity?: boolean;
  /** Put the mention after the words ("is it open <at>StationDesk</at>?"). */
  mentionLast?: boolean;
}

/** A message that @mentions the bot, as Teams sends it in a personal chat, a group chat or a channel. */
export function mentioning(words: string, options: MentionOptions = {}): Partial<Activity> {
  const text = options.mentionLast ? `${words} ${AT_BOT}` : `${AT_BOT} ${words}`.trimEnd();
  return {
    type: ActivityTypes.Message,
    text,
    textFormat: 'plain',
    attachments: [{ contentType: 'text/html', content: `<p>${text.replace(AT_BOT, `<at id="0">${BOT.name}</at>`)}</p>` }],
    entities: [
      ...(options.withoutEntity ? [] : [{ type: 'mention', text: AT_BOT, mentioned: { id: BOT.id, name: BOT.name } }]),
      { type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' },
    ],
    channelData: { tenant: TENANT },
  };
}

/** Teams: the app was installed (`add`), upgraded (`add-upgrade`) or removed, by `from`. */
export function installationUpdate(action: 'add' | 'add-upgrade' | 'remove', from?: Person): Partial<Activity> {
  return { type: ActivityTypes.InstallationUpdate, action, ...(from ? { from } : {}), channelData: { tenant: TENANT, source: { name: 'message' } } };
}

/** Members added to the conversation (the bot itself, or people). */
export function membersAdded(...members: Person[]): Partial<Activity> {
  return { type: ActivityTypes.ConversationUpdate, membersAdded: members, channelData: { tenant: TENANT, eventType: 'teamMemberAdded' } };
}

/** A picture pasted into a chat with no words: Teams sends the image and an HTML copy holding an <img>. */
export function pictureOnly(): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text: '',
    attachments: [
      { contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/amer/v3/attachments/0-wus-d1-1/views/original' },
      { contentType: 'text/html', content: '<div><div><span><img height="250" src="https://us-api.asm.skype.com/v1/objects/0-wus-d1/views/imgo" width="250" itemtype="http://schema.skype.com/AMSImage" style="vertical-align:bottom; width:250px; height:250px"></span></div></div>' },
    ],
    channelData: { tenant: TENANT },
  };
}

/** A file shared in a chat with no words. */
export function fileOnly(): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: 'https://contoso.sharepoint.com/personal/resident/Documents/notes.docx',
        name: 'notes.docx',
        content: { downloadUrl: 'https://download.invalid/notes.docx', uniqueId: '1150D938', fileType: 'docx' },
      },
    ],
    channelData: { tenant: TENANT },
  };
}

export interface ClickOptions {
  /** The message id of the card that was clicked (Teams sends it as replyToId). */
  cardMessageId?: string;
  verb?: unknown;
  /** Replaces the whole `data` the button carried. */
  data?: unknown;
  trigger?: unknown;
}

/**
 * A click on an `Action.Execute` card button, as Teams sends it: an
 * `adaptiveCard/action` invoke whose value holds the action (type, id, verb,
 * data) and what triggered it.
 */
export function cardClick(button: Record<string, unknown>, options: ClickOptions = {}): Partial<Activity> {
  return {
    type: ActivityTypes.Invoke,
    name: 'adaptiveCard/action',
    replyToId: options.cardMessageId,
    value: {
      action: {
        type: 'Action.Execute',
        id: `action-${Math.random().toString(36).slice(2)}`,
        verb: 'verb' in options ? options.verb : button.verb,
        data: 'data' in options ? options.data : button.data,
      },
      trigger: 'trigger' in options ? options.trigger : 'manual',
    },
    entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
    channelData: { tenant: TENANT, source: { name: 'message' }, legacy: { replyToId: options.cardMessageId } },
  };
}
