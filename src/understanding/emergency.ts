/**
 * Does this message sound like someone in danger now? Checked before anything
 * else: "someone is breaking in, is brixton open?" must get 999, not opening
 * hours. Errs on the side of 999: a false alarm costs a line of text, a miss
 * could cost far more. A crime that is over ("my car was broken into last
 * night", "my phone was stolen yesterday") is not an emergency: that is
 * `report-crime`.
 *
 * Reads the normalised words (lower-case, apostrophes dropped: "hes", "ive").
 */

const ATTACK_VERBS =
  'attacked|assaulted|stabbed|shot|raped|kidnapped|abducted|strangled|choked|beaten|beaten up|punched|kicked|threatened|followed|chased|stalked|robbed|mugged|burgled|harassed|hurt|hit|touched|groped|grabbed|held hostage';

/** Danger happening now, whoever is speaking. */
const DANGER: RegExp[] = [
  // Break-ins in progress.
  /\bbreaking (?:in|into|down)\b/,
  /\b(?:trying|try|tryin) to (?:break|get|force|smash) (?:in|into|through|the door)\b/,
  /\b(?:someone|somebody|some one|a man|a woman|a guy|men|people|intruders?|burglars?|a stranger|strangers) (?:is |are |has |have )?(?:got )?(?:in|inside) (?:my|our|the) (?:house|home|flat|room|bedroom|garden|shed|car|building|property)\b/,
  /\b(?:intruders?|burglars?) (?:in|inside|downstairs|upstairs|outside|here)\b/,
  /\b(?:there is|theres|there are) (?:an? )?(?:intruders?|burglars?|someone|somebody|a man|a woman|a guy|men|people|a stranger) (?:in|inside|outside|at|trying|breaking|banging|hiding|following|watching)\b/,
  /\b(?:burglary|robbery|break in|crime|fight|attack|assault|mugging|theft) (?:is )?(?:in progress|happening)\b/,
  // An intruder who has got in and is still there.
  /\b(?:broke|broken|breaking|got|get|came|climbed) (?:in|into)\b.{0,60}\b(?:still|hiding) (?:here|there|in|inside|downstairs|upstairs|outside|in the)\b/,
  /\b(?:he|she|they|someone|somebody|hes|shes|theyre|theyve) (?:is |are )?(?:still )?(?:in|inside) (?:my|our|the) (?:house|home|flat|room|bedroom|building)\b/,
  // Being hurt or threatened.
  new RegExp(`\\b(?:being|getting) (?:${ATTACK_VERBS})\\b`),
  new RegExp(`\\b(?:ive|i have|weve|we have|hes|he has|shes|she has|theyve|they have|someone has|somebody has|my \\w+ has|my \\w+ is|i am|im|we are|were) (?:just )?(?:been|got|being) (?:attacked|assaulted|stabbed|shot|raped|kidnapped|abducted|strangled|run over|knocked down|beaten(?: up)?|hit by a car|poisoned)\\b`),
  /\b(?:ive|i have|weve|we have|i|we|ive just|i just) (?:just )?(?:been|got) (?:robbed|mugged)\b(?!.*\b(?:yesterday|last|ago|earlier|week|month|year)\b)/,
  /\b(?:hitting|punching|kicking|strangling|choking|beating|attacking|hurting|threatening|following|chasing|stalking|stabbing|shooting|touching|grabbing) (?:me|us|my|her|him|them|someone|somebody|people)\b/,
  /\b(?:killing|strangling|raping) (?:her|him|them|someone|somebody|people|my)\b/,
  // Someone being hurt in front of the resident: "a man is hitting a woman in the street".
  /\b(?:is|are|s|re|keeps?) (?:hitting|punching|kicking|beating(?: up)?|attacking|stabbing|strangling|choking|assaulting|slapping|dragging) (?:a|an|the|this|that|some|his|her|their|my|our|two|another) ?(?:\w+ )?(?:woman|women|man|men|girl|girls|boy|boys|child|children|kid|kids|person|people|guy|lady|wife|husband|partner|girlfriend|boyfriend|mum|dad|mother|father|son|daughter|baby|neighbour|neighbor|friend|student|pensioner|driver)\b/,
  /\b(?:he|she|they|someone|somebody|a man|a woman|he just|she just|they just) (?:hit|punched|kicked|stabbed|attacked|assaulted|strangled|choked|raped|shot|beat|slapped|pushed) (?:me|us)\b/,
  /\b(?:going to|gonna|wants? to|threaten(?:ed|ing|s)? to|trying to|tried to|hell|shell|theyll|says hell|said hed|says shell) (?:kill|murder|stab|shoot|rape|hurt|attack|beat|hit|burn)\b/,
  // "will" only with a person hurt: "the cuts will hit residents" is not danger.
  /\bwill (?:kill|murder|stab|shoot|rape|hurt|attack|beat|hit|burn) (?:me|us|you|him|her|them|my|someone|somebody|the kids|the children)\b/,
  // Fear of someone: "I'm scared he'll hurt me", "terrified of my husband".
  /\b(?:scared|afraid|frightened|terrified)\b.{0,20}\b(?:he|she|they|hell|shell|theyll|hes|shes|him|her|them|someone|somebody|my \w+)\b.{0,25}\b(?:hurt|kill|attack|hit|beat|harm|stab|rape)\b/,
  /\b(?:scared|afraid|frightened|terrified) (?:of )?(?:my )?(?:partner|husband|wife|boyfriend|girlfriend|ex|ex partner|ex husband|ex boyfriend|him|her)\b/,
  // Abuse that is going on: "my partner hits me", "he beats me".
  /\b(?:my \w+|he|she|they|someone|somebody) (?:(?:always|still|keeps|often|sometimes|regularly|constantly) )?(?:hits|beats|punches|kicks|chokes|strangles|hurts|attacks|threatens|rapes|slaps|abuses|beats up|keeps hitting|keeps hurting) (?:me|us|my)\b/,
  /\bdomestic (?:abuse|violence)\b.{0,40}\b(?:now|tonight|right now|happening|at home|in danger)\b/,
  /\b(?:is|are|s|re|currently|still) (?:stealing|robbing|burgling|mugging|assaulting|attacking|fighting|kidnapping|abducting|smashing|vandalising|setting fire|trying to steal)\b/,
  /\b(?:stealing|robbing|burgling|mugging|fighting|smashing|attacking)\b.{0,40}\b(?:right now|now|at the moment|as we speak)\b/,
  /\b(?:theres|there is|there are) (?:a |an )?(?:fight|brawl|mass brawl|riot|gang fight|robbery|break in|burglary|mugging) (?:going on|happening|outside|in|on|at|right now|now)\b/,
  /\b(?:fight|fighting|brawl|riot)\b.{0,40}\b(?:right now|at the moment|as we speak)\b/,
  /\bjust (?:stole|robbed|mugged|attacked|assaulted|stabbed|snatched|grabbed|took)\b/,
  // Weapons being carried or used.
  /\b(?:with|has|has got|hes got|shes got|theyve got|got|holding|waving|carrying|pulled|pulled out|brandishing|pointing|armed with|wielding|threatening (?:me|us|him|her|them) with) (?:an? |his |her |their |the )?(?:knife|knives|gun|guns|machete|blade|weapon|firearm|pistol|rifle|shotgun|axe|hammer|crossbow|bat|acid|baseball bat|sword)\b/,
  /\b(?:knife|gun|machete|weapon|firearm|pistol|shotgun|blade|sword|acid)\b.{0,30}\b(?:outside|here|at (?:my|the) door|in (?:my|the) (?:house|street|road|shop|garden)|pointed|pointing|waving|threaten)/,
  /\barmed (?:man|men|woman|person|people|robbery|robbers?|intruders?|gang)\b/,
  /\b(?:stabbing|shooting|shots fired|gunshots?|gun shots?|gunfire|explosion|bomb|terroris[tm]|acid attack|hostage|riot)\b(?!\s*(?:statistics|stats|figures|rates?|numbers?|crime))/,
  // Medical and life at risk.
  /\b(?:not breathing|cant breathe|can not breathe|cannot breathe|unconscious|collapsed|heart attack|bleeding (?:badly|heavily|a lot|everywhere)|overdos(?:e|ed|ing)|need an ambulance|call an ambulance|ambulance)\b/,
  /\b(?:kill myself|killing myself|end my life|take my (?:own )?life|suicid(?:e|al)|want to die|self harm(?:ing)?|hurt myself)\b/,
  /\b(?:im|i am|we are|were|i feel|she is|he is|shes|hes|they are|my \w+ is) (?:in (?:immediate |serious )?danger|not safe|unsafe|scared for my life|afraid for my life|trapped|being held)\b/,
  /\b(?:i dont|i do not) feel safe\b|\bfear for my life\b|\bin (?:immediate|serious) danger\b/,
  /\b(?:child|kid|son|daughter|baby|toddler|boy|girl) (?:is |has |has gone |went )?(?:missing|gone missing|been taken|been abducted|been kidnapped|disappeared)\b/,
  /(?<!\b(?:can|could|would|will|does|do|is there) )\b(?:somebody|someone|anybody|anyone) (?:please )?help(?: me| us)?(?: please)?$/,
  /\bhelp+ (?:me |us )?(?:please |pls )?(?:quick|quickly|now|asap|urgent|urgently|hurry|immediately)\b/,
  /\b(?:call|ring|dial|phone|get) (?:the )?(?:police|999|ambulance|fire brigade) (?:now|quick|quickly|asap|immediately|please)\b/,
  // Someone hurt just now, whoever they are: "a kid has been hit by a car", "the boy next door was stabbed".
  /\b(?:has|have|s|is|was|were|just|got) (?:just )?(?:been )?(?:hit by (?:a|the) (?:car|van|bus|lorry|truck|bike|motorbike)|run over|knocked (?:down|over|off (?:his|her|their) bike)|stabbed|shot)\b(?!.*\b(?:yesterday|last (?:week|month|year|night)|ago|years?|months?|in 20\d\d)\b)/,
  // Someone at the door who should not be: "a drunk man banging on my door".
  /\b(?:banging|hammering|kicking|pounding|smashing) (?:on |at |in )?(?:my|our|the|her|his) (?:front |back )?(?:door|doors|window|windows)\b/,
  // Overdose and poisoning: an ambulance (999) first.
  /\b(?:took|taken|swallowed|had|has had) (?:(?:too many|a lot of|loads of|all (?:her|his|my|their)|a bottle of|some|an) )?(?:pills|tablets|paracetamol|painkillers|bleach|overdose)\b/,
  // Indecent exposure and sexual harassment going on.
  /\b(?:exposing|flashing) (?:himself|herself|themselves|his|her)\b|\b(?:masturbating|wanking) (?:on|in|at|near|outside|opposite)\b/,
  /\bdrunk driver\b|\bdrink driving\b.{0,20}\bnow\b|\bcrash(?:ed)?\b.{0,30}\b(?:injured|hurt|bleeding|trapped)\b/,
];

