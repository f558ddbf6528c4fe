/**
 * Danger told with no crime word, written for these tests (never tuned on the held-out set): someone in or getting
 * into the home, someone arriving with something used as a weapon, and a person's situation now that nothing else
 * reads (the safety net: 999 first, said as a condition). With controls: questions off the subject, and crimes
 * told as over, answered as before. Shared by the understanding and the bot tests; fast-check generators build more.
 */
import fc from 'fast-check';

/** Read as danger for sure: "Call 999 now". */
export const DANGER_WITHOUT_CRIME_WORDS: Readonly<Record<string, readonly string[]>> = {
  'someone in the home, heard or seen': [
    'i can hear noises downstairs and i live alone',
    'someone is moving about in my flat and im on my own',
    'there are footsteps in the flat and nobody else lives here',
    'i can hear someone walking around upstairs and my husband is away',
    'i just heard glass smash downstairs',
    "there's movement in the kitchen and everyone's asleep",
    'woke up to footsteps in the hallway, im home alone',
    'sounds like someone rummaging about in my living room and its 3am',
    'a stranger is in the house',
    'i woke up and there is someone in my bedroom',
    'my back door was locked and now its open and i can hear someone',
    'there are voices downstairs and no one else should be home',
  ],
  'someone trying to get in, or looking in': [
    'someone is trying the door handle',
    'someone keeps trying my front door handle',
    'someone is rattling the back door',
    'the door handle just moved',
    'my bedroom door handle is turning by itself',
    'a man is pulling at our patio door',
    'theres a face at my window',
    'someone is looking through my letterbox',
    'a guy is peering in through the kitchen window',
    'my neighbour keeps staring in my window tonight',
    'somebody is testing all the windows round the back',
    "there's a man in my garden and its the middle of the night",
  ],
  'someone present or arriving with something used as a weapon': [
    'my ex has turned up with a hammer',
    'my ex is outside with a baseball bat',
    'the neighbour is at the door with a machete',
    'theres a man outside with a crowbar',
    "he's at the door holding a screwdriver",
    "he's banging on the door with a bottle",
    "my ex is outside and he's tooled up",
    "my brother's ex turned up and hes carrying",
    'a guy outside my flat with an axe',
    'someone is at the door with a brick',
    'he turned up with a blade and wont leave',
    "my neighbour is banging on my door and he's got a golf club",
    'the man next door came round with a crowbar',
    'my partner picked up a bottle and is coming at me',
    "there's a lad outside with a golf club",
    'she came at me with scissors',
    'my stepdad is swinging a chair leg around in the kitchen',
    'two blokes in the stairwell with iron bars',
    'her ex showed up with a spanner and is kicking the door',
    'my son is going for his dad with a broken bottle',
  ],
  'rage at home': [
    'my partner is shouting and throwing things',
    'my dad is smashing the place up',
    'he is punching the walls and screaming at my mum',
  ],
};

/** A person's situation now, nothing else read: 999 first, as "If you or anyone is in danger now, call 999." */
export const SITUATIONS_NOW: readonly string[] = [
  "i'm really frightened and alone",
  'someone is watching me',
  'someone is watching the house',
  "i'm locked in and can't get out",
  "my ex won't stop messaging me and is outside",
  "he's outside",
  "they're downstairs",
  "i'm scared to go home tonight",
  "there's a car parked outside that's been there all night and a man is watching",
  'my ex just turned up',
  "i'm alone and someone keeps knocking",
  "he won't leave",
  'we are hiding in the bathroom',
  'i think im being followed',
  'a man has been standing at the end of my road staring at me',
  'my neighbour is harassing me right now',
  'there is someone waiting outside my work for me',
  "he's here",
];

/** Not danger: answered as before (out of scope, a station question, or a crime told as over). */
export const NOT_DANGER: readonly { say: string; intent: string }[] = [
  { say: "what's the weather like tonight", intent: 'out-of-scope' },
  { say: 'who won the arsenal game last night', intent: 'out-of-scope' },
  { say: 'how do i make lasagne', intent: 'out-of-scope' },
  { say: "what's the capital of france", intent: 'out-of-scope' },
  { say: 'tell me a joke', intent: 'out-of-scope' },
  { say: 'my son is learning to play the guitar', intent: 'out-of-scope' },
  { say: 'we are going on holiday tomorrow', intent: 'out-of-scope' },
  { say: "i'm bored", intent: 'out-of-scope' },
  { say: "i'm afraid the closures will hurt older people", intent: 'out-of-scope' },
  { say: 'my neighbours are always making noise upstairs every night', intent: 'out-of-scope' },
  { say: 'can i bring a bottle of water into the station', intent: 'out-of-scope' },
  { say: 'my dad came home with a bottle of wine', intent: 'out-of-scope' },
  { say: 'my dad is coming for me at 5', intent: 'out-of-scope' },
  { say: "i'm going for my lunch", intent: 'out-of-scope' },
  { say: "my neighbour's dog keeps barking", intent: 'out-of-scope' },
  { say: 'my car was broken into last night', intent: 'report-crime' },
  { say: 'someone stole my bike last week', intent: 'report-crime' },
  { say: 'i was followed home last week, can i report it', intent: 'report-crime' },
  { say: "i'm outside lewisham station is it open", intent: 'open-now' },
  { say: 'i tried the door at brixton station but it was locked', intent: 'place-only' },
];

/** Someone in the home, heard: what is heard × where × the resident alone or the night × how it is said. */
export const someoneInTheHome = fc
  .record({
    heard: fc.constantFrom('noises', 'footsteps', 'someone moving about', 'someone walking around', 'glass breaking', 'voices', 'a door slam', 'somebody creeping around'),
    where: fc.constantFrom('downstairs', 'upstairs', 'in the kitchen', 'in my flat', 'in the loft', 'in the hallway', 'in our house'),
    alone: fc.constantFrom('and i live alone', "and i'm on my own", 'and nobody else is home', 'and my partner is away', "and it's 2am", ''),
    lead: fc.constantFrom('i can hear ', 'there are ', 'hearing ', 'i just heard ', 'omg ', ''),
  })
  .map(({ heard, where, alone, lead }) => `${lead}${heard} ${where} ${alone}`.trim());

/** Someone at the home with something used as a weapon: who × arriving or here × what they hold. */
export const armedAtTheDoor = fc
  .record({
    who: fc.constantFrom('my ex', 'the neighbour', 'a man', 'some guy', 'her boyfriend', 'my stepdad', 'he', 'they', 'two lads'),
    here: fc.constantFrom('is outside', 'is at the door', 'has turned up', 'just showed up', 'is banging on the door', 'came round', 'is in the garden', 'is downstairs'),
    holds: fc.constantFrom('with a crowbar', 'with a hammer', 'holding a brick', 'with a bat', 'with a machete', 'waving a screwdriver', 'with a golf club', 'with a broken bottle', 'with an axe', 'carrying a spanner'),
    tail: fc.constantFrom('', ' and wont leave', ' right now', ' please', ' omg'),
  })
  .map(({ who, here, holds, tail }) => `${who} ${here} ${holds}${tail}`);
