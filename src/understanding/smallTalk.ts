/**
 * Messages that are only conversation: "hi", "thanks, bye", "who are you?",
 * "start over", "forget my postcode". A message is small talk only when
 * nothing else is left once these phrases are taken out: "hi, is Brixton open?"
 * is a question about Brixton.
 */

/**
 * `upset` and `casual` are interjections said alone, as typed on a phone: "omg", "oh no", "yikes" (something may be
 * wrong, so the reply asks and names 999), "bruh", "meh", "oof", "damn" (a shrug, answered briefly).
 */
export type SmallTalk = 'cancel' | 'forget-me' | 'goodbye' | 'identity' | 'help' | 'thanks' | 'greeting' | 'acknowledged' | 'upset' | 'casual';

/** What a lone emoji says: small talk, or anger (as "ugh" is) or puzzlement ("🤔": what to ask). */
export type EmojiFeeling = SmallTalk | 'angry' | 'puzzled';

/** Taken out in this order, so "good morning" goes before "good" could be read as thanks. */
const PHRASES: [SmallTalk, RegExp][] = [
  [
    'forget-me',
    /\b(?:forget (?:about )?(?:me|my \w+|all my \w+|everything(?: (?:i|ive) (?:said|told you))?|what i (?:said|told you)|where i live)|(?:delete|erase|clear|remove|wipe|forget) (?:all )?(?:of )?(?:my|our) (?:data|details|postcode|location|information|info|personal data|conversation|chat|history|messages|address)|(?:dont|do not) (?:remember|store|keep|save) (?:my|anything|me)|gdpr|right to be forgotten|delete (?:this|the) (?:conversation|chat)|delete everything)\b/g,
  ],
  [
    'cancel',
    /\b(?:cancel(?: (?:that|it|this|please))?|start (?:again|over|afresh|from scratch)|restart|reset|never ?mind|forget (?:it|that|about it|this)|scratch that|stop(?: it| that)?|quit|exit|abort|go back|back to (?:the )?(?:start|beginning|menu)|new question|different question|ignore (?:that|this|me|my last message|what i said)|forget (?:i asked|i said anything|i said that)|scrap (?:that|this|it)|(?:dont|do not) worry(?: about it)?|(?:it )?(?:doesnt|does not) matter|no matter|nvm|nevermind|nm|disregard (?:that|this|me)|wrong (?:chat|person|conversation|window|bot|group|thread|channel|tab)|(?:sent|typed|messaged) (?:that |this )?(?:by mistake|in error|by accident|to the wrong \w+)|(?:i )?(?:didnt|did not) mean (?:to send )?(?:that|this)|(?:that|this|it) (?:was|is) (?:meant |supposed to be )?for (?:someone|somebody) else|meant for (?:someone|somebody) else|(?:that|this) (?:wasnt|was not|isnt) (?:meant )?for (?:you|u)|my (?:bad|mistake|apologies)|apologies|sorry|soz|oops|whoops|oopsie)\b/g,
  ],
  [
    'goodbye',
    /\b(?:bye(?: bye)?|goodbye|good bye|bye for now|see (?:you|ya)(?: later| soon| around)?|cya|ttyl|later|laters|good ?night|night|(?:thats|that is) (?:all|it|everything)(?: (?:i|we) (?:needed|wanted|need|want)(?: to know)?)?|nothing else|(?:im|i am|were) (?:done|finished|all set|good)|all done|no (?:thanks|thank you|more questions)|have a (?:good|nice|great|lovely) (?:day|one|evening|night|weekend)|take care|farewell|cheerio|ta ra|tara|(?:i )?(?:gotta|got to|have to|need to|must|gota) (?:go|run|dash|head off|leave|get going)|g2g|gtg|im off|i am off|signing off|night night|nighty night|nite|gd night|gn|laterz|ttfn|(?:catch|speak to|talk to) (?:you|ya|u) (?:later|soon|tomorrow)|(?:speak|talk|chat) (?:soon|later|tomorrow))\b/g,
  ],
  // "are you better than chatgpt", "are you smarter than siri", "how do you compare to alexa": what the bot is (and, an AI
  // named, that it is no language model).
  [
    'identity',
    /\b(?:(?:are|r) (?:you|u) (?:any |much |even )?(?:better|smarter|cleverer|worse|faster|dumber|more accurate|as good|as smart|as clever|the same|different|like|similar)(?: (?:than|as|to|from))? |how (?:do|does) (?:you|u|this bot) compare (?:to|with) |(?:is|are) (?:you|u|this bot|this) (?:just )?(?:a |an )?(?:copy|clone|version|knock ?off) of )(?:chatgpt|chat gpt|gpt|openai|siri|alexa|google(?: assistant)?|gemini|copilot|bard|claude|an? ai|ai|other (?:bots|chatbots|ai))\b/,
  ],
  [
    'identity',
    /^ (?:a )?(?:bot|robot|human|real person|ai|person)(?: or (?:a )?(?:bot|robot|human|real person|ai|person|not))? $|^ (?:r |are )?(?:u|you) (?:just |only |really |actually )?(?:a |an )?(?:bot|robot|chatbot|chat bot|ai|human|human being|real human|real person|person|machine|computer)(?: or (?:a |an )?(?:bot|robot|ai|human|real person|person|machine|computer|not))? $|\b(?:who am i (?:talking|speaking|chatting) (?:to|with)|who is this|whos this|who is there|whos there)\b|\b(?:(?:what|which) (?:language model|llm|ai|ai model|model|gpt|engine)(?: (?:are|r) (?:you|u)(?: using| running on| based on| built on)?| (?:do|does) (?:you|u|it|this(?: bot| chat)?) (?:use|run on|run)| (?:is (?:this|it|behind (?:this|you|it))|powers (?:you|u|this|it)))|(?:is|are) (?:this|it|that|the (?:answer|answers|reply|replies|chat|bot)|this (?:answer|reply|chat)|(?:your|these|the) (?:answers?|replies|responses)) (?:ai|computer|machine|bot|automatically) generated|(?:is|are) (?:this|it|that|(?:your|these|the|this) (?:answers?|replies|responses|reply|answer|chat)) (?:generated|written|made|produced) by (?:an? )?(?:ai|computer|machine|language model|llm|chatgpt|gpt|bot|human|person)|(?:whats|what is) (?:your|ur) name|your name|(?:who|what) (?:are|r) (?:you|u)(?! (?:able|capable))|are (?:you|u) (?:a |an )?(?:real |actual )?(?:bot|robot|human|person|ai|computer|machine|chatbot|chat bot|police officer|officer|real|chatgpt|chat gpt|gpt|copilot|siri|alexa)(?: or (?:a |an )?(?:real |actual )?(?:bot|robot|human|person|ai|computer|machine|officer|not))?|(?:am i|are we) (?:talking|speaking|chatting) (?:to|with) (?:a |an )?(?:real |actual )?(?:bot|robot|human|person|machine|computer|ai|officer|chatbot|chat bot)(?: or (?:a |an )?(?:real )?(?:bot|robot|human|person|machine|computer|ai|officer|chatbot|chat bot|not))?|is (?:there|that) (?:a |an )?(?:real |actual |live )?(?:person|human|human being)(?: (?:there|here|on (?:the )?(?:other end|this|here)|behind (?:this|it)|answering|replying|typing))?|who (?:made|built|created|runs|owns|wrote|designed) (?:you|u|this)|is (?:this thing|this bot|this chatbot|this chat|this app|the bot|the chatbot|the chat|this|it) (?:a |an )?(?:bot|real person|robot|human|ai|automated|chatgpt|chat gpt|gpt|copilot|chatbot|chat bot|person|real human)(?! (?:powered|run|answered|written|made|using|based|built)\b)(?: or (?:a |an )?(?:bot|real person|robot|human|ai|person|machine|computer|not))?|is (?:this thing|this bot|this chatbot|this chat|this app|the bot|the chatbot|the chat|this|it) (?:(?:powered|run|answered|written|made) by|using|based on|built (?:with|on)) (?:a |an )?(?:real )?(?:ai|artificial intelligence|chatgpt|chat gpt|gpt|openai|llm|language model|human|humans|person|people|machine|computer|robot)|(?:you are|youre|you re|ur|u r|u are|your)(?: (?:just|only|obviously|clearly|definitely|basically|literally|actually|really|def|prob|probably))? (?:not (?:a |an )?(?:real person|actual person|real human|real police officer|police officer|officer|person|human|real)|(?:a |an )?(?:bot|robot|ai|machine|computer|chatbot|chat bot|program|programme|automated (?:thing|system|service)))(?: (?:arent|aint|r not|are not) (?:you|u)| (?:are|r) (?:you|u)| innit| right| eh| init)?|tell me about yourself|(?:do|are) (?:you|u) (?:use |using |run on |powered by )?(?:ai|artificial intelligence|chatgpt|chat gpt|gpt|an llm|a language model)|(?:does|is) (?:this|it|stationdesk|(?:the|this) (?:bot|chatbot|chat bot|chat|thing|app|service)) (?:use|using|run on|running on|rely on|powered by|work with|built (?:with|on)) (?:any )?(?:ai|artificial intelligence|chatgpt|chat gpt|gpt|openai|an llm|llms?|a language model|machine learning)|(?:do|can) (?:you|u) (?:have|feel) (?:feelings|emotions)|(?:are|r) (?:you|u) (?:alive|sentient|conscious)|introduce yourself|(?:are|r) (?:you|u) (?:happy|sad|tired|bored|lonely|married|single|human|clever|smart|intelligent)|(?:do|can|did) (?:you|u) (?:sleep|eat|dream|get tired|get bored|learn(?: from (?:me|us|this|people))?|like (?:your|ur) job|enjoy (?:your|ur) job|have (?:a )?(?:family|friends|life|boss|brain))|(?:whats|what is) (?:your|ur) fav(?:ou?rite)? \w+|(?:what does|whats|what is) (?:stationdesk|station desk|your name) mean|why (?:are|r) (?:you|u) called (?:stationdesk|station desk|that)|what (?:should|do) i call you|(?:do|have) (?:you|u) (?:have|got) a name|what do they call you|what is this|whats this)\b/g,
  ],
  // "thanks for your help": thanks, before "help" is read as a request for it.
  // "you've been a big help", "that was a great help": praise of the help given, before "help" is read as asking for it.
  ['thanks', /\b(?:thanks|thank (?:you|u)|thankyou|thx|cheers|ta)(?: (?:so much|very much|a lot|loads|again))? (?:for|4) (?:your|ur|the|all (?:your|ur|the)) help\b|\b(?:youve|you ve|you have|uve|u have|youre|you are|your|u r|thats|that was|that s|this has|thats been|its been|it was|been) (?:been )?(?:a |such a )?(?:big|great|huge|real|massive|good|proper|top) help\b/g],
  // A bare "yes", "no", "hmm" or "what do you mean?" with nothing for it to answer: what the bot can do, not an apology.
  // ("not sure" and "dunno" are left out: they answer "what's your postcode?", and that rule says why it is needed.)
  [
    'help',
    /^ (?:yes|yess+|yeah|yea|yep|yup|ya|yh|aye|sure|yes please|yeah please|go on then|ok then|okay then|no|nope|nah|naa+|no no|not really|hm+|huh|eh|wot|what|wat|wait what|wait wat|wait|say (?:that )?again|pardon|pardon me|come again|sorry what|what do (?:you|u) mean|wdym|(?:i )?(?:dont|do not) (?:understand|get it|follow)|(?:im|i am) (?:confused|lost)|confused|what now|now what)(?: (?:then|mate|please|pls))? $/g,
  ],
  [
    'help',
    /\b(?:(?:(?:do|d) )?(?:you|u) know (?:everything|it all|all the answers)|help(?: me)?(?: please)?|i need (?:some )?help|can you help(?: me)?|what (?:cant|can not|cannot|wont|dont) (?:you|u) (?:do|help(?: me)? with|know(?: about)?|answer)|what (?:can|do) (?:you|u) not (?:do|know|answer)|(?:what are )?(?:your|ur) (?:limits|limitations)|what are (?:you|u) (?:not )?(?:able|allowed) to do|what (?:else )?(?:can|do|could) (?:you|u) (?:do|help(?: me)? with|know(?: about)?|tell me(?: about)?|answer)|what else (?:is there|have you got)|(?:can|could|do) (?:you|u) do anything else|anything else (?:you|u) can do|what (?:else )?can i ask(?: you)?(?: about)?|what (?:kinds?|sorts?|types?) of (?:questions|things|stuff) (?:can|could|do|should) i ask(?: you)?(?: about)?|what (?:questions|things) can i ask|how (?:does this|do you|do i use this|do i use you|can you help|does it) (?:work|help)?|how can you help(?: me)?|how do i use (?:this|you|it)|what are you for|(?:what is|whats) (?:your|ur) (?:purpose|job|point|function)|what (?:is|are) (?:a |the )?(?:police )?(?:front (?:counter|desk)s?|police front (?:counter|desk)s?)(?: for)?|what (?:can|do|would) (?:i|you|people|we) (?:do|use) (?:at )?(?:a |the )?(?:police )?front (?:counter|desk)s?(?: for)?|menu|options|commands|instructions|examples?|guide|get started|getting started|start|usage|faq|what (?:do|should|can) i (?:ask|type|say|write)|what (?:info|information|data) (?:do|have) (?:you|u) (?:got|have)|what (?:are|r) (?:you|u) (?:able to do|capable of)|(?:can|could|may) i (?:ask|have) (?:you |u )?(?:something|sth|smth|summat|a (?:quick )?(?:question|q)|(?:a few|some|a couple of) questions|a quick one)(?: please)?|(?:a )?quick (?:question|q)|(?:i (?:have|got|ve got|have got)|ive got|ive) (?:a |one |some |a few |a couple of )?(?:quick )?(?:question|q)s?(?: for (?:you|u))?|got a (?:sec|second|minute|min|moment)|i need (?:some )?(?:info|information))\b/g,
  ],
  [
    'greeting',
    /\b(?:hi(?: there)?|hello(?: there)?|hey(?: there)?|hiya|heya|yo|gm|howdy|h+i+i|he+y+y|hel+o+o|helo+|hell+o+|hiy+a+|yo+o|ello|allo|hallo|hullo|heyo|wagwan|wag1|greetings|good (?:morning|afternoon|evening|day)|(?:happy|merry) (?:christmas|xmas|new year|easter|eid|diwali|hanukkah|holidays|friday|weekend)|seasons greetings|morning|afternoon|evening|how are (?:you|u)(?: doing)?(?: today)?|how r u|hows it going|hows your day(?: going)?|how is your day(?: going)?|you alright|sup|whats up|wassup|(?:i )?hope (?:you are|youre|you re|u are|ur|your|you r|all is|alls|everything is|things are|everyone is|everyones|everybody is|you all are|youre all) (?:good with you|well with you|doing well|doing ok|keeping well|keeping safe|having a good day|well|ok|okay|good|fine)|(?:i )?hope you(?:re| are)? (?:having|have) a (?:good|nice|great|lovely) day|(?:is )?(?:any ?one|any ?body|some ?one|some ?body|any human|a human) (?:actually )?(?:there|here|home|about|around|available|awake|online|in|reading(?: this)?|listening)|(?:are|r) (?:you|u) (?:there|here|awake|online|on|working|alive|still there|still (?:on|working|awake))|(?:you|u) (?:there|still there|awake|online|alive)|(?:is|does) (?:this|it) (?:thing )?(?:working|on|live|work)|(?:just )?test(?:ing)?(?: testing)?(?: \d+)*|(?:this is )?(?:a|just a) test|(?:you|u|r u|are you|are u) (?:ok|okay|good|well)|how (?:ya|you|u) doing|hows (?:things|it hanging|life)|how are things|whats good|ey up|eyup|ay up|gd (?:morning|afternoon|evening|day)|(?:can|do) (?:you|u) (?:hear|read|see) me)\b/g,
  ],
  [
    'thanks',
    /\b(?:(?:many|massive|big|huge) thanks|thanks(?: (?:a lot|so much|very much|a million|a bunch|a ton|heaps|loads|again|mate|muchly))?|thank (?:you|u)(?: (?:so much|very much|again|kindly))?|thankyou|thx|thnx|thanx|tnx|ty|tysm|cheers|ta|(?:you(?:re| are)|ur|your|u r|youve been|you have been|thats|that was|this is|this bot is|the bot is|this chatbot is|this thing is) (?:so |very |really |super )?(?:useful|helpful|great|brilliant|amazing|a star|a legend|the best|a lifesaver)|(?:you|u|your) (?:rock|rule|slay)|(?:you(?:re| are)|ur|your|u r|youve been|you have been|this bot is|this is) (?:(?:actually|pretty|quite|kinda|kind of|lowkey|honestly|genuinely|surprisingly|proper|well|bare|really|so|very) )+(?:decent|good|handy|smart|clever|not bad|alright|solid|sound|quick|fast|useful|helpful|great|class|mint|cool)|much appreciated|appreciate(?:d| it| you| ya)|great|brilliant|perfect|lovely|awesome|excellent|fab|fabulous|wonderful|superb|cool beans|cool|nice(?: one| 1)?|nice1|wicked|gr8|much love|big up(?: (?:yourself|urself|u|you))?|(?:nuff |much |big )?respect|(?:great|good|top) stuff|(?:all )?sorted|job done|good|(?:very |really )?(?:helpful|useful)|that helps|that helped|sound|safe|ace|sweet|all good|(?:thanks|thank you|thank u|cheers|ta) anyway|(?:you(?:re| are)|ur|u r|your) welcome|my pleasure|no problem|no worries|np|love (?:this|it|that|you)|legend|amazing|wow|brill|mint|lush|peng|dope|banging|bangin|smashing|top notch|spot on|class|quality|bless (?:you|u|ya)|sick(?= (?:thanks|thank|thx|cheers|ta|mate|bro|bruv|fam|m8)\b)|(?<=\b(?:thats|that s|that is|that was|this is|its|it s|proper|well|so|dead|bare|pure|absolutely) )sick|sick (?:one|1)|(?:proper|bare|dead|pure|absolutely|well) (?=(?:sick|mint|class|quality|decent|good|helpful|useful|banging|bangin|peng|dope|lush|sound|ace|wicked|brilliant|brill|great|sweet)\b))\b/g,
  ],
  // Praise of the bot with a word of degree, as typed on a phone ("lol ur actually decent", "you're pretty good"): thanks;
  // the degree word is needed, so "you're wrong" or a bare "ur good" ("no worries") are not read as praise.
  // Slang praise ("thats sick, thanks", "mint cheers", "bless you") is thanks too: "sick" only when said of the answer
  // ("thats sick") or beside thanks, never alone, so "i feel sick" stays what it says. An intensifier before praise ("proper sick
  // mate", "bare helpful", "dead good") is part of it; "i feel proper sick" keeps its unexplained words, so is not thanks.
  // "ok", "got it", "lol": heard, not thanks ("You're welcome" would answer what was not said).
  // "you're right", "that's true": agreed, heard as "ok" is (was: "Sorry, I can't help with that").
  ['acknowledged', /\b(?:(?:youre|you re|you are|ur|u r|your|u)(?: (?:absolutely|totally|completely|quite|dead|def|defo|definitely|100 percent|probably|prob|right))* right|(?:thats|that s|that is|its|it s)(?: (?:absolutely|totally|completely|quite|very|100 percent|def|defo|definitely))* (?:correct|true)|ok(?:ie|ey|y)? ?dok(?:ie|ey|y)|got it|understood|noted|ok|okay|okey|alright|right|k+|ok+|okk+|oki|okie|okey dokey|brb|lo+l+|lmao|haha+|(?:ha)+|hehe+|bet|gotcha|fair enough|fair|i see|makes sense|that makes sense|will do)\b/g],
  // Interjections, last, so "omg thank you" is thanks and "oh ok" heard; alone, they were "Sorry, I didn't understand that".
  ['upset', /\b(?:o+m+f*g+|oh m(?:y|ah) (?:god|gosh|days|lord|word)|oh (?:god|lord|dear|crap|jeez)|oh no+(?: no+)*|no+o|jeez|jeeze|geez|yikes|eek|dear (?:god|lord)|omds)\b/g],
  ['casual', /\b(?:bruh+|bru|meh+|oo+f|damn|dammit|dang|whoa+|woah+|oh+|ah+|aw+|aww+|welp|hmph|sheesh|crikey|blimey|gosh|wowzers|interesting|whatever|wtv|fair dos|oh well|oh right|ah right|ah well|shrug)\b/g],
];