/** Fire now: the word itself, unless it is a fire station, an alarm test or a station's history. */
const FIRE = /\bfire\b|\bon fire\b|\b(?:house|flat|building|car|shop|home) (?:is )?(?:burning|ablaze)\b|\bsmell (?:of )?(?:smoke|gas)\b|\bgas leak\b/;
const NOT_A_FIRE_NOW =
  /\bfire (?:station|stations|brigade|service|exit|exits|door|doors|alarm|alarms|safety|escape|drill|extinguishers?|fighters?|risk|certificate|damage|of 20\d\d|in 20\d\d)\b|\b(?:because of|after|since|due to|following|caused by|destroyed by|damaged by|before) (?:the |a |that )?(?:\w+ )?(?:\w+ )?fire\b|\b(?:was there|there was|had|was) (?:a |the )?fire\b|\bforest gate fire\b|\bthe fire at\b|\bfire at (?:the )?(?:\w+ )?(?:\w+ )?police station\b/;
const FIRE_NOW = /\bon fire\b|\bset fire\b|\bsetting fire\b|\b(?:theres|there is) (?:a )?fire\b/;

/** Words for danger in other languages residents may write in; the reply should lead with 999. */
export const FOREIGN_DISTRESS =
  /\b(?:socorro|auxilio|ayudame|ayuda|emergencia|au secours|a l aide|urgence|pomocy|ratunku|pomoc|hilfe|notfall|aiuto|emergenza|ajutor|urgenta|imdat|yardim|acil|socorre|perigo|peligro)\b|urgență|yardım|помогите|помощь|спасите|допоможіть|مساعدة|النجدة|النجده|救命|助けて|살려|मदद|বাঁচাও|ਮਦਦ|مدد|βοήθεια/i;

export function soundsLikeEmergency(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return false;
  if (DANGER.some((re) => re.test(t))) return true;
  return FIRE.test(t) && (FIRE_NOW.test(t) || !NOT_A_FIRE_NOW.test(t));
}
