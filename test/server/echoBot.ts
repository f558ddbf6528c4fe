/**
 * A stand-in bot for tests whose subject is the HTTP edge (auth, limits,
 * Direct Line plumbing, logging), so they do not depend on what StationDesk
 * answers: it greets whoever joins and repeats what it is told.
 */
import { ActivityHandler, MessageFactory } from 'botbuilder';

export class PlaceholderBot extends ActivityHandler {
  constructor(botName = 'StationDesk') {
    super();

    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        // The bot is a member too; greet only the person.
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity(
            `Hello, I'm ${botName}. I'm being set up to answer questions about police front counters in London. For now I repeat what you say.`,
          );
        }
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const text = (context.activity.text ?? '').trim();
      await context.sendActivity(MessageFactory.text(text ? `You said: ${text}` : 'I only understand text for now.'));
      await next();
    });
  }
}