/** Words that can sit around small talk without changing it. */
const FILLER = new Set(
  `so um umm uhm er erm well please pls just bot stationdesk station desk there mate again very much lot a
  the you then yeah yes yep no oh ah and also really for that this it all thing things now hey bud buddy pal
  love dear sir madam folks everyone guys team i its thats was so ahh ahhh ohh ohhh aha hmm hmmm can could would will u x xx xxx stuff anyway
  nope nah naw yup tbh ngl honestly genuinely lowkey both`.split(/\s+/),
);

/** How a resident addresses the bot, as typed on a phone ("thx m8", "cheers bruv", "ty hun"): filler, as "mate" is. */
const TERMS_OF_ADDRESS = `m8 m8s mates bruv bruh bro fam blud bredren bredrin hun hon babe darling darlin sweetheart boss chief guv guvnor
  mucker geezer lad lads man luv omg`.split(/\s+/);
for (const word of TERMS_OF_ADDRESS) FILLER.add(word);

/** When several are said at once: "thanks, bye" is a goodbye, "hi, what can you do?" a request for help. */
const PRIORITY: SmallTalk[] = ['forget-me', 'cancel', 'goodbye', 'identity', 'help', 'thanks', 'greeting', 'acknowledged', 'upset', 'casual'];

export function readSmallTalk(text: string): SmallTalk | undefined {
  if (text.trim() === '') return undefined;
  let rest = ` ${text} `;
  const found = new Set<SmallTalk>();
  for (const [kind, re] of PHRASES) {
    rest = rest.replace(re, () => {
      found.add(kind);
      return ' ';
    });
  }
  if (found.size === 0) return undefined;
  const left = rest.split(' ').filter((w) => w !== '' && !FILLER.has(w));
  if (left.length > 0) return undefined;
  return PRIORITY.find((kind) => found.has(kind));
}

/** A smiley typed as text (":)", ":-D", "<3"): punctuation to the word reader, thanks to the resident. */
const TEXT_SMILEY = /^\s*(?:[:;=]-?[)\]D>3pP*]+|<3+|\^_?\^|xD+)\s*$/;

/** A frown typed as text (":(", ":/", ":-|"): a reply that did not help, as a thumbs down is. */
const TEXT_FROWN = /^\s*(?:[:;=]'?-?[(\[/\\|]+|>:-?\(+)\s*$/;

/** ":(", ":/" alone: what the bot can do, read before the punctuation is read as no words at all. */
export function isTextFrown(original: string): boolean {
  return TEXT_FROWN.test(original);
}

/** ":)", ":-D", "<3" alone: a smile, read before its letters or digits could be read as words. */
export function isTextSmiley(original: string): boolean {
  return TEXT_SMILEY.test(original);
}

/**
 * Single emoji (or a few) that say something on their own, read by the feeling: a wave greets; laughter is heard as "lol"
 * is; anger or a facepalm is frustration, as "ugh" is; a thinking face or a shrug is puzzlement; tears or fright may mean
 * something is wrong; a grimace or a skull is a shrug; thanks and love are thanks. Before, anger and puzzlement both got
 * the whole what-I-do text, and tears, fright and shrugs "Sorry, I didn't understand that".
 */
export function readEmoji(original: string): EmojiFeeling | undefined {
  // Punctuation typed with them ("👍!", "🤔?", "😡!!!") says no more than the emoji.
  if (/^[\s\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\ufe0f\u200d\u2640\u2642!?.,…]+$/u.test(original) === false || !/\p{Extended_Pictographic}/u.test(original)) return undefined;
  if (/[\u{1f44b}]/u.test(original)) return 'greeting';
  if (/[\u{1f44e}\u{1f621}\u{1f620}\u{1f92c}\u{1f624}\u{1f644}\u{1f612}\u{1f926}\u{1f595}\u{1f4a2}]/u.test(original)) return 'angry';
  if (/[\u{1f622}\u{1f62d}\u{1f61e}\u{1f614}\u{1f61f}\u{1f625}\u{1f630}\u{1f628}\u{1f631}\u{1f97a}\u{2639}\u{1f641}\u{1f494}\u{1f616}\u{1f623}\u{1f629}\u{1f62b}]/u.test(original)) return 'upset';
  if (/[\u{1f602}\u{1f923}\u{1f606}\u{1f601}\u{1f600}\u{1f604}\u{1f603}]/u.test(original)) return 'acknowledged';
  if (/[\u{1f615}\u{1f610}\u{1f937}\u{2753}\u{2754}\u{1f914}\u{1f928}\u{1f9d0}\u{1f636}\u{2049}]/u.test(original)) return 'puzzled';
  if (/[\u{1f44d}\u{1f64f}\u{2764}\u{1f60a}\u{1f642}\u{1f44c}\u{1f4af}\u{1f970}\u{1f60d}\u{1f618}\u{1f499}\u{1f49a}\u{1f49c}\u{1f9e1}\u{1f90d}\u{1f49b}\u{1f5a4}\u{2665}\u{1f91d}\u{1fae1}\u{270c}\u{1f64c}\u{1f44f}\u{1f31f}\u{2b50}\u{1f929}\u{1f917}]/u.test(original)) return 'thanks';
  if (/[\u{1f605}\u{1f643}\u{1f480}\u{1f62e}\u{1f62f}\u{1f632}\u{1f633}\u{1fae0}\u{1f62c}\u{1f972}\u{1f440}]/u.test(original)) return 'casual';
  return undefined;
}
