"""Code events from a parsed article: lexicon look-up, then source and target from the parse.

find: ``EventCoder.candidates`` turns each sentence into Candidate triggers (pure);
build: ``EventCoder.__call__`` resolves their actors and makes Event records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, partial
from itertools import permutations
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import NO_COUNTRY
from ..actors.resolver import (
    PLACE_PARTS,
    PLACE_PREPS,
    RELATIVE_PRONOUNS,
    ArticleActors,
    actor_on,
    hyphen_participle,
    is_ethnic,
    is_place,
    is_stance,
)
from ..nlp.repairs import PROTESTING
from ..records import ActorRef, Article, Event, TextSpan
from .lexicon import Lexicon, NounEntry, Sense, VerbEntry

MODALS = frozenset(
    {"will", "would", "could", "may", "might", "should", "shall", "ca", "can", "must", "'ll", "wo"}
)
FUTURE_MODALS = frozenset({"will", "would", "'ll", "wo", "shall"})
# "Washington could impose sanctions": a possibility, not an event
EPISTEMIC_MODALS = frozenset({"could", "might", "may"})
# what a speaker says it will, would, could or may do is its intent or threat
PROSPECTIVE_MODALS = FUTURE_MODALS | {"could", "may", "might", "can", "ca"}
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_PREPS = ("with", "to", "against", "on", "for", "toward", "towards", "between")
EVENT_PREPS = (*OBJECT_PREPS, "in", "at")
INNER_PREPS = (*EVENT_PREPS, "into", "by", "near")  # looking for the actor inside an event phrase
# roles of people (and of police, militias, courts and legislators) who are usually from
# where they act; officials, troops and armed groups travel
LOCAL_ROLES = frozenset(
    {"CVL", "OPP", "EDU", "LAB", "REL", "HLH", "AGR", "BUS", "MED", "CRM", "REF", "HRI", "ENV"}
    | {"COP", "UAF", "JUD", "LEG", "PTY"}
)
YIELD_ROOT = "08"
VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # also the acts a speaker can claim
REDUCE_RELATIONS, ADMINISTRATIVE_SANCTION, ABDUCTION = "16", "172", "181"
# a state's own bodies its "reduced relations" are sanctions on (172)
DOMESTIC_BODIES = frozenset({"LEG", "JUD", "PTY", "OPP", "MED", "NGO", "EDU"})
# purpose clauses whose doer is the subject even after an object ("fired tear gas to
# disperse the crowd", "defied a ban to rally in Istanbul")
PURPOSES_OF_DOERS = frozenset(
    {"disperse", "quell", "clear", "scatter", "demand", "rally", "march", "offer", "congratulate"}
)
# "blocked motorways with tractors to protest against government plans" (not "launched a
# hunger strike to protest ...": one protest, told once)
PROTEST_PURPOSES_OF_DOERS = frozenset({"protest", "demonstrate"})
ATTACK_NOUNS = frozenset({"attack", "strike", "raid", "bombing", "shelling", "assault"})
VOWING = frozenset({"vow", "promise", "pledge"})
# what a statement says one will be forced to do ("would be forced to take ...")
COMPELLED = frozenset({"force", "compel", "oblige"})
REPRISALS = frozenset({"countermeasure", "reprisal", "retaliation", "counter-measure"})
RETALIATORY = frozenset({"retaliatory", "reciprocal", "punitive", "counter"})
# nouns that put forward an act not (yet) done: "a proposal for talks"
PROPOSALS = frozenset({"proposal", "offer", "plan", "invitation", "request", "bid", "idea"})
CONTACTS = frozenset({"telephone", "phone", "call", "ring", "meet", "visit", "write"})
THREATEN_ROOT = "13"
THREATEN_LOWEST = "10"  # a threatened act of a root below this (cooperation) is not done
PROVOKED_ROOTS = frozenset({"11", "14"})  # what a doer's act sparks from others
JOINT_DECISIONS = frozenset({"agree", "decide", "vow", "pledge", "resolve"})  # to act together
ACCUSE = "112"
CLAIMED_ACT_CONFIDENCE = 0.45
VISITOR_CONFIDENCE = 0.45  # "hosted Putin": his visit (042) is on record, below the threshold
CLAIM_RESPONSIBILITY = "015"
BACKGROUND_MARKS = frozenset({"after", "since"})
SIMULTANEOUS = frozenset({"as", "while", "when"})  # same time, same place
# nouns that sum up the act just told, so that a comma-led clause on them reacts to its
# doer: "..., a move Washington condemned as illegal", "..., a verdict Biden called a sham"
SUMMING_NOUNS = frozenset(
    {
        "move", "decision", "step", "verdict", "sentence", "ruling", "offer", "proposal",
        "plan", "attack", "charge", "allegation", "accusation", "claim", "measure",
        "action", "announcement", "demand", "remark", "comment", "statement", "deal",
        "visit", "killing", "strike", "raid", "operation", "bombing", "invasion",
        "annexation", "incursion", "vote", "ban", "order", "expulsion", "arrest",
        "execution", "test", "launch", "appointment", "policy", "request", "threat",
        "warning", "ultimatum", "gesture", "act", "declaration", "referendum",
        "speech", "address", "interview", "letter", "takeover", "coup", "crackdown",
        "detention", "shooting", "killings", "massacre", "seizure", "closure",
        "deployment", "intervention", "blockade", "siege", "election", "result", "sanction",
        "tariff", "law", "bill", "fine",
    }
)  # fmt: skip
# what one says an act in ("..., in a speech that Kagame praised")
SPEECHES = frozenset({"speech", "address", "statement", "interview", "letter", "remark"})
# street violence (CAMEO 145 and 175): who counts as a crowd, what counts as wrecking
EVIDENCE = frozenset({"proof", "evidence", "sign", "indication", "suggestion", "information"})
DEPLOYING = frozenset({"deploy", "station", "dispatch", "send", "mobilise", "mobilize", "position"})
# reactions aimed at whoever attacked the reactor ("..., and Ankara recalled its ambassador")
REACTION_ROOTS = frozenset({"10", "11", "16"})
PRISONS = frozenset({"prison", "jail", "gaol", "penitentiary"})
CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher"})
# the verbs of crowds going somewhere ("poured into the square")
CROWD_MOVES = frozenset({"pour", "stream", "flood", "flock", "march", "surge", "spill", "pack"})
CROWD_SUBJECTS = CROWDS | {"supporter"}  # "supporters of the TLP party clashed with police"
# what one beats people with ("beat voters with batons")
HAND_WEAPONS = frozenset(
    {"baton", "club", "stick", "truncheon", "whip", "rod", "bar", "pipe", "butt", "stone",
     "rock", "hammer", "machete", "knife", "axe", "belt", "cable", "fist"}
)  # fmt: skip
# verbs of looking into something ("a commission to investigate disappearances")
INQUIRING = frozenset(
    {"investigate", "probe", "examine", "look", "inquire", "investigation", "inquiry"}
)
BOMBING = "183"
PROTECTION = "074"
FORCE_NOUNS = frozenset(
    {
        "troop",
        "soldier",
        "police",
        "policeman",
        "officer",
        "peacekeeper",
        "force",
        "contingent",
        "marine",
        "paratrooper",
        "battalion",
        "brigade",
    }
)
# armed groups, and the bloodshed, that forces may be sent abroad to put down
INSURGENCY = frozenset(
    {"insurgent", "rebel", "militant", "jihadist", "terrorist", "gang", "islamist",
     "insurgency", "terrorism", "extremist", "militia", "pirate", "piracy"}
)  # fmt: skip
BLOODSHED = frozenset({"violence", "fighting", "unrest", "bloodshed", "killing", "clash"})
PROTECTIVE_PURPOSES = frozenset(
    {
        "help",
        "assist",
        "support",
        "lead",
        "protect",
        "secure",
        "restore",
        "keep",
        "bolster",
        "train",
        "guard",
        "stabilise",
        "stabilize",
        "build",  # "send 3,000 troops to Liberia to build treatment centres"
        "rebuild",
        "treat",
        "evacuate",
        "deliver",
        "distribute",
    }
)
# documents that act for whoever signs or passes them ("an order imposing tariffs")
DOCUMENTS = frozenset(
    {"order", "decree", "law", "bill", "resolution", "directive", "proclamation", "measure",
     "memorandum", "ordinance", "legislation", "regulation", "statute"}
)  # fmt: skip
# arrangements that stand until they end, unlike acts ("the visit ended")
STANDING = frozenset(
    {"ceasefire", "cease-fire", "truce", "deal", "agreement", "pact", "accord", "moratorium",
     "sanction", "embargo", "ban", "blockade", "curfew"}
)  # fmt: skip
ENDINGS = frozenset({"expire", "lapse", "collapse", "end", "fail", "falter", "unravel"})
OCCURRENCES = frozenset(
    {"break", "erupt", "flare", "rage", "continue", "intensify", "resume", "escalate", "begin",
     "start", "occur", "take", "spread"}
)  # fmt: skip
MUTUAL_ROOTS = frozenset({"04", "19"})  # fighting and talks between two sides go both ways
ENACTING = frozenset({"sign", "pass", "issue", "adopt", "approve", "enact", "decree", "unveil"})
GOODS = frozenset({"import", "export", "good", "product", "shipment", "steel", "oil", "gas"})
CARRYING = frozenset({"fly", "travel", "drive", "sail", "ferry", "airlift", "bring", "take"})
ADVANCING = frozenset({"march", "roll", "sweep", "push", "advance", "move", "storm"})
SEA = frozenset({"water", "waters", "sea", "ocean", "gulf"})
ARMED_ROLES = frozenset({"MIL", "REB", "INS", "UAF", "MUS"})
GROUND = frozenset(
    {"town", "city", "village", "territory", "region", "plant", "base", "airport", "field",
     "oilfield", "port", "side", "hill", "area", "district", "province", "capital", "border",
     "crossing", "outpost", "position", "island", "peninsula", "dam", "station", "zone",
     "headquarters", "headquarter", "building", "barracks", "garrison", "facility",
     "installation", "airbase", "airfield", "refinery", "mine", "palace"}
)  # fmt: skip
CHEMICAL_WEAPONS = "2041"
CHEMICAL_AGENTS = frozenset(
    {"chlorine", "sarin", "vx", "novichok", "ricin", "anthrax", "tabun", "chemical", "mustard",
     "chloropicrin", "phosgene"}
)  # fmt: skip  # "nerve gas", "poison gas", "mustard gas" too
HELPING = frozenset({"help", "assist", "support", "aid", "rebuild", "reconstruct"})
HUMANITARIAN_AID = "073"
AID_DELIVERIES = frozenset({"deliver", "provide", "distribute", "bring", "carry", "ferry"})
RELIEF = frozenset(
    {"aid", "relief", "food", "water", "medicine", "supply", "assistance", "tent", "shelter"}
)
TIME_SPANS = frozenset({"minute", "hour", "day", "week", "month"})
DEMONSTRATE = "141"
ASSAULT = "180"
CONVENTIONAL = frozenset({"190", "193"})  # fighting, small arms: not air or artillery
IRREGULAR_ROLES = frozenset({"REB", "INS", "CRM", "UAF", "MUS"})  # MUS: placed IMGMUS groups
CIVILIAN_ROLES = frozenset({"CVL", "EDU", "REL", "BUS", "MED", "HRI", "REF", "LAB", "AGR", "NGO"})
# weapons the parser makes the doers of an attack ("as rockets hit the city")
WEAPON_DOERS = frozenset(
    {"artillery", "launcher", "rocket", "missile", "shell", "drone", "jet", "warplane",
     "aircraft", "helicopter", "gunship", "tank", "mortar"}
)  # fmt: skip
STRIKES_FROM_AFAR = WEAPON_DOERS | frozenset(
    {"strike", "airstrike", "air-strike", "bomb", "bombing", "explosive", "shelling", "blast"}
)
PROTEST_PURPOSES = frozenset({"10", "11", "12"})  # demanding, opposing, rejecting
# what forces are sent against at home ("to quell protests", "to contain rioting")
QUELLING = frozenset(
    {"quell", "contain", "disperse", "suppress", "crush", "counter", "curb", "control",
     "stop", "prevent", "break", "clear", "end"}
)  # fmt: skip
UNREST = frozenset(
    {"protest", "protester", "demonstration", "demonstrator", "riot", "rioting", "rioter",
     "unrest", "uprising", "rally", "march", "strike", "violence", "crowd", "disturbance",
     "looting", "looter", "arson", "lawlessness", "mob"}
)  # fmt: skip
BUSINESSES = frozenset(
    {"subsidiary", "company", "firm", "business", "asset", "stake", "bank", "plant", "factory",
     "unit", "operation", "refinery", "mine", "brewery", "corporation"}
)  # fmt: skip
EMBARGO = "163"
TENSIONS = frozenset({"tension", "standoff", "dispute", "row", "feud"})
BOMBS = frozenset({"bomb", "bomber", "explosive", "ied", "blast", "explosion", "bombing"})
PROTEST_GATHERINGS = CROWDS | frozenset(
    {"protest", "demonstration", "rally", "sit-in", "vigil", "march", "encampment"}
)
# a crowd's street violence (not missiles or bombs); forces' violence against a crowd
# (not torture or killings, which keep their own codes)
RIOTING = frozenset({"171", "1711", "1712", "180", "182", "190"})
REPRESSING = frozenset({"180", "182", "190", "193"})
RIOT = "145"
BLOCKADE = "191"
OBSTRUCTION = "144"
PROTEST = "140"
PROTEST_ROOT = "14"
PROMPTING = frozenset({"prompt", "lead", "force", "spur", "push"})  # "..., prompting X to"
CLAIMED = frozenset({"responsibility", "credit"})  # "claimed responsibility for"
CONSULT_ROOT = "04"
APPEAL_ROOT = "02"
# verbs of going somewhere to meet ("attend a summit in Switzerland")
TRIPS = frozenset({"attend", "travel", "go", "fly", "arrive", "head", "visit", "tour"})
PRESSURE_ROOTS = frozenset({"10", "13"})  # demands and threats
# verbs that answer a demand or a threat made to the subject ("rejected Spain's ultimatum")
ANSWERS_TO_PRESSURE = frozenset(
    {"reject", "dismiss", "ignore", "defy", "accept", "heed", "spurn", "rebuff", "meet"}
)
DEFIANCE = "128"  # defy norms or law ("in defiance of UN resolutions")
OFFICIAL_PROTEST = "114"
REPRESSION = "175"
FORCE_ROLES = frozenset({"MIL", "REB", "COP", "UAF", "INS", "SPY"})
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
STATE_FORCES = frozenset({"MIL", "COP", "UAF", "SPY", "GOV"})  # who can repress a crowd
RETREAT = "0874"  # retreat or surrender militarily
# measures a threat names ("the tariffs he had threatened to impose")
THREATENED_MEASURES = frozenset({"tariff", "sanction", "duty", "levy", "embargo", "strike"})
# a negated future/modal cooperative act is a refusal ("would not provide support")
REFUSALS = {
    "01": "011",  # "declined to comment"
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "120",
    "08": "124",
}
# what exactly was refused, by the refused act's code (CAMEO 121-124): "refused to send
# weapons to Kyiv" rejects military aid (1222), "would not free the hostages" 1243
REFUSED_ACTS = {
    "061": "1211", "062": "1212",
    "070": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232",
    "0833": "1233", "0834": "1234", "084": "1243", "085": "1244", "086": "1245",
    "087": "1246",
}  # fmt: skip
# the meeting place or battlefield is the target when the sentence names no other
LOCATION_TARGET_ROOTS = frozenset({"02", "04", "08", "10", "14", "15", "17", "18", "19", "20"})
# money the parser did not tag as such ("88 million euros in budget support")
CURRENCIES = frozenset(
    {"euro", "dollar", "pound", "yen", "yuan", "rupee", "franc", "rouble", "ruble", "shekel",
     "rand", "naira", "peso", "dinar", "riyal", "dirham", "lira", "won", "taka", "shilling"}
)  # fmt: skip
# heads that count what their of-phrase names ("dozens of rockets")
QUANTITIES = frozenset(
    {
        "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
        "number", "lot", "series", "wave", "handful", "couple", "pair", "batch", "group", "team",
        "total", "million", "millions", "billion", "billions", "ton", "tonne", "tons", "tonnes",
        "most", "some", "all", "much", "many", "part", "half", "rest", "bulk", "majority",
        "round", "spate", "string", "flurry", "barrage", "volley", "salvo", "first", "last",
        "cargo", "shipment", "consignment", "planeload", "shipload", "truckload", "package",
        "delivery", "supply", "transfer", "provision", "entry", "flow", "passage",
        "day", "days", "week", "weeks", "hour", "hours", "campaign", "act",
    }
)  # fmt: skip
# verbs whose object is a cooperation they mean to take up ("plan joint patrols")
PLANNING = frozenset({"plan", "propose", "pledge", "promise", "vow", "offer"})
# adjectives that state an intention to do their complement ("ready to hold talks")
READY = frozenset({"ready", "willing", "prepared", "eager", "keen", "determined", "open"})
# nouns that frame a to-infinitive as the voicer's own threat or intent, and the verbs
# that voice them ("renewed threats to close", "announced plans to send")
FRAMING_NOUNS = {
    "threat": "threat",
    "plan": "intent",
    "intention": "intent",
    "pledge": "intent",
    "promise": "intent",
    "vow": "intent",
    "commitment": "intent",
    "offer": "intent",
}
VOICING = frozenset(
    {"renew", "repeat", "reiterate", "issue", "make", "voice", "announce", "unveil", "revive"}
)
FULFILLING = frozenset({"carry", "fulfil", "fulfill", "implement", "execute", "honour", "honor"})
# nouns whose to-infinitive names an act not (yet) done ("an ultimatum to call elections")
IRREALIS_HEADS = frozenset(
    {
        "plan", "effort", "attempt", "bid", "ultimatum", "call", "demand", "proposal",
        "offer", "threat", "push", "pressure", "appeal", "request", "deadline", "intention",
        "aim", "goal", "hope", "readiness", "willingness", "chance", "move", "campaign",
        "drive", "pledge", "promise", "vow", "invitation", "refusal", "failure", "way",
        "order", "mandate",
    }
)  # fmt: skip
# appeals, demands, criticism, rejection and protest by people, addressed to institutions
ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "14"})
# talks and visits happen at venues abroad: their place says nothing of who took part
VENUE_ROOTS = frozenset({"03", "04", "05"})
# protests need no named target: "thousands of opposition supporters rallied in the capital"
UNDIRECTED_ROOTS = frozenset({"14", "15"})  # and shows of force: "conducted a nuclear test"
# "declined to comment"; "the group claimed responsibility" (for whatever it did)
UNDIRECTED_CODES = frozenset({"011", "015"})
# "plans to meet", "wants to help": the intent of the embedded act (CAMEO 03x), by its
# root, or by its own code where that says more ("will release" is 0353, not 035)
INTENTS = {
    "04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
    "045": "039", "046": "036",
    "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
    "0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355",
    "087": "0356",
}  # fmt: skip
# modifiers of an event noun that say it is not (yet) established
UNCONFIRMED = frozenset(
    {"alleged", "suspected", "purported", "possible", "potential", "planned", "proposed",
     "expected", "rumoured", "rumored", "threatened", "feared"}
)  # fmt: skip
# administrative restrictions (curfew, martial law, state of emergency, bans): a state
# imposes them on its own population unless the sentence names another target
RESTRICTIONS = "172"
ATTEMPTED_ASSASSINATION = "185"
KILLING_VERBS = frozenset({"kill", "assassinate", "murder", "shoot", "stab"})
# reforms a state grants its own people ("withdrew the finance bill", "repealed the law"),
# and a leader's resignation ("Hasina resigns as protesters storm palace")
RESIGNATION = "0831"  # accede to demands for a change in leadership
REFORMS = frozenset({"083", "0831", "0832", "0833", "0834"})
EASED_RESTRICTIONS = frozenset({"0811", "0813", "0814", "0863"})  # censorship, curfews,
# emergencies; aid let in to one's own regions ("Ethiopia allows first aid convoy into Tigray")
# acts a state does to its own people: judging, coercing, assaulting
JUDGED_ROOTS = frozenset({"09", "11", "17", "18"})
# verdict adjectives read as particles ("found X guilty")
VERDICTS = frozenset({"guilty", "liable", "responsible"})
BLAME_NOUNS = frozenset({"responsibility", "blame"})  # "bore responsibility for the war"
# killings refined by their victims (_killing)
KILLINGS = frozenset({"180", "190", "193", "1823"})
DENIAL = "016"  # "denied involvement"
LETHAL = frozenset({"kill", "murder", "slay", "execute", "massacre", "slaughter", "behead"})
POLITICAL_ROLES = frozenset({"GOV", "ELI", "LEG", "JUD", "OPP", "PTY"})
ASSASSINATE, ASSASSINATION_ATTEMPT = "186", "185"
# one holder of a political office, named by its title
OFFICE_WORDS = frozenset(
    {"mayor", "governor", "minister", "headman", "chief", "judge", "prosecutor", "senator",
     "lawmaker", "legislator", "mp", "official", "president", "candidate", "councillor",
     "councilor", "deputy", "speaker", "commander", "leader", "ambassador", "envoy"}
)  # fmt: skip
MASS_KILLING, MASS_KILLING_CODE = 50, "202"
NONCOMBATANTS = frozenset({"CVL", "REL", "REF", "EDU", "AGR", "LAB", "HLH", "MED", "HRI", "NGO"})
# ("scores of civilians": more than a few dozen)
COUNT_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "scores": 60}
# a host (043) is visited (042) by its guest
HOST, VISIT = "043", "042"
MEDIATE = "045"
PROTECTION_INTENT = "0334"  # intent to provide military protection or peacekeeping
# legal pursuit: "a leader wanted by the ICC", "a tycoon sanctioned by Washington"
PURSUING = frozenset(
    {"want", "seek", "accuse", "suspect", "charge", "indict", "convict", "sanction", "blacklist"}
)
PERMITTING = frozenset({"allow", "let", "permit"})
MUTUAL_MODIFIERS = frozenset({"reciprocal", "mutual", "bilateral"})
DE_ESCALATION = "087"  # "halted air strikes on Gaza"
DE_ESCALATION_INTENT = "0356"  # "would stop bombing Yemen's Houthi rebels"
MEDIATED = frozenset({"040", "043", "046"})  # talks one side holds between two others
MILITARY_WITHDRAWAL, LEAVE_ORGANISATION = "0874", "160"
ULTIMATUM, EXPULSION = "139", "174"
COERCE = "170"  # "a court ordered Poland to pay a fine": binding, not a demand
EXPELLABLE = frozenset(
    {"diplomat", "ambassador", "envoy", "attache", "consul", "staff", "personnel", "journalist",
     "correspondent", "reporter", "national", "foreigner", "citizen", "worker", "official"}
)  # fmt: skip
# a show of force (alert, mobilisation) is aimed at whoever provoked it
POSTURE = "15"
# what a state's forces say of their own operations: "the army said it had killed" (not
# "claimed", which reports a contested assertion)
OPERATION_REPORTS = frozenset({"say", "announce", "report", "confirm", "state"})
REPORTING = OPERATION_REPORTS | {"tell", "add"}  # the verbs an official reports with
DRAFTING = frozenset({"draft", "sponsor", "propose", "back", "broker", "author"})  # lemmas
BROKERING = frozenset({"broker", "mediate"})  # lemmas: "a US-brokered deal"
HELPING = frozenset({"help", "assist", "enable"})  # "to help Haiti fight the gangs"
MEDIATION_NOUNS = frozenset({"mediation", "auspices", "sponsorship"})  # "under X's mediation"
# what parties agree on together, which a broker mediates (not a truce they broke)
AGREED_ROOTS = frozenset({"03", "04", "05", "06", "08"})
DAY_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tomorrow", "tonight", "weekend"}
)
RETALIATION = frozenset({"retaliate", "avenge", "respond"})
# participles that tell what the speaker of the main clause did while speaking
SPEAKING_PARTICIPLES = frozenset(
    {"threaten", "warn", "accuse", "vow", "urge", "demand", "blame", "call", "insist"}
)
# people (not goods or ground) that can be seized
PEOPLE = frozenset(
    {"soldier", "troop", "civilian", "hostage", "tourist", "worker", "journalist", "reporter",
     "child", "student", "officer", "policeman", "sailor", "crew", "pilot", "diplomat",
     "official", "people", "villager", "passenger", "fisherman", "national", "citizen",
     "foreigner", "marine", "engineer", "missionary", "nurse", "doctor", "teacher",
     "schoolchild", "schoolchildren", "schoolgirl", "schoolboy", "girl", "boy", "woman", "man",
     "suspect", "resident", "activist", "protester", "employee", "farmer", "trader", "migrant",
     "refugee", "priest", "monk", "cleric", "aid worker", "businessman", "lawmaker"}
)  # fmt: skip
FIRING = frozenset({"fire", "shell", "launch", "strike", "bomb", "pound"})  # answering fire
# "in what officials called an assassination attempt": the verbs that name an act
NAMING = frozenset({"call", "describe", "term", "label", "brand", "dub", "characterize"})
NAMING |= {"characterise", "denounce", "condemn", "decry", "hail"}
# "Israel responded with air strikes", "unions brought the country to a standstill with a
# general strike": the clause's doer did what the "with" noun names
INSTRUMENTAL = frozenset(
    {"respond", "retaliate", "react", "reply", "answer", "mark", "greet", "bring", "paralyse"}
    | {"paralyze", "cripple", "shut", "halt", "proceed", "press", "push", "begin", "start"}
    | {"continue", "follow", "kick", "open", "launch", "hit", "strike", "punish"}
)
# nouns that name a verb's act ("a pause in aid", "the suspension of loans"), by that verb
NOMINALISED = {
    "pause": "pause",
    "halt": "halt",
    "suspension": "suspend",
    "freeze": "freeze",
    "cut": "cut",
    "cutoff": "cut",
}
EXERCISES = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "game"})
MILITARY_COOPERATION = "062"
# headlines read by word order when their parse gives no event
HEADLINE_MAX_TOKENS = 16
HEADLINE_CONFIDENCE = 0.6
# the country part of transnational militant groups (CAMEO "IMG")
TRANSNATIONAL = "IMG"
# movements with a branch of their own in a neighbouring country ("the Taliban" in Pakistan)
LOCAL_BRANCHES = {"AFGINSTAL": {"PAK": "PAKINSTTP"}}
BODIES = ("IGO", "NGO")  # international organisations: no country of their own
INTERNATIONAL = (*BODIES, TRANSNATIONAL)
# vehicles named by what they carry ("planes carrying drinking water")
# arriving is delivering, for a vehicle loaded with aid (_delivery_candidate)
ARRIVALS = frozenset({"arrive", "reach", "land", "dock", "enter", "cross"})
AID_LOADS = (
    ("073", frozenset({"food", "medicine", "medical", "relief", "aid", "humanitarian aid",
                       "food aid", "supply", "water", "tent", "flour", "grain", "fuel"})),
    ("072", frozenset({"weapon", "arm", "ammunition", "munition", "missile", "tank"})),
)  # fmt: skip
VEHICLES = frozenset(
    {"plane", "aircraft", "ship", "vessel", "truck", "lorry", "convoy", "helicopter", "flight",
     "boat", "train"}
)  # fmt: skip
# participles that tell what an attack did ("..., killing 11 people")
CONSEQUENCES = frozenset({"kill", "wound", "injure", "leave", "shoot"})
SETTLING = frozenset({"end", "pave", "clear", "open", "allow", "formalise", "formalize"})
# verbs that tell an accusation, whose subject a denial answers
TELLING = frozenset({"accuse", "blame", "say", "allege", "charge", "claim", "tell"})
# report verbs that make what is reported the speaker's allegation ("the US claimed ...")
ALLEGING = frozenset({"claim", "allege", "accuse", "charge", "insist", "maintain"})
# nouns whose clause states what someone alleges, not what happened
ALLEGATIONS = frozenset(
    {"accusation", "allegation", "claim", "charge", "suggestion", "rumour", "rumor",
     "speculation", "suspicion", "fear", "report", "assertion"}
)  # fmt: skip
# what an object relative clause may answer ("an allegation Ramaphosa rejected")
ANSWERED_NOUNS = frozenset(
    {"allegation", "accusation", "charge", "claim", "demand", "offer", "proposal", "plan",
     "request", "call", "ultimatum", "invitation", "appeal", "report"}
)  # fmt: skip
# whom one speaks to without consulting them ("spoke to reporters")
AUDIENCES = frozenset(
    {"reporter", "journalist", "press", "medium", "media", "newsman", "audience", "crowd",
     "supporter", "student", "viewer", "listener", "gathering", "rally", "follower"}
)  # fmt: skip
# demanding, urging or seeking someone's release (1053, 0253): made to whoever holds them
RELEASE_DEMANDS = frozenset({"1053", "0253"})
# participles that make their noun a captive ("the schoolgirls held by Boko Haram")
CAPTIVITY = frozenset(
    {"hold", "detain", "kidnap", "abduct", "capture", "seize", "imprison", "jail", "arrest"}
)
# report verbs whose future, agentless complement is the speaker's threat
WARNINGS = frozenset({"warn", "threaten", "vow"})
# "threatened to attack", "wants to attack": the threat of the embedded act (CAMEO 13x)
THREATS = {
    "14": "133",
    "15": "138",
    "16": "1311",
    "17": "131",
    "18": "1383",
    "19": "1384",
    "20": "1385",
}


Pair = tuple[ActorRef | None, ActorRef | None]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger that matched a lexicon entry, before its actors are known."""

    trigger: Token
    verb: Token  # the clause verb that carries subject, negation and modality
    noun: Token | None  # the event noun for light-verb and nominal events
    cameo: str
    targets: tuple[str, ...]
    plover_mode: str
    rule: str
    nominal: bool = False
    reverse: bool = False  # "received aid from X": X is the source, the subject the target
    intransitive: bool = False  # the entry names no target ("protested", "resigned")
    # the entry reads the verb's negation as part of the act ("did not rule out force")
    negation_read: bool = False


def _recognition_withdrawn(cand: Candidate) -> Candidate | None:
    """ "switches diplomatic recognition from Taiwan to China": besides the recognition
    given, the ties ended with whom it is taken from (161)."""
    if (
        not cand.cameo.startswith("054")
        or cand.noun is None
        or cand.noun.lemma_.lower() != "recognition"
        or not (_prep_objects(cand.verb, "from") or _prep_objects(cand.noun, "from"))
    ):
        return None
    return replace(cand, cameo="161", targets=("from",), rule=cand.rule + "+withdrawn")


def _delivery_candidate(verb: Token) -> Candidate | None:
    """ "A Saudi plane carrying 35 tonnes of food aid landed in Aleppo", "a WFP convoy
    carrying food reached Mekelle": a vehicle loaded with aid arriving delivers it (07x)."""
    if verb.lemma_.lower() not in ARRIVALS or verb.pos_ != "VERB":
        return None
    for subject in _children(verb, {"nsubj"}):
        # ("New Zealand and Australian military aircraft landed", the head a conjunct)
        if not any(t.lemma_.lower() in VEHICLES for t in [subject, *subject.conjuncts]):
            continue
        load = _object_names(subject) - {subject.lemma_.lower(), subject.lower_}
        # ("military aircraft landed in Tonga carrying water and shelter")
        load |= {
            name
            for c in _children(verb, {"advcl"})
            if c.tag_ == "VBG" and c.lemma_.lower() in {"carry", "bring", "ferry"}
            for o in _direct_objects(c)
            for name in _object_names(o)
        }
        cameo = next((code for code, words in AID_LOADS if load & words), None)
        if cameo is not None:
            return Candidate(
                verb,
                verb,
                None,
                cameo,
                ("dobj", "in", "at", "into", "to"),
                "",
                f"delivery:{verb.lemma_.lower()}",
            )
    return None


def _is_passive(verb: Token) -> bool:
    """Passive clause, or a reduced passive relative ("civilians killed by the army")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # (not "an attack the ministry blamed on the Taliban": a relative with its subject)
        return not _children(verb, {"nsubj"})
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)


def _passive_subjects(verb: Token) -> list[Token]:
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _is_passive(verb):
        return [verb.head]
    found = _children(verb, PASSIVE_SUBJECTS)
    if not found and verb.dep_ == "conj":
        # "were arrested and released by police": the subject is shared
        found = _children(verb.head, PASSIVE_SUBJECTS | SUBJECTS)
    return found


def _future(verb: Token) -> bool:
    """ "will meet", "would be hit"."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def _says_own_future(verb: Token, head: Token, actors: ArticleActors) -> bool:
    """ "X said it will/would ...", "X said X could ...", "Pakistan will release the
    pilot, Prime Minister Imran Khan said": the speaker's own (country's) future act."""
    if not any(c.dep_ == "aux" and c.lower_ in PROSPECTIVE_MODALS for c in verb.children):
        return False
    subjects = _children(verb, SUBJECTS)
    speakers = _children(head, SUBJECTS)
    if not speakers and head.dep_ == "conj":
        # "welcomed the signals from Abiy and said he would send a delegation"
        speakers = _children(head.head, SUBJECTS)
    if not subjects or not speakers:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return subject.lower_ not in {"you", "there", "this", "that"}
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return True  # "his country will not bow"
    if subject.lemma_.lower() == speakers[0].lemma_.lower():
        return True
    # "China's defence ministry said the People's Liberation Army would crush ...",
    # "Obama and Castro announced that the two countries would restore relations"
    doers = {r.code[:3] for r in actors.resolve_all(subject) if _named(r)}
    return bool(doers & {r.code[:3] for r in actors.resolve_all(speakers[0])})


def _progressive(verb: Token) -> bool:
    """ "is closing", "was sending": an act under way as it is told."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children
    )


def _asked_about(clause: Token) -> list[Token]:
    """Whom a whether-clause asks about: "(into) whether President Boluarte enriched
    herself"; or the people a gerund clause the parser made of a noun and its participle
    tells of: "(opened fire on) tens of thousands of people marching in Managua" (not
    "with" one: "talks ..., with Omani mediators shuttling between", the circumstance)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if not marks & {"whether", "if"} and (
        marks or clause.tag_ != "VBG" or clause.head.lower_ == "with"
    ):
        return []
    return [_counted(s) for s in _children(clause, SUBJECTS)]


def _named_as(verb: Token) -> set[str]:
    """The words a verb calls its object ("called the tariff unfair and unjustified",
    "branded the vote a farce", "described the raid as an outrage", "..., a verdict Biden
    called a sham"); none for a pronoun ("condemned the arms sale, calling it
    interference" tells one criticism)."""
    # ("Trump calls Trudeau 'dishonest and weak'": a headline's object read as adverbial)
    objects = _children(verb, {"dobj"}) or _adverbial_names(verb)
    if (not objects and _summed_act(verb) is None) or any(
        # ("Japan condemned the test, and Bush called it a provocation": a second critic)
        o.pos_ == "PRON"
        and o.tag_ not in {"WDT", "WP"}  # ("a move that Washington described as ...")
        and not _what_named(o)
        and verb.dep_ not in {"conj", "ROOT"}
        for o in objects
    ):
        return set()
    called = _children(verb, {"oprd"}) + _prep_objects(verb, "as")
    # ("a textbook example of ethnic cleansing", "an act of aggression")
    called += [o for c in called for o in _prep_objects(c, "of")]
    return {t.lower_ for c in called for t in [c, *c.conjuncts, *c.children]}


def _adverbial_names(verb: Token) -> list[Token]:
    """ "Zelensky visits Washington, wins pledge": a headline's object name the parser
    read as an adverbial, right after the verb."""
    return [
        c
        for c in _children(verb, {"npadvmod"})
        if c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1 and c.ent_type_ not in {"DATE", "TIME"}
    ]


def _what_named(obj: Token) -> bool:
    """Whether ``obj`` is the "what" of "(drove them out,) in what the UN called ethnic
    cleansing": the clause the phrase hangs from is the act named."""
    naming = obj.head
    return (
        obj.lower_ == "what"
        and obj.dep_ == "dobj"
        and naming.lemma_.lower() in NAMING
        and naming.dep_ == "pcomp"
        and naming.head.lower_ == "in"
    )


def _each_side(subject: Token) -> bool:
    """ "each side", "both sides", "each" as a subject."""
    if subject.lower_ == "each":
        return True
    return subject.lemma_.lower() == "side" and any(
        c.lower_ in {"each", "both"} for c in subject.children
    )


def _two_sides(sent: Span, actors: ArticleActors) -> list[ActorRef]:
    """The two parties a sentence names, one per country ("fighting between Armenian and
    Azerbaijani forces"); none unless there are exactly two."""
    sides: dict[str, ActorRef] = {}
    for token in sent:
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        for ref in actors.resolve_all(token):
            if _named(ref) and ref.kind not in {"place", "capital"} and ref.code[:3] not in sides:
                sides[ref.code[:3]] = ref
    return list(sides.values()) if len(sides) == 2 else []


def _what_called(obj: Token) -> bool:
    """Whether ``obj`` is the clause of "condemned what it called an attempted coup"."""
    return (
        obj.dep_ == "ccomp"
        and obj.lemma_.lower() in NAMING
        and any(c.dep_ == "dobj" and c.lower_ == "what" for c in obj.children)
    )


def _doers(verb: Token, through: frozenset[str] | set[str] = frozenset({"conj"})) -> list[Token]:
    """The subjects of a clause verb, or of the verb it is coordinated with (or, with
    ``through``, hangs on otherwise)."""
    while True:
        found = _children(verb, SUBJECTS)
        if found or verb.dep_ not in through or verb.head.pos_ not in {"VERB", "AUX"}:
            return found
        verb = verb.head


def _named_terrorist(verb: Token) -> bool:
    """Whether the verb names its object a terrorist group ("designated the Houthis as a
    terrorist organisation", "declares Muslim Brotherhood a terrorist group", the name
    read as an indirect object)."""
    named = _named_as(verb)
    if _children(verb, {"dative"}):
        named |= {t.lower_ for o in _children(verb, {"dobj"}) for t in o.subtree}
    return any(word.startswith("terror") for word in named)


# what leaders talk over ("spoke by telephone with", "over a video link with")
MEANS_OF_CONTACT = frozenset(
    {"telephone", "phone", "video", "videoconference", "link", "call", "line", "hotline"}
)


def _act_told_before(verb: Token) -> Token | None:
    """The verb of the clause before when ``verb``'s object only names its act ("imposed
    sanctions on Russia and China condemned the move", "recognised Kosovo, while Russia
    denounced the decision")."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.dep_ == "advcl" and head.lemma_.lower() in PROMPTING:
        # "shot dead 16 villagers, prompting Karzai to denounce the killings": the act
        # that prompted it
        head = head.head
    elif verb.dep_ not in {"conj", "advcl"}:
        return None
    if head.pos_ not in {"VERB", "AUX"} or head.i > verb.i:
        return None
    objects = _children(verb, {"dobj"})
    if len(objects) != 1:
        return None
    obj = objects[0]
    if obj.lemma_.lower() in {"halt", "end", "stop", "cessation"}:
        # "demanded an immediate halt to the strikes": the act to be stopped
        inner = _prep_objects(obj, "to") or _prep_objects(obj, "of")
        if len(inner) != 1:
            return None
        obj = inner[0]
    if (
        obj.lemma_.lower() not in SUMMING_NOUNS
        or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in obj.children)
        or any(
            c.dep_ in {"poss", "prep", "compound", "amod", "acl", "relcl"}
            and not (c.dep_ == "prep" and c.lower_ == "as")  # "denounced the move as a coup"
            # ("slams 'disproportionate' move": a judgement, not whose it is)
            and not (c.dep_ == "amod" and c.pos_ == "ADJ" and c.text.islower())
            for c in obj.children
        )
    ):
        return None
    return head


def _reporting_state(verb: Token, actors: ArticleActors) -> str:
    """The country of the state official or body whose report ``verb`` is in ("Serbian
    President Boris Tadic announced that police had arrested ..."), else ""."""
    clause = verb
    for _ in range(3):
        if clause.dep_ not in {"ccomp", "conj"} or clause.head.i == clause.i:
            return ""
        clause = clause.head
        if clause.lemma_.lower() in REPORTING:
            for subject in _children(clause, SUBJECTS):
                ref = actors.resolve(subject)
                if _named(ref) and ref is not None and ref.code[3:6] in STATE_ROLES:
                    return ref.code[:3]
            return ""
    return ""


def _reported_state(verb: Token, actors: ArticleActors) -> str:
    """The country of the one state whose act an unnamed ministry reports, for the
    ministry's own acts ("Poland has deployed troops ..., the defence ministry said,
    accusing Minsk of ..."), else ""."""
    report = verb.head if verb.dep_ == "advcl" else verb
    if report.lemma_.lower() not in REPORTING:
        return ""
    states = {
        ref.code[:3]
        for clause in _children(report, {"ccomp"})
        for subject in _children(clause, SUBJECTS)
        if _named(ref := actors.resolve(subject))
        and ref is not None
        and (ref.kind == "country" or ref.code[3:6] in STATE_ROLES)
    }
    return states.pop() if len(states) == 1 else ""


def _blaming_clauses(verb: Token) -> list[Token]:
    """The reports of the verb that someone was behind or responsible for something:
    "saying Russian intelligence officers were behind the blast" (an accusation)."""
    return [
        c
        # (or the second of two reports: "said the attack was reckless and that Moscow
        # was responsible")
        for report in _children(verb, {"ccomp"})
        for c in [report, *report.conjuncts]
        if (
            (
                c.lemma_ == "be"
                and (
                    any(p.lower_ == "behind" for p in _children(c, {"prep"}))
                    or any(a.lower_ in {"responsible", "culpable"} for a in _children(c, {"acomp"}))
                    # "said Ukrainian shelling was to blame for the escalation"
                    or any(x.lemma_.lower() == "blame" for x in _children(c, {"xcomp"}))
                )
            )
            # "stressed that Russia bore ultimate responsibility"
            or (
                c.lemma_ in {"bear", "carry"}
                and any(
                    o.lemma_.lower() in BLAME_NOUNS and not _with_no(o)
                    for o in _children(c, {"dobj"})
                )
            )
        )
        and not _children(c, {"neg"})
    ]


def _says_must(verb: Token) -> bool:
    """A report that someone must or should act: "said Washington must first lift its
    sanctions", "told Islamabad it must act against militants" (a demand)."""
    return any(
        any(a.dep_ == "aux" and a.lower_ in {"must", "should"} for a in c.children)
        and all(m.lower_ == "that" for m in _children(c, {"mark"}))
        # a named someone ("Washington", "it" for the one told), not "the world"
        and any(s.pos_ in {"PROPN", "PRON"} or s.ent_type_ for s in _children(c, SUBJECTS))
        for c in _children(verb, {"ccomp"})
    )


def _one_state(first: ActorRef, second: ActorRef) -> bool:
    """A country and its own state ("SAU" and "SAUGOV"): one side, not two."""
    codes = sorted((first.code, second.code), key=len)
    return len(codes[0]) == 3 and codes[1][3:6] in STATE_ROLES


def _summed_act(verb: Token) -> Token | None:
    """The noun a comma-led clause reacts through when it sums up the act just told:
    "proclaimed the annexation, a move the US condemned as illegal", "convicted him, a
    verdict Biden called a sham", "an offer New Delhi swiftly rejected"."""
    noun = verb.head
    if verb.dep_ not in {"relcl", "acl"} or noun.lemma_.lower() not in SUMMING_NOUNS:
        return None
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.pos_ in {"VERB", "AUX"}
        and noun.i < verb.i
        and (
            noun.lemma_.lower() in SPEECHES
            or (noun.head.i > 0 and verb.doc[noun.head.i - 1].text == ",")
        )
    ):
        # "acknowledged France's responsibility ..., in a speech that Kagame praised as
        # an act of great courage": the speech of the clause it hangs on; "detained
        # President Bazoum ..., in a move the African Union condemned as a coup": its act
        return noun
    if noun.head.i == noun.i or not (
        noun.dep_ in {"appos", "npadvmod"}
        # "fired rubber bullets ..., a move Russia condemned" (read as a second object)
        or (noun.dep_ == "dobj" and any(o.i < noun.i for o in _children(noun.head, {"dobj"})))
    ):
        return None
    start = noun.left_edge.i
    if start == 0 or verb.doc[start - 1].text != "," or noun.i > verb.i:
        return None
    return noun


def _destinations(verb: Token, actors: ArticleActors) -> list[Token]:
    """Where forces are sent: "to waters off Venezuela", "to the border with Afghanistan"."""
    places = _prep_objects(verb, "to")
    return [
        *(p for p in places if actors.resolve(p) is not None),
        *(o for p in places for w in ("off", "with", "near") for o in _prep_objects(p, w)),
        *(o for p in places for o in _children(p, {"dobj"})),  # "waters off/prt Venezuela"
        # "drills in six zones encircling Taiwan"
        *(
            o
            for t in verb.subtree
            if t.dep_ == "acl" and t.lemma_.lower() in {"encircle", "surround", "ring"}
            for o in _children(t, {"dobj"})
        ),
    ]


def _purpose_beneficiaries(verb: Token, inquiry: bool = False, access: bool = False) -> list[Token]:
    """Whom a to-infinitive purpose acts on: "(pledged $3 billion) to shore up Yemen's
    economy" -> Yemen's economy, Yemen; for an ``inquiry`` also whom what it looks into
    is against ("(ordered a team) to probe allegations against Prime Minister Sharif"); for
    ``access`` where it lets things in ("(opened the crossing) to let aid trucks into the
    Gaza Strip")."""
    found: list[Token] = []
    # (not "agreed to cut off": what is agreed; but an inquiry's team is sent to probe)
    for purpose in _purposes(_children(verb, {"advcl", "xcomp"} if inquiry else {"advcl"})):
        for obj in _direct_objects(purpose):
            found += [obj, *_children(obj, {"poss"})]
            if inquiry:
                found += _prep_objects(obj, "against")
            if access:
                found += [o for t in obj.subtree for o in _prep_objects(t, "into")]
    if inquiry:
        # "set up a fact-finding mission to investigate Iran's crackdown": what the body
        # set up is to look into
        for obj in _direct_objects(verb):
            for clause in _children(obj, {"relcl", "acl"}):
                if _marked_to(clause):
                    for inner in _direct_objects(clause):
                        found += [inner, *_children(inner, {"poss"})]
    return found


def _local_branches(pairs: list[Pair], located: Callable[[], list[ActorRef]]) -> list[Pair]:
    """ "Taliban gunmen stormed a school in the Pakistani city of Peshawar", "Taliban
    gunmen shoot Pakistani teenage activist": a movement with a branch of its own in the
    country where it acts, or whose civilians it attacks, is that branch."""
    if not any(s is not None and s.code in LOCAL_BRANCHES for s, _ in pairs):
        return pairs
    places = located()
    out: list[Pair] = []
    for source, target in pairs:
        branches = LOCAL_BRANCHES.get(source.code, {}) if source is not None else {}
        if places:
            where = places[0].code[:3]
        elif target is not None and target.code[3:6] in CIVILIAN_ROLES | {"OPP"}:
            where = target.code[:3]  # civilians are attacked at home
        else:
            where = ""
        if source is not None and where in branches:
            source = replace(source, code=branches[where], rule=source.rule + "+local-branch")
        out.append((source, target))
    return out


def _sole_rival(verb: Token, actors: ArticleActors, own: set[str]) -> list[Token]:
    """The one other state a sentence names, whom a show of force is aimed at: "put the
    army on alert as tensions rose with Kosovo", "Greece protests to Turkey, puts navy on
    alert"; none where two or more are named."""
    found: dict[str, Token] = {}
    for tok in verb.sent:
        if tok.pos_ not in {"PROPN", "NOUN"}:
            continue
        ref = actors.resolve(tok)
        if (
            _named(ref)
            and ref is not None
            and ref.code[:3] not in own
            and not ref.code.startswith("IGO")
            and (ref.kind == "country" or ref.code[3:6] in STATE_ROLES)
        ):
            found.setdefault(ref.code[:3], tok)
    return list(found.values()) if len(found) == 1 else []


def _purposes(clauses: list[Token]) -> list[Token]:
    """The bare to-infinitive purposes among ``clauses`` ("to send a clear message", not
    "so as to" or "in order to" with a mark of their own)."""
    return [c for c in clauses if _marked_to(c) and not _children(c, {"mark"})]


def _purpose_objects(verb: Token, actors: ArticleActors) -> list[Token]:
    """Whom a to-infinitive purpose is about: "to send a clear message to Iran", "(calling
    up reservists) to bolster his war in Ukraine"."""
    clauses = _children(verb, {"advcl", "xcomp"})
    clauses += [x for c in clauses if c.tag_ == "VBG" for x in _children(c, {"advcl", "xcomp"})]
    found: list[Token] = []
    for purpose in _purposes(clauses):
        found += [
            o
            for c in purpose.children
            if c.dep_ in {"dative", "prep"}
            for o in _children(c, {"pobj"})
        ]
        found += _inner_actors(_direct_objects(purpose), actors)
    return found


def _with_no(noun: Token) -> bool:
    """A noun "no" determines: "no responsibility", "no contact", "No Western government"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _under_no(noun: Token) -> bool:
    """ "had no interest in any talks with Seoul", "no plans for a meeting": a nominal
    event a "no" phrase denies."""
    holder = noun.head.head
    return noun.dep_ == "pobj" and holder.pos_ == "NOUN" and _with_no(holder)


def _in_order(words: tuple[str, ...], among: list[str]) -> bool:
    """``words`` appear in ``among`` in that order, others allowed between."""
    rest = iter(among)
    return all(word in rest for word in words)


def _gerund_complement(verb: Token) -> bool:
    """ "ruled out sending missiles to Ukraine": a gerund right after its verb (and
    particle) that the parser hung as an adverbial is the verb's complement."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < head.i:
        return False
    if _children(verb, {"mark", "nsubj"}):
        return False
    between = verb.doc[head.i + 1 : verb.i]
    return all(t.dep_ == "prt" and t.head.i == head.i for t in between)


def _in_time_phrase(noun: Token, also: frozenset[str] | set[str] = frozenset()) -> bool:
    """A noun that an after-, since- or following-phrase puts before the news ("a day
    after Pelosi's visit", "a year after the referendum")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in BACKGROUND_MARKS | {"following"} | also


def _helped_purpose(verb: Token) -> bool:
    """The act a purpose infinitive of help is for: "sent troops to help Haiti fight the
    gangs" (not "helped Ukraine fight Russia", which tells the fight); so is the fight
    forces are sent abroad for ("deploy to Cabo Delgado to fight insurgents")."""
    helper = verb.head
    if verb.dep_ == "advcl" and _marked_to(verb) and _quelling(verb):
        return _sent_for(helper) == PROTECTION
    return (
        verb.dep_ in {"xcomp", "ccomp"}
        and helper.lemma_.lower() in HELPING
        and helper.dep_ in {"advcl", "acl", "relcl", "xcomp"}
        and _marked_to(helper)
    )


def _marked_to(verb: Token) -> bool:
    """The verb carries its own infinitive marker ("to stop an advance")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_frame(verb: Token) -> str:
    """How a noun the subject voices frames its to-infinitive: "renewed threats to close
    the Strait" (threat), "announced a plan to send troops" (intent), "carried out its
    threat to expel the envoy" (done); "" otherwise (not "condemned Turkey's threat":
    another's)."""
    noun = verb.head
    if (
        verb.dep_ not in {"acl", "relcl", "advcl"}
        or not _marked_to(verb)
        or noun.pos_ != "NOUN"
        or noun.lemma_.lower() not in FRAMING_NOUNS
    ):
        return ""
    if _fulfilled(noun):
        return "done"
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in VOICING:
        return ""
    return FRAMING_NOUNS[noun.lemma_.lower()]


def _fulfilled(noun: Token) -> bool:
    """ "carried out its threat", "made good on its pledge": what the noun framed is done."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in FULFILLING and (
            head.lemma_.lower() != "carry" or "out" in _particles(head)
        )
    if noun.dep_ != "pobj" or head.lower_ != "on":
        return False
    doer = head.head
    return doer.lemma_.lower() in {"follow", "deliver", "act"} or (
        doer.lemma_.lower() == "make" and any(c.lower_ == "good" for c in doer.children)
    )


def _framing_voicer(verb: Token) -> Token | None:
    """The verb whose subject voices or fulfils the noun framing ``verb`` ("Iran renewed
    threats to close ...", "made good on its threat to ...")."""
    if not _noun_frame(verb):
        return None
    noun = verb.head
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _headline_future(verb: Token) -> bool:
    """ "Putin to visit Turkey", "Ethiopia to free political prisoners, PM says": a
    headline's to-infinitive with a subject announces the act."""
    if not _marked_to(verb):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "called for Israel to withdraw"
    subject = any(c.dep_ in SUBJECTS or (c.dep_ == "dep" and c.i < verb.i) for c in verb.children)
    on_top = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)
    if (
        verb.dep_ in {"relcl", "acl"}
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and verb.sent[-1].text not in {".", "!", "?"}
    ):
        return True  # "Saudi crown prince to visit Pakistan": the headline noun is its subject
    return subject and on_top


def _place_in(obj: Token, actors: ArticleActors, depth: int = 0) -> ActorRef | None:
    """The place a phrase names: "Aleppo", "the outskirts of Damascus", "a part of Syria's
    second city Aleppo", "a village near Mosul"."""
    ref = actors.resolve(obj) or actors.place_named(obj)
    if ref is not None and is_place(ref):
        return ref
    if depth > 2:
        return None
    # "a checkpoint in Baghdad"; for parts of places also "the outskirts of Damascus",
    # "government-held areas of Hodeidah"
    # "in Ardamata, West Darfur", "Jangebe, a town in Zamfara state": the apposition
    inner = _prep_objects(obj, "in") + _children(obj, {"appos"})
    unplaced = ref is None or _countryless(ref) or ref.code.startswith(TRANSNATIONAL)
    if unplaced and obj.lemma_ in PLACE_PARTS:
        inner += [c for c in obj.children if c.dep_ in {"poss", "compound"}]
        inner += [o for w in ("of", "near", "outside", "with") for o in _prep_objects(obj, w)]
    for token in inner:
        found = _place_in(token, actors, depth + 1)
        if found is not None:
            return found
    return None


def _nested_places(verbs: list[Token], near: list[Token]) -> list[Token]:
    """Places deeper in the verb's object and prepositional phrases, nearest first:
    "pounded rebel positions around Donetsk", "killed civilians in a series of raids on
    villages in South Darfur", "the assault on an academy on the outskirts of Lahore"."""
    seen = {t.i for t in near}
    frontier = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "nsubjpass", "attr"}] + [
        o for v in verbs for p in _children(v, {"prep", "agent"}) for o in _children(p, {"pobj"})
    ]
    found: list[Token] = []
    for _ in range(3):
        inner: list[Token] = []
        for token in frontier:
            # "hit a bus carrying schoolchildren in Saada province": through a participle
            holders = [token, *_children(token, {"acl"})]
            for prep in (p for h in holders for p in _children(h, {"prep"})):
                for obj in _children(prep, {"pobj"}):
                    inner.append(obj)
                    # "on the outskirts of Lahore", "a target southwest of Baghdad"
                    place_like = prep.lower_ in PLACE_PREPS or obj.lemma_ in PLACE_PARTS
                    if place_like and obj.i not in seen:
                        seen.add(obj.i)
                        found.append(obj)
        frontier = inner
    return found


def _own_person(tokens: list[Token], source: ActorRef, actors: ArticleActors) -> list[ActorRef]:
    if not _named(source) or source.code[3:6] not in {"COP", "JUD", "GOV"}:
        return []
    people = [r for t in tokens if (r := actors.resolve(t)) is not None and r.kind == "person"]
    return [
        replace(r, code=source.code[:3] + "CVL", rule=r.rule + "+own-person")
        for r in people
        if not r.code
    ]


def _provocations(verb: Token) -> list[Token]:
    """Who acted in an "after ..." or "following ..." phrase of the verb."""
    found: list[Token] = []
    for c in verb.children:
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"after", "following"} for m in c.children
        ):
            found += _children(c, SUBJECTS)
            # "after clashes between ELN guerrillas and FARC dissidents forced ...": the sides
            found += [o for s in _children(c, SUBJECTS) for o in _prep_objects(s, "between")]
        elif c.dep_ == "prep" and c.lower_ in {"after", "following"}:
            found += _children(c, {"pobj"})
        elif (c.dep_ == "prep" and c.lower_ == "amid") or (
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        ):
            # "amid rising tensions with Kosovo", "as tensions with India soared": the other
            # side of the tension
            found += [
                o
                for t in _children(c, {"pobj"} | SUBJECTS)
                if t.lemma_.lower() in TENSIONS
                for w in ("with", "between")
                for o in _prep_objects(t, w)
            ]
        elif c.dep_ == "prep" and c.lower_ == "over":
            # "threaten to shut the Strait of Hormuz over the EU oil ban": whose act it is
            found += _grievance_owners(c)
        elif c.dep_ == "xcomp":
            # "threatened to close the base over the US arms embargo" (the parser may hang
            # "over" on the object)
            found += [
                a
                for head in [c, *_children(c, {"dobj"})]
                for p in _children(head, {"prep"})
                if p.lower_ == "over"
                for a in _grievance_owners(p)
            ]
        elif c.dep_ == "advcl" and c.lemma_.lower() == "cite":
            # "citing flights by US B-52 bombers": whoever did what is cited
            found += [
                a for o in _direct_objects(c) for a in [o, *_children(o, {"poss"}), *_agents_in(o)]
            ]
        elif c.dep_ == "prep" and c.lower_ == "in":
            # "in protest at an incursion by Colombian forces", "in response to North
            # Korea's missile test", "in retaliation for the attack"
            for grievance in _children(c, {"pobj"}):
                if grievance.lower_ not in {"protest", "response", "retaliation", "reprisal"}:
                    continue
                # (the parser may hang "at ..." on the verb)
                preps = _children(grievance, {"prep"}) + [
                    p for p in _children(verb, {"prep"}) if p.i == grievance.i + 1
                ]
                for act in (o for p in preps for o in _children(p, {"pobj"})):
                    found += [act, *_children(act, {"poss"}), *_agents_in(act)]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and _children(verb, SUBJECTS):
        # "the EU imposed tariffs on Chinese cars, and Beijing vowed to respond": who
        # acted in the clause before
        found += _children(verb.head, SUBJECTS)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        # "..., and Sheinbaum vowed to impose retaliatory tariffs": what provoked the vow
        found += _provocations(verb.head)
    return found


def _attempt_on_life(verb: Token) -> bool:
    """Whether ``verb`` is the killing in "(opened fire ...) in a failed attempt to
    assassinate the president": an attempt the clause's act was."""
    noun = verb.head
    return (
        verb.lemma_.lower() in KILLING_VERBS
        and verb.dep_ == "acl"
        and _marked_to(verb)
        and noun.lemma_.lower() in {"attempt", "bid"}
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.pos_ in {"VERB", "AUX"}
    )


def _sent_to_a_state(cand: Candidate, pairs: list[Pair], actors: ArticleActors) -> bool:
    """Whether the forces of a posture event go to (or are stationed in) the state its
    pairs target ("send troops to Mozambique", "station weapons in Belarus"; not "into
    Gaza", nor "to the border")."""
    places = {
        r.code[:3]
        for w in ("to", "in")
        for o in _prep_objects(cand.verb, w)
        for r in actors.resolve_all(o)
        if _named(r)
    }
    # (a state or one of its branches, "MOZ", "MOZGOV"; not a named group or body there)
    return bool(places) and all(
        t is not None and t.code[:3] in places and len(t.code) <= 6 for _, t in pairs
    )


def _aimed_at_condition(
    verb: Token, pairs: list[Pair], actors: ArticleActors
) -> tuple[list[Pair], str]:
    """A threat's pairs aimed at whoever its if- or unless-clause names ("would launch
    strikes if South Korea violated its border"), unless aimed at them already."""
    conditions = _others(_condition_subjects(verb), pairs, actors)
    named = {c.code[:3] for c in conditions}
    if not conditions or all(t is not None and t.code[:3] in named for _, t in pairs):
        return pairs, ""
    aimed: list[Pair] = [(s, c) for s in dict.fromkeys(s for s, _ in pairs) for c in conditions]
    return aimed, "+condition-target"


def _others(tokens: list[Token], pairs: list[Pair], actors: ArticleActors) -> list[ActorRef]:
    """The actors of ``tokens`` from another country than the sources of ``pairs``."""
    own = {s.code[:3] for s, _ in pairs if s is not None}
    return [r for t in tokens for r in actors.resolve_all(t) if _named(r) and r.code[:3] not in own]


def _addressees(verb: Token) -> list[Token]:
    """Whom the report ``verb`` sits in was made to: "told Ban Ki-moon (that he would
    ...)", "offered condolences to Myanmar and said (India stood ready to help)"."""
    clause = verb
    for _ in range(4):
        if clause.dep_ not in {"xcomp", "acomp"} or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "ccomp":
        return []
    report = clause.head
    told = _children(report, {"dobj", "dative"})
    if not told and report.dep_ == "conj" and report.head.pos_ == "VERB":
        first = report.head
        told = _children(first, {"dative"}) + _prep_objects(first, "to")
        told += [o for o in _children(first, {"dobj"}) if first.lemma_.lower() in CONTACTS]
    return told


def _retaliating(verb: Token) -> bool:
    """ "retaliated", "responded with air strikes", "returned fire", "hit back with
    tariffs": an answer to an act."""
    lemma = verb.lemma_.lower()
    return (
        lemma in RETALIATION
        or (
            lemma == "return" and any(o.lemma_.lower() == "fire" for o in _children(verb, {"dobj"}))
        )
        or (lemma in {"hit", "strike"} and "back" in _particles(verb))
    )


def _grievance_owners(over: Token) -> list[Token]:
    """Whose act the object of "over" is ("over the EU oil ban", "over Iran's programme")."""
    return [
        a
        for act in _children(over, {"pobj"})
        for a in [*_children(act, {"poss", "compound"}), *_agents_in(act)]
    ]


def _implied(code: str, words: Span, name: str, rule: str) -> ActorRef:
    """An actor the sentence implies but does not name, placed on the words that imply it."""
    return actor_on(words, code, name, "group", rule)


def _home_state(cand: Candidate, source: ActorRef, places: list[ActorRef]) -> list[ActorRef]:
    """The government of the country a protest happens in: where the sentence puts it,
    else the protesters' own."""
    country = next((p.code[:3] for p in places if _named(p)), source.code[:3])
    trig = cand.trigger
    return [
        _implied(
            country + "GOV", trig.doc[trig.i : trig.i + 1], f"government ({country})", "home-state"
        )
    ]


def _population(country: str, words: Span) -> ActorRef:
    """A country's own people, implied by ``words`` ("a nationwide curfew", "resigns")."""
    return _implied(country + "CVL", words, f"population of {country}", "own-population")


def _own_population(cand: Candidate, source: ActorRef) -> list[ActorRef]:
    """The population a state restricts when the sentence names no one else: the
    restriction's own words stand for it ("a nationwide curfew", "martial law")."""
    if not (_is_state(source) or source.code[3:6] in {"COP", "MIL", "JUD", "LEG"}):
        return []  # ("parliament voted to lift the state of emergency")
    if not _named(source):
        return []
    # the restriction's phrase ("a nationwide overnight curfew"), else the trigger
    words = cand.noun if cand.noun is not None else cand.trigger
    span = (
        words.doc[words.left_edge.i : words.right_edge.i + 1]
        if cand.noun
        else words.doc[words.i : words.i + 1]
    )
    return [_population(source.code[:3], span)]


def _count_of(tokens: list[Token]) -> int:
    """How many people a target phrase counts ("more than 100 civilians", "hundreds of
    villagers"), 0 if it gives no number."""
    best = 0
    for token in tokens:
        for t in token.subtree:
            lemma = t.lemma_.lower()
            counted = COUNT_WORDS.get(lemma) or COUNT_WORDS.get(t.lower_, 0)
            if counted:
                best = max(best, counted)
            elif t.like_num and t.text.replace(",", "").isdigit():
                best = max(best, int(t.text.replace(",", "")))
    return best


def _killing(cameo: str, cand: Candidate, target: ActorRef | None, victims: int) -> tuple[str, str]:
    """Who was killed refines a generic killing: a named political figure was
    assassinated (186; shot or stabbed without "dead", an attempt, 185); fifty or more
    civilians, a mass killing (202)."""
    if cameo not in KILLINGS or target is None:
        return cameo, ""
    verb = cand.verb
    lethal = verb.lemma_.lower() in LETHAL or any(
        t.lower_ == "dead" for t in [*verb.children, verb.doc[min(verb.i + 1, len(verb.doc) - 1)]]
    )
    # "shot dead the mayor of Uruapan", "a village headman": one office holder
    office_holder = target.kind == "person" or (
        victims <= 1 and bool(OFFICE_WORDS & set(target.text.lower().split()))
    )
    if office_holder and target.code[3:6] in POLITICAL_ROLES:
        if lethal:
            return ASSASSINATE, "+assassination"
        if verb.lemma_.lower() in {"shoot", "stab", "wound"}:
            return ASSASSINATION_ATTEMPT, "+assassination-attempt"
    unarmed = target.code[3:6] in NONCOMBATANTS or len(target.code) == 3  # "700 Syrians"
    if lethal and victims >= MASS_KILLING and unarmed and not _struck_from_afar(verb):
        return MASS_KILLING_CODE, "+mass-killing"
    return cameo, ""


def _struck_from_afar(verb: Token) -> bool:
    """ "hit by air strikes ..., killing at least 70", "military jets attacked a
    gathering, killing 100", "a truck bomb tore through the district, killing 115": an air
    strike or a bombing, however deadly, is coded as such, not as a massacre (202)."""
    clauses = [verb, verb.head] if verb.dep_ in {"advcl", "conj"} else [verb]
    doers = [
        t
        for clause in clauses
        for c in clause.children
        if c.dep_ in SUBJECTS | {"dobj", "agent"}
        for t in c.subtree
    ]
    return any(t.lemma_.lower() in STRIKES_FROM_AFAR for t in doers)


def _announced(cameo: str) -> str | None:
    """The threat (13x) or intent (03x) of announcing an act."""
    return THREATS.get(cameo[:2]) or _intent(cameo)


def _intent(cameo: str) -> str | None:
    """The intent (03x) of an act: "plans to meet", "will release the pilot"."""
    return next((INTENTS[cameo[:n]] for n in (4, 3, 2) if cameo[:n] in INTENTS), None)


def _same_actor(known: ActorRef, other: ActorRef) -> bool:
    """The same actor, one of them maybe still without the country the other was given
    from the place ("police" and "Kenyan police" in one sentence)."""
    if known.code == other.code:
        return True
    return _countryless(other) and known.code[3:] == other.code[3:]


def _acts_above(
    found: list[tuple[Candidate, Event]], i: int
) -> Iterator[tuple[int, Candidate, Event]]:
    """The events of the verb that participle ``i`` hangs on, done by the participle's own
    doer ("protesters marched, demanding ...", "detonated a bomb, killing ...")."""
    cand, event = found[i]
    if event.source is None:
        return
    for j, (other, act) in enumerate(found):
        if (
            j != i
            and other.trigger.i == cand.verb.head.i
            and act.source is not None
            and _same_actor(act.source, event.source)
        ):
            yield j, other, act


def _placed_alike(found: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
    """One mention, one country: "opposition supporters stormed parliament in Belgrade,
    demanding that Milosevic go" - the supporters the storming placed in Serbia are
    Serbian when they demand too."""
    placed = {
        (ref.start_char, ref.end_char, ref.code[3:]): ref.code[:3]
        for _, event in found
        for ref in (event.source, event.target)
        if ref is not None and len(ref.code) > 3 and not ref.code.startswith(NO_COUNTRY)
    }

    # "Israeli drones struck the camp as troops raided it": the sentence's one named force
    # of a role is that of its unnamed ones
    forces: dict[str, set[str]] = {}
    for _, event in found:
        for ref in (event.source, event.target):
            if (
                ref is not None
                and _named(ref)
                and ref.code[3:6] in {"MIL", "COP", "REB", "INS"}
                and "+event-place" not in ref.rule
            ):
                forces.setdefault(ref.code[3:6], set()).add(ref.code[:3])

    def fill(ref: ActorRef | None, doer: bool) -> ActorRef | None:
        if ref is None:
            return ref
        # (a force the place alone gave a country: "troops raided a camp in the West Bank";
        # whom forces hit are of the other side)
        known = forces if doer else {}
        by_place = "+event-place" in ref.rule and ref.code[3:6] in known
        if not (ref.code.startswith(NO_COUNTRY) or by_place):
            return ref
        country = None if by_place else placed.get((ref.start_char, ref.end_char, ref.code[3:]))
        if country is None and len(known.get(ref.code[3:6], ())) == 1:
            (country,) = known[ref.code[3:6]]
        if country is None or country == ref.code[:3]:
            return ref
        return replace(ref, code=country + ref.code[3:], rule=ref.rule + "+placed-alike")

    out: list[tuple[Candidate, Event]] = []
    seen: set[tuple[str, str, str]] = set()
    for cand, event in found:
        event = replace(event, source=fill(event.source, True), target=fill(event.target, False))
        key = (_actor_key(event.source), _actor_key(event.target), event.cameo)
        if key not in seen:
            seen.add(key)
            out.append((cand, event))
    return out


# what a use of force may share a target with: force, threats, posture, cuts, coercion
FORCE_LEADS = VIOLENT_ROOTS | {"13", "15", "16", "17"}


def _gapped(found: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
    """A conjoined clause's act with no target of its own takes the first clause's:
    "Japan pledged $500 million to help rebuild Afghanistan, and the United States promised
    $296 million" (its own doer, the same kind of act: ``+gapped``); "Somalia recalls envoy
    to Ethiopia, threatens to cut ties" (the same doer, any directed act:
    ``+shared-target``)."""
    out = []
    for cand, event in found:
        verb = cand.verb
        clause = verb.head if verb.dep_ == "xcomp" else verb  # "..., threatens to cut ties"
        source = event.source
        # "demanded that militants free the soldier, threatening an offensive if he was
        # harmed", "ordered battalions to the border, warning that any raid would be a
        # cause for war": a threat tagged on to an act is aimed at whom the act is
        warned = clause.dep_ == "advcl" and clause.tag_ == "VBG" and event.root == THREATEN_ROOT
        # ("closes military attache office": a thing only a role word makes an actor)
        untargeted = event.target is None or (
            _countryless(event.target) and event.root in {"16", "17"}
        )
        if not untargeted or source is None or not (clause.dep_ == "conj" or warned):
            out.append((cand, event))
            continue
        own_doer = bool(_children(clause, SUBJECTS))
        if own_doer and clause is not verb:
            out.append((cand, event))
            continue
        if not own_doer and (cand.intransitive or event.root in UNDIRECTED_ROOTS | {"01"}):
            out.append((cand, event))
            continue
        heads = {clause.head.i}
        if warned and clause.head.dep_ == "ccomp":
            heads.add(clause.head.head.i)  # (the parser hangs it on the demanded clause)
        first = next(
            (
                e
                for c, e in found
                if c.verb.i in heads
                and e.source is not None
                # another doer of the same kind of act, or the same doer
                and (
                    (e.source.code != source.code and e.root == event.root)
                    if own_doer
                    else e.source.code == source.code
                )
                and _named(e.target)
                and e.target is not None
                and e.target.code[:3] != source.code[:3]  # no one acts on itself
                and e.confidence >= 0.5
                # ("defied a UN ban and launched a rocket": force is not aimed at whom the
                # first clause only defied or addressed)
                and (event.root not in VIOLENT_ROOTS or e.root in FORCE_LEADS)
                # ("urged Turkey to halt its offensive, warning that it would undermine
                # the fight against IS": what an appeal warns of is its reason, no threat)
                and not (warned and e.root == "02" and _children(clause, {"ccomp"}))
            ),
            None,
        )
        if first is not None:
            event = _take_target(event, first, "+gapped" if own_doer else "+shared-target")
        out.append((cand, event))
    return _targeted_later(out)


def _take_target(event: Event, donor: Event, mark: str) -> Event:
    """``event`` aimed at ``donor``'s target (keeping its own role word where it has one:
    "closes military attache office"), a little less sure than the donor."""
    shared = donor.target
    if shared is not None and event.target is not None:
        shared = replace(event.target, code=shared.code[:3] + event.target.code[3:])
    return replace(
        event,
        target=shared,
        confidence=max(event.confidence, donor.confidence - 0.1),
        rule=event.rule + mark,
    )


def _targeted_later(found: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
    """ "ECOWAS threatens use of force, slaps sanctions on Niger junta": a threat or
    demand with no target of its own is aimed at whom the doer's next coordinated act is
    (``+shared-target``)."""
    out = []
    for cand, event in found:
        if event.target is None and event.source is not None and event.root in PRESSURE_ROOTS:
            later = next(
                (
                    e
                    for c, e in found
                    if c.verb.dep_ == "conj"
                    and c.verb.head.i == cand.verb.i
                    and not _children(c.verb, SUBJECTS)
                    and e.source == event.source
                    and _named(e.target)
                    and e.target is not None
                    and e.target.code[:3] != event.source.code[:3]
                    and e.confidence >= 0.5
                ),
                None,
            )
            if later is not None:
                event = _take_target(event, later, "+shared-target")
        out.append((cand, event))
    return out


def _same_attack(found: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
    """ "A roadside bomb killed two soldiers and wounded four others": the second verb of
    one attack, whose victims are named no better than by the place, is the first verb's
    attack on the first verb's victims: one event, not two."""
    out = []
    for cand, event in found:
        verb = cand.verb
        if (
            event.root in VIOLENT_ROOTS
            and verb.dep_ == "conj"
            and verb.lemma_.lower() in CONSEQUENCES
            and not _children(verb, SUBJECTS)
            and (event.target is None or "+location-target" in event.rule)
        ):
            first = next(
                (
                    e
                    for c, e in found
                    if c.verb.i == verb.head.i
                    and e.root in VIOLENT_ROOTS
                    and e.source == event.source
                    and _named(e.target)
                    and "+location-target" not in e.rule
                ),
                None,
            )
            if first is not None:
                continue
        out.append((cand, event))
    return out


REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})


def _guessed_target(event: Event) -> bool:
    """Whether the event's target is only where it happened or the crowd's own state."""
    return "+location-target" in event.rule or "+home-state" in event.rule


def _one_protest(found: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
    """ "Protesters stormed the British embassy in Tehran, smashing windows and chanting":
    a crowd that protests against a foreign actor does not also protest against its own
    state, or no one, in the same sentence (the home or place target is a guess)."""
    foreign = {
        e.source.code[:3]
        for _, e in found
        if e.root == PROTEST_ROOT
        and e.source is not None
        and _named(e.target)
        and e.target is not None
        and e.target.code[:3] != e.source.code[:3]
        and not _guessed_target(e)
    }
    return [
        (cand, event)
        for cand, event in found
        if not (
            event.root == PROTEST_ROOT
            and event.source is not None
            and event.source.code[:3] in foreign
            and (
                event.target is None
                or not _named(event.target)
                or (event.target.code[:3] == event.source.code[:3] and _guessed_target(event))
            )
        )
    ]


def _fired_by(found: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
    """ "Russian shelling killed four civilians in Kharkiv as artillery and rocket
    launchers hit residential districts": weapons named as the doers of a clause joined
    to an attack are the attacker's, not the country where they hit (``+fired-by``)."""
    out = []
    for cand, event in found:
        source, verb = event.source, cand.verb
        if (
            source is not None
            and event.root in VIOLENT_ROOTS
            and verb.dep_ in {"advcl", "conj"}
            and (_countryless(source) or source.rule.endswith("+event-place"))
            and source.text.split()[-1].lower().rstrip("s") in WEAPON_DOERS
        ):
            first = next(
                (
                    e.source
                    for c, e in found
                    if c.verb.i == verb.head.i
                    and e.root in VIOLENT_ROOTS
                    and _named(e.source)
                    and e.source is not None
                    and not e.source.rule.endswith("+event-place")
                ),
                None,
            )
            if first is not None:
                rule = source.rule.removesuffix("+event-place") + "+fired-by"
                source = replace(source, code=first.code[:3] + source.code[3:], rule=rule)
                event = replace(event, source=source)
        out.append((cand, event))
    return out


def _merge_demands(
    found: list[tuple[Candidate, Event]], recode: Callable[..., Event]
) -> list[tuple[Candidate, Event]]:
    """ "Protesters marched through Minsk, demanding Lukashenko's resignation": the demand
    is what the protest is for, so the protest takes its target and the demand is not a
    second event; a crowd's demand with no protest verb ("thousands packed the square,
    demanding that Mubarak step down") is itself a demonstration (141). So is what a
    protest opposes or rejects ("marched on Congress to oppose his reform bill")."""
    out = list(found)
    dropped: set[int] = set()
    for i, (cand, event) in enumerate(found):
        if event.cameo[:2] not in PROTEST_PURPOSES or event.source is None:
            continue
        verb = cand.verb
        # ("boycotted the vote, accusing the council of bias" tells a second act)
        forms = {"VBG", "VB"} if event.cameo[:2] == "10" else {"VB"}
        if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ in forms:
            for j, other, act in _acts_above(found, i):
                if act.cameo[:2] != "14":
                    continue
                if event.target is not None and (
                    act.target is None or "+location-target" in act.rule
                ):
                    out[j] = (
                        other,
                        replace(
                            act,
                            target=event.target,
                            confidence=max(act.confidence, event.confidence),
                            rule=act.rule.replace("+location-target", "") + "+demand",
                        ),
                    )
                dropped.add(i)
                break
        if i not in dropped and event.cameo[:2] == "10" and _is_crowd(event.source):
            out[i] = (cand, recode(event, DEMONSTRATE, rule=event.rule + "+crowd"))
    return [pair for i, pair in enumerate(out) if i not in dropped]


def _drop_partial(events: list[Event]) -> list[Event]:
    """One event, told once: "shot and seriously wounded Malala Yousafzai", "stormed a
    mall in Nairobi, killing 39 people and taking hostages" give the same act twice,
    once without the actor the other names. The event that lacks it (or knows only its
    role) goes where the same doer did the same kind of act to a named actor, or the same
    kind of act was done to the same actor by a named doer. Where the two codes differ
    ("tortured and killed an aid worker"), it takes the actor the other names instead."""

    def completed(event: Event, other: Event) -> Event | None:
        if other is event or other.cameo[:2] != event.cameo[:2] or other.negated:
            return None
        if other.confidence < 0.5 or other.confidence < event.confidence:
            return None
        for role, same in (("target", "source"), ("source", "target")):
            mine, theirs = getattr(event, role), getattr(other, role)
            a, b = getattr(event, same), getattr(other, same)
            if a is None or b is None or a.code != b.code or not _named(theirs):
                continue
            if mine is None or (
                # "struck an oil refinery in Russia, injuring several people": people of a
                # role where the other names only the country
                _countryless(mine)
                and (mine.code[3:] in {"", theirs.code[3:6]} or len(theirs.code) == 3)
            ):
                return replace(event, **{role: theirs, "rule": event.rule + "+shared"})
        return None

    def key(event: Event) -> tuple[str, str, str]:
        return (_actor_key(event.source), _actor_key(event.target), event.cameo)

    out: list[Event] = []
    seen = {key(e) for e in events}
    for event in events:
        whole = next((c for o in events if (c := completed(event, o)) is not None), event)
        if whole is not event:
            if key(whole) in seen:
                continue  # the other event already says it
            seen.add(key(whole))
        out.append(whole)
    # "refused to meet the delegation": the frame verb's generic code (120) beside the
    # refusal its complement makes (125) for the same pair says nothing more
    return [e for e in out if not any(_more_specific(o, e) for o in out)]


def _more_specific(event: Event, other: Event) -> bool:
    """``event``, a refusal, threat or intent made of a complement, tells the same pair's
    act as ``other`` with a more specific code."""
    return (
        event is not other
        and any(mark in event.rule for mark in ("+refusal", "+threat", "+intent"))
        and event.root == other.root
        and event.cameo != other.cameo
        and _generic(other.cameo)
        and not _generic(event.cameo)
        and not event.negated
        and event.confidence >= other.confidence
        and _actor_key(event.source) == _actor_key(other.source)
        and _actor_key(event.target) == _actor_key(other.target)
    )


def _generic(cameo: str) -> bool:
    return len(cameo) == 2 or (len(cameo) == 3 and cameo.endswith("0"))


def _actor_key(ref: ActorRef | None) -> str:
    return ref.code if ref is not None else ""


def _on_a_third_party(event: Event, above: list[Event]) -> bool:
    """Whether ``event`` is aimed at a country none of the acts above it is aimed at."""
    if not _named(event.target) or event.target is None:
        return False
    return event.target.code[:3] not in {
        a.target.code[:3] for a in above if a.target is not None
    } | {a.source.code[:3] for a in above if a.source is not None}


def _merge_consequences(
    found: list[tuple[Candidate, Event]], recode: Callable[..., Event]
) -> list[Event]:
    """ "detonated a car bomb outside a mall, killing 11 people": the killing is what the
    bombing did, not a second event. The attack keeps its code and takes the victims as
    its target where it named only a place; where it named a target of the victims'
    country, the participle adds nothing."""
    events = [event for _, event in found]
    dropped: set[int] = set()
    for i, (cand, event) in enumerate(found):
        verb = cand.verb
        if (
            verb.dep_ in {"advcl", "acl"}
            and verb.tag_ == "VBG"
            and verb.lemma_.lower() in SETTLING
            and any(act.cameo[:2] in {"05", "06"} for _, _, act in _acts_above(found, i))
            # ("established relations with China, ending six decades of ties with Taiwan":
            # an act on a third party is news of its own)
            and not _on_a_third_party(event, [act for _, _, act in _acts_above(found, i)])
        ):
            # "signed a declaration formally ending the state of war": what the agreement
            # does, not a second event
            dropped.add(i)
            continue
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in CONSEQUENCES:
            continue
        if event.cameo[:2] not in VIOLENT_ROOTS or event.source is None or event.target is None:
            continue
        country = event.target.code[:3] if _named(event.target) else ""
        for j, _, act in _acts_above(found, i):
            if j in dropped or not (
                act.cameo[:2] in VIOLENT_ROOTS or act.cameo in {REPRESSION, RIOT}
            ):
                continue
            if act.target is None and act.cameo == REPRESSION:
                # "fired tear gas at protesters, killing seven people": the repression
                # killed them
                victims, domestic = _domestic(act.cameo, act.source, event.target)
                events[j] = replace(
                    act,
                    target=victims,
                    rule=act.rule + f"+victims:{verb.lemma_.lower()}{domestic}",
                    confidence=max(act.confidence, 0.8),
                )
                dropped.add(i)
                break
            if (
                act.confidence < 0.5
                or act.target is None
                or (
                    country
                    and act.target.code[:3] != country
                    # "rammed a car into the UN headquarters in Abuja, killing 18": the
                    # victims of an attack on an organisation are where it stands
                    and not act.target.code.startswith(BODIES)
                )
            ):
                continue
            if "+location-target" in act.rule:
                if not country:
                    continue  # the place says more than "people" of no known country
                events[j] = replace(
                    act,
                    target=event.target,
                    rule=act.rule.replace("+location-target", "")
                    + f"+victims:{verb.lemma_.lower()}",
                    confidence=max(act.confidence, 0.8),
                )
            merged = events[j]
            if event.cameo[:2] in {"18", "20"} and merged.cameo in CONVENTIONAL:
                # "militants stormed a village, shooting dead nine villagers": the victims
                # make the raid an assault; victims of no known country are where the raid
                # was ("stormed Nairobi's Westgate mall, killing 39 people")
                victims = event.target
                site = _country_code(merged.target)
                if _countryless(victims) and site:
                    code = site + victims.code[3:]
                    victims = replace(victims, code=code, rule=victims.rule + "+site")
                events[j] = recode(merged, event.cameo, target=victims)
            dropped.add(i)
            break
        else:
            # "a suicide bomber struck crowds outside Kabul airport, killing 13 US troops":
            # victims the bombing names apart are still the bombing's
            bombing = next(
                (
                    act
                    for _, _, act in _acts_above(found, i)
                    if act.cameo.startswith(BOMBING) and act.confidence >= 0.5
                ),
                None,
            )
            if bombing is not None and event.cameo[:2] in {"18", "19"}:
                events[i] = recode(event, bombing.cameo, rule=event.rule + "+bombing")
    return [e for i, e in enumerate(events) if i not in dropped]


def _best_entry(
    entries: Iterable[VerbEntry], particles: set[str], names: set[str], holds: set[str]
) -> VerbEntry | None:
    """The most specific verbs.tsv row whose particle, object and condition fit: a row
    with a particle or an object beats one without, a condition adds a little, and a
    to-infinitive complement more."""
    best: tuple[int, VerbEntry] | None = None
    for entry in entries:
        if entry.particle and entry.particle not in particles:
            continue
        if not entry.particle and particles:
            continue  # "call off" is not "call"
        if entry.objects and not entry.objects & names:
            continue
        if entry.condition and entry.condition not in holds:
            continue
        # a to-infinitive complement says most ("ordered troops to withdraw" is an order,
        # not the troops' deployment)
        weight = 3 if entry.condition == "xcomp" else 1
        score = 2 * bool(entry.particle) + 2 * bool(entry.objects) + weight * bool(entry.condition)
        if entry.objects and any(" " in name for name in entry.objects & names):
            score += 1  # "suspended military aid": the compound (1622) beats its head (162)
        if entry.objects & names & CURRENCIES:
            score += 1  # "allocated 50 million euros in assistance": money (071), not 070
        if best is None or score > best[0]:
            best = (score, entry)
    return best[1] if best is not None else None


def _verb_object(noun: Token) -> bool:
    """The object of a verb, which that verb codes ("imposed sanctions", "suspended most of
    its sanctions"), or a compound modifier: no nominal event of its own."""
    if noun.dep_ in {"dobj", "nsubjpass", "compound"}:
        return True
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is not noun and first.dep_ in {"dobj", "nsubjpass"}:
        return True  # "to demand land and a meeting with the president"
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"for", "of"}
        and noun.head.head.lemma_.lower() in PROPOSALS
        and noun.head.head.dep_ in {"dobj", "nsubjpass"}
    ):
        return True  # "rejected an EU proposal for an informal meeting with the US"
    quantity = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return (
        quantity is not None
        and quantity.lemma_.lower() in QUANTITIES
        and quantity.dep_ in {"dobj", "nsubjpass"}
    )


def _between_sides(phrase: Token) -> list[Token]:
    """The sides a phrase names "between" ("a ceasefire between Israel and Hamas"; each
    first side, its conjuncts are its own)."""
    return [t for t in phrase.subtree if t.dep_ == "pobj" and t.head.lower_ == "between"]


def _captors(found: list[Token], actors: ArticleActors) -> list[Token]:
    """ "the schoolgirls held by Boko Haram": who holds the captives named."""
    return [
        o
        for t in found
        for v in _children(t, {"acl", "relcl"})
        if v.lemma_.lower() in CAPTIVITY
        for o in _prep_objects(v, "by")
        if actors.resolve(o) is not None
    ]


def _holders(cand: Candidate, actors: ArticleActors, own: set[str]) -> list[ActorRef]:
    """Whom a demand or an appeal for someone's release is made to: the captors named
    ("the schoolgirls held by Boko Haram"), else the state of the released where that is
    another country than the one asking ("the EU demanded the release of Alexei Navalny",
    "demands Conde's release")."""
    released = [
        p
        for o in [*_direct_objects(cand.verb), *([cand.noun] if cand.noun is not None else [])]
        if o.lemma_.lower() in {"release", "return", "freedom"}
        # ("demands ... release Suu Kyi": a headline's name in apposition)
        for p in [*_prep_objects(o, "of"), *_children(o, {"poss", "appos"})]
    ]
    released += [c for p in released for c in p.conjuncts]
    captors = [r for t in _captors(released, actors) for r in actors.resolve_all(t)]
    if captors:
        return captors
    states: dict[str, ActorRef] = {}
    for person in released:
        ref = actors.resolve(person)
        if ref is None or not _named(ref) or ref.code[:3] in own or ref.code.startswith(BODIES):
            continue
        states.setdefault(
            ref.code[:3], replace(ref, code=ref.code[:3] + "GOV", rule=ref.rule + "+holder")
        )
    return list(states.values())[:1] if len(states) == 1 else []


def _rejected_owner(cand: Candidate, actors: ArticleActors, own: set[str]) -> list[ActorRef]:
    """Whose offer, terms, ruling or appeal a rejection turns down: who set it (a relative
    clause's subject), its possessor or its maker named in its words, or whoever appealed
    against the refused act ("despite repeated appeals from London")."""
    verb = cand.verb
    rejected = [
        *_direct_objects(verb),
        *(o for w in ("with", "against") for o in _prep_objects(verb, w)),
        # "voted against joining the Saudi-led campaign"
        *(
            o
            for p in _children(verb, {"prep"})
            for g in _children(p, {"pcomp"})
            for o in _direct_objects(g)
        ),
    ]
    # ("refused to sign the deal Kyiv drafted", not "refused to board a flight from Tokyo")
    refused = [o for c in _children(verb, {"xcomp"}) for o in _direct_objects(c)]
    words: list[Token] = []
    for thing in [*rejected, *refused]:
        words += [s for r in _children(thing, {"relcl"}) for s in _children(r, SUBJECTS)]
        words += [c for c in thing.children if c.dep_ in {"poss", "amod", "compound"}]
        if thing in rejected:
            words += [o for w in ("by", "from", "of") for o in _prep_objects(thing, w)]
    words += [
        o
        for appeal in [*_prep_objects(verb, "despite"), *_prep_objects(verb, "in")]
        for w in ("from", "by", "of")
        for o in _prep_objects(appeal, w)
    ]
    return _first_actor(
        words,
        actors,
        lambda _, ref: (
            ref.code not in own
            and ref.kind != "place"
            and ref.rule not in {"in-phrase", "of-phrase"}
        ),
    )


def _accusers(verb: Token, sources: list[ActorRef], actors: ArticleActors) -> list[ActorRef]:
    """Who made the accusation a denial answers: its own words ("accusations by Congo",
    "US accusations"), else the one the sentence tells accusing ("accused Ukrainian
    intelligence of ..., an allegation Kyiv denied"; "Biden said ..., and the Kremlin
    dismissed such accusations")."""
    own = {s.code[:3] for s in sources}
    codes = {s.code for s in sources}

    def other(_: Token, ref: ActorRef) -> bool:
        # (one side of a country may accuse another: "Sudan's army accused the RSF ...,
        # a charge the paramilitary group denied")
        rival = ref.code not in codes and len(ref.code) > 3 and all(len(c) > 3 for c in codes)
        return (ref.code[:3] not in own or rival) and ref.kind != "place"

    # ("denied on Monday accusations by Congo": the object the parser hung on the day)
    held = [o for p in _children(verb, {"prep"}) for o in _children(p, {"pobj"})]
    nouns = [o for o in _direct_objects(verb) + held if o.lemma_.lower() in ALLEGATIONS]
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in ALLEGATIONS:
        nouns.append(verb.head)
    for noun in nouns:
        words = [
            *_prep_objects(noun, "by"),
            *(c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}),
        ]
        tellers = [
            s
            for v in noun.sent
            if v.i < noun.i and v.pos_ == "VERB" and v.lemma_.lower() in TELLING
            for s in _children(v, SUBJECTS)
        ]
        found = _first_actor([*words, *reversed(tellers)], actors, other)
        if found:
            return found
    # "denied any involvement in the attacks, after Pompeo said Tehran was responsible":
    # who said it, in the clause the denial answers
    answered = [
        s
        for c in _children(verb, {"advcl"})
        if c.lemma_.lower() in TELLING
        and any(m.lower_ in {"after", "as", "following"} for m in _children(c, {"mark", "prep"}))
        for s in _children(c, SUBJECTS)
    ]
    return _first_actor(answered, actors, other)


def _retreated_from(verb: Token) -> list[Token]:
    """The doers of the clause a retreat is told under ("seized Goma after government
    troops retreated", "overran Mosul as soldiers abandoned their posts")."""
    node = verb
    if node.dep_ == "conj" and not _children(node, SUBJECTS):
        node = node.head
    if node.dep_ != "advcl" or not _children(node, {"mark"}):
        return []
    # (the clause may hang on the object: "seized control of Mosul, ... as troops ...")
    return _doers(_clause_verb(node.head))


def _denied_targets(verb: Token, sources: list[ActorRef], actors: ArticleActors) -> list[ActorRef]:
    """Whom a denial answers, found inside the act it denies: the first named actor other
    than the denier, the act's doer and the denier's own nationals ("denied sinking the
    South Korean warship"); else the country abroad where the act happened ("... the
    attack on Sergei Skripal in England"); else, unless the act fell on the denier's own
    nationals, victims whose country only the context gives ("denies shooting
    protesters")."""
    own = {s.code for s in sources} | {s.code[:3] for s in sources}
    unnamed: list[ActorRef] = []
    abroad: list[ActorRef] = []
    own_victim = False
    for comp in verb.children:
        if comp.dep_ not in {"ccomp", "xcomp", "pcomp"}:
            continue
        doers = {t.i for s in _children(comp, SUBJECTS) for t in s.subtree}
        # ("... the poisoning of Alexei Navalny, who is being treated in a Berlin hospital":
        # an aside about someone named is not where the act happened)
        doers |= {
            t.i
            for r in comp.subtree
            if r.dep_ == "relcl" and r.doc[r.left_edge.i - 1].text == ","
            for t in r.subtree
        }
        for token in comp.subtree:
            if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in {"compound", "amod"}:
                continue
            if token.i in doers:
                continue  # "denied that its troops had shelled villages": not the doer
            ref = actors.resolve(token)
            if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
                # "denied shooting demonstrators in Nairobi": where, not whom; but "denied
                # it was behind the attack on Sergei Skripal in England" was denied to the
                # country it happened in
                if ref is not None and _named(ref) and ref.code[:3] not in own:
                    abroad.append(replace(ref, code=ref.code[:3]))
                continue
            if ref is None or ref.code in own or ref.kind == "place":
                continue
            if _named(ref) and ref.code[:3] in own:
                # ("denied that it was behind the attack on Sergei Skripal": the victim,
                # the denier's own national, is not whom the denial answers)
                own_victim = True
                continue
            if _named(ref):
                return [ref]
            if _countryless(ref) and len(ref.code) > 3:
                # "army denies shooting protesters": whose country the context tells
                unnamed.append(ref)
    return (abroad or ([] if own_victim else unnamed))[:1]


def _inner_actors(found: list[Token], actors: ArticleActors) -> list[Token]:
    """The nearest actors inside event phrases that name none themselves, breadth first
    through prepositions, possessors and participles (at most three steps down)."""
    frontier = list(found)
    for depth in range(3):
        inner: list[Token] = []
        # "pounded the last strip of coastline held by the rebels": "of" one step down only
        preps = (*INNER_PREPS, "of") if depth == 0 else INNER_PREPS
        for token in frontier:
            # ... "an investigation into abuses by government forces"
            inner += [o for w in preps for o in _prep_objects(token, w)]
            if token.lemma_.lower() in GOODS:
                inner += _prep_objects(token, "from")  # "tariffs on imports from Mexico"
            # "protested over the government's pension reform"
            inner += _children(token, {"poss"})
            for prep in _children(token, {"prep"}):
                for verb in _children(prep, {"pcomp"}):
                    # "pessimism about the chances of reaching a deal with the Palestinians"
                    inner += _children(verb, {"dobj"})
                    inner += _asked_about(verb)
                    inner += [o for w in INNER_PREPS for o in _prep_objects(verb, w)]
            for verb in _children(token, {"acl", "relcl"}):
                # "an attack targeting shoppers", "the girls held by Boko Haram" (not "a
                # leader wanted by the ICC": the pursuer is not the one pursued; nor "a law
                # that would allow extraditions to China": what it might do to others)
                if verb.dep_ == "relcl" and any(
                    c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children
                ):
                    continue
                pursued = verb.lemma_.lower() in PURSUING
                inner += _children(verb, {"dobj"})
                inner += [
                    o
                    for w in INNER_PREPS
                    if not (pursued and w == "by")
                    for o in _prep_objects(verb, w)
                ]
        inner += [c for t in inner for c in t.conjuncts]  # "a defector and his daughter"
        hits = [t for t in inner if actors.resolve(t) is not None]
        if hits:
            # "war crimes by Israel and Hamas in the Palestinian territories": the doers
            # before where it happened
            return sorted(hits, key=lambda t: t.head.lower_ in PLACE_PREPS)
        frontier = inner
    return []


def _is_state(ref: ActorRef | None) -> bool:
    """A government, or a country named as an actor ("China protested")."""
    if ref is None:
        return False
    return ref.code[3:6] == "GOV" or (len(ref.code) == 3 and ref.rule == "dictionary:country")


def _reports_for_state(ref: ActorRef | None) -> bool:
    """A government or its forces, whose account of their own operations is on record."""
    return _is_state(ref) or (ref is not None and ref.code[3:6] in STATE_ROLES)


def _domestic(
    cameo: str, source: ActorRef | None, target: ActorRef | None
) -> tuple[ActorRef | None, str]:
    """A countryless target takes the source's country where the act is domestic by nature:
    police, courts and governments coerce their own people ("Chinese police detained
    activists"), people appeal to, protest against and criticise their own government
    ("Armenian opposition parties demanded that the prime minister resign"), and a
    government's opposition is its own ("resume talks with the opposition")."""
    if source is None or target is None or not _named(source):
        return target, ""
    # a named person the dictionary does not know stands like a private citizen
    unknown_person = not target.code and target.kind == "person"
    if not (_countryless(target) or unknown_person):
        return target, ""
    by_role, to_role = source.code[3:6], target.code[3:6] if target.code else "CVL"
    # (a country named as the doer coerces as its state: "Nicaragua released 222 prisoners
    # and deported them"; someone else it deports is sent home, below: "deports radical
    # cleric Abu Qatada to Jordan")
    deported = cameo[:3] == "174" and not target.rule.startswith("pronoun")
    state = by_role or ("GOV" if len(source.code) == 3 and not deported else "")
    coerced = (
        (
            (cameo[:2] == "17" and state in {"COP", "JUD", "GOV"})
            or (cameo[:2] == "18" and by_role in {"COP", "JUD"})
            # "the Revolutionary Guards warned protesters", "police threatened strikers"
            or (cameo[:2] == "13" and by_role in {"COP", "JUD", "GOV", "MIL"})
            # "a Thai court found Yingluck Shinawatra guilty"
            or (cameo[:3] in {"115", "116"} and by_role == "JUD")
        )
        and to_role in LOCAL_ROLES
    )
    addressed = (
        cameo[:2] in ADDRESSED_ROOTS
        and by_role in LOCAL_ROLES
        and to_role in {"GOV", "LEG", "JUD", "COP", "MIL"}
    )
    # "Israeli police arrested six Jewish extremists", "Turkish authorities detained 3,000
    # military personnel": whoever a state's forces arrest is theirs to arrest
    arrested = cameo[:3] == "173" and by_role in STATE_FORCES | {"JUD"} and not _foreign(target)
    # "Venezuela's government said it would resume talks with the opposition"
    opposed = by_role == "GOV" and to_role in {"OPP", "PTY"}
    # "Ethiopia freed political prisoners", "prosecutors opened an inquiry into officials"
    own_people = (
        cameo[:2] in {"08", "09"}
        and (by_role in {"GOV", "JUD", "COP"} or len(source.code) == 3)
        and to_role in LOCAL_ROLES | {"GOV"}
    )
    if not (coerced or arrested or addressed or opposed or own_people):
        return target, ""
    code = source.code[:3] + target.code[3:]
    return replace(target, code=code, rule=target.rule + "+domestic"), "+domestic"


def _occurring(noun: Token) -> bool:
    """An event noun as the subject of a verb of happening ("fighting broke out")."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in OCCURRENCES


def _between(cand: Candidate) -> list[Token]:
    """The sides of a nominal event: "between X and Y" on the noun, or on the verb of
    happening it is the subject of."""
    noun = cand.noun
    if noun is None:
        return []
    return _prep_objects(noun, "between") or (
        _prep_objects(noun.head, "between") if _occurring(noun) else []
    )


def _enacted(document: Token) -> bool:
    """A document that the clause enacts ("signed an order", "passed a law")."""
    return (
        document.lemma_.lower() in DOCUMENTS
        and document.dep_ in {"dobj", "nsubjpass"}
        and document.head.lemma_.lower() in ENACTING
    )


def _hits_no_one(verb: Token) -> bool:
    """Fired into the sea, or over a country ("fires ballistic missile over Japan"): no
    one is hit."""
    if verb.lemma_.lower() not in {"fire", "launch", "lob", "shoot"}:
        return False
    if _prep_objects(verb, "at") or "down" in _particles(verb):
        return False  # ("shot down three jets over Donetsk" hit them)
    fired = [verb, *_direct_objects(verb)]  # ("fires missiles into waters": on either)
    over = [o for obj in fired for o in _prep_objects(obj, "over")]
    return any(o.lemma_.lower() in SEA for obj in fired for o in _prep_objects(obj, "into")) or any(
        o.ent_type_ == "GPE" for o in over
    )


def _takes_effect(verb: Token) -> bool:
    """ "came into force", "entered into force", "took effect": an agreement made before
    starts to apply; no new event."""
    if verb.lemma_.lower() == "take":
        return any(o.lemma_.lower() == "effect" for o in _children(verb, {"dobj"}))
    return verb.lemma_.lower() in {"come", "enter", "go"} and any(
        o.lemma_.lower() in {"force", "effect"} for o in _prep_objects(verb, "into")
    )


def _drafters(phrase: Token) -> list[Token]:
    """The actors a "X-drafted" / "X-backed" modifier names as a text's authors ("a
    US-drafted UN resolution" -> US)."""
    return [t for t in phrase.subtree if t.i + 2 < phrase.i and hyphen_participle(t) in DRAFTING]


def _broker(token: Token) -> bool:
    """The "US" of "a US-brokered deal", the "Qatar" (and "Egypt") of "a deal brokered
    by Egypt and Qatar"."""
    participle = hyphen_participle(token)
    if participle:
        return participle in BROKERING
    for t in [token, *token.conjuncts]:
        if t.dep_ == "pobj" and t.head.lower_ == "by":
            return t.head.head.lemma_.lower() in BROKERING
        # "under the mediation of Qatar's emir", "under Turkish mediation", "under the
        # auspices of the African Union"
        if t.dep_ == "pobj" and t.head.lower_ == "of" and _mediation(t.head.head):
            return True
        if t.dep_ in {"amod", "compound", "poss"} and _mediation(t.head):
            return True
    return False


def _mediation(noun: Token) -> bool:
    return noun.lemma_.lower() in MEDIATION_NOUNS


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token`` (itself if a verb; the root if none)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


# changes a state's own people ask of it ("refused to hold a new election")
CHANGES_AT_HOME = frozenset(
    {"election", "vote", "referendum", "poll", "reform", "resignation", "resign", "recount"}
)


def _refuses_change_at_home(verb: Token) -> bool:
    """ "refused to hold a new presidential election", "rejected calls for his resignation",
    "ruled out a referendum": what is refused is a change at home."""
    words = [
        t
        for c in verb.children
        if c.dep_ in {"xcomp", "dobj", "ccomp"}
        for t in [c, *_children(c, {"dobj"}), *_prep_objects(c, "for")]
    ]
    return any(t.lemma_.lower() in CHANGES_AT_HOME for t in words)


# words that name what an act answers ("in protest at", "in response to", "angered by")
ANSWERING = frozenset(
    {"protest", "response", "retaliation", "reprisal", "revenge", "anger", "outrage",
     "angered", "angry", "outraged", "furious", "incensed", "fury"}
)  # fmt: skip


def _inside_claimed_act(verb: Token) -> bool:
    """ "claimed responsibility for twin car bombings outside the ministry, which killed at
    least 100 people": the killing belongs to the act claimed, coded as the claim (01)."""
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    noun = verb.head
    for _ in range(3):
        # ("bombings outside the ministry in Mogadishu, which killed": up to the act)
        if noun.dep_ == "pobj" and noun.head.lower_ == "for":
            break
        if noun.dep_ != "pobj" or noun.head.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        noun = noun.head.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return False
    owner = prep.head  # "responsibility for", or "claimed ... for" with the object apart
    return owner.lemma_.lower() in CLAIMED or any(
        o.lemma_.lower() in CLAIMED for o in _children(owner, {"dobj"})
    )


def _answered(noun: Token) -> bool:
    """ "rejected Spain's ultimatum", "ignored Washington's demands": a demand or threat
    someone owns, answered by the clause's subject."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in ANSWERS_TO_PRESSURE
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
    )


def _grievance(noun: Token) -> bool:
    """Whether an event noun names what the sentence's act answers: "in protest at Moscow's
    recognition of Abkhazia", "angered by Madrid's support for Morocco's plan", "in response
    to the group's attacks on shipping" (told as the cause, reported before)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in {"prep", "agent"}:
        return False
    return prep.head.lower_ in ANSWERING or prep.head.lemma_.lower() in ANSWERING


def _amid_unrest(sent: Span) -> bool:
    """Whether the sentence tells of protests or unrest ("after weeks of mass protests")."""
    return any(t.lemma_.lower() in UNREST - {"violence", "strike"} for t in sent)


def _on_own_people(cameo: str) -> bool:
    """Restrictions, eased restrictions and reforms: a state's acts on its own people
    where the sentence names no one else ("imposed a nationwide curfew")."""
    return cameo.startswith(RESTRICTIONS) or cameo in EASED_RESTRICTIONS | REFORMS


def _bare_day(token: Token) -> bool:
    """A day alone ("on Thursday"), not a name the parser hung on one ("met with President
    Bashar Assad Tuesday")."""
    return token.lower_ in DAY_NAMES and not _children(token, {"compound"})


def _clause_verbs(verb: Token) -> set[int]:
    """The verb and the verbs chained to it by conjunction or adverbial clause ("opened
    fire on the march, wounding him"), up and down."""
    top = verb
    while top.dep_ in {"conj", "advcl"} and top.head.pos_ in {"VERB", "AUX"}:
        top = top.head
    found = {top.i}
    todo = [top]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in {"conj", "advcl"} and child.pos_ in {"VERB", "AUX"}:
                found.add(child.i)
                todo.append(child)
    return found


# verbs whose subject undergoes what happens in an attack ("died in a raid")
# what one is put on and goes on ("went on trial"): done to the subject
UNDERGONE = frozenset({"trial", "probation", "parole", "bail"})
UNDERGOING = frozenset(
    {"die", "perish", "suffer", "survive", "escape", "flee", "lose", "be", "lie", "remain"}
)


def _instrument_of_doer(noun: Token) -> bool:
    """Whether ``noun`` is what the clause's subject acted with ("responded with air strikes")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in INSTRUMENTAL
        and not _is_passive(verb)
        and bool(_children(verb, SUBJECTS))
    )


def _armed_doer(cand: Candidate, actors: ArticleActors, inherited: bool = False) -> bool:
    # ("overran Mosul, seizing government buildings": the participle's doer is the clause's)
    subjects = _doers(cand.verb, {"conj", "advcl"}) if inherited else _children(cand.verb, SUBJECTS)
    doers = [actors.resolve(s) for s in subjects]
    return any(d is not None and d.code[3:6] in ARMED_ROLES for d in doers)


def _taken_by_force(cand: Candidate, actors: ArticleActors, prep: str = "") -> bool:
    """Armed forces seizing ground or a site (or marching ``prep`` it)."""
    if not _armed_doer(cand, actors, inherited=True):
        return False
    grounds = _prep_objects(cand.verb, prep) if prep else _direct_objects(cand.verb)
    return any(_ground(o, actors) for o in grounds)


def _ground(token: Token, actors: ArticleActors) -> bool:
    """A place or a site ("the town", "Goma", "Europe's largest nuclear plant", "Paletwa,
    a strategic town")."""
    return (
        token.lemma_.lower() in GROUND
        or _place_named(token, actors)
        or any(a.lemma_.lower() in GROUND for a in _children(token, {"appos"}))
    )


def _people_taken(cand: Candidate, actors: ArticleActors) -> bool:
    """What the verb takes is people ("seized two soldiers", "seized 20 schoolchildren",
    "seized two Canadians and a Norwegian"), not goods or ground."""
    for obj in _direct_objects(cand.verb):
        if obj.lemma_.lower() in PEOPLE or obj.ent_type_ in {"NORP", "PERSON"}:
            return True
        ref = actors.resolve(obj)
        if ref is not None and ref.kind == "person":
            return True
    return False


def _place_named(token: Token, actors: ArticleActors) -> bool:
    """A name of a place: tagged as one, or resolved to a country, capital or place."""
    if token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    ref = actors.resolve(token)
    return ref is not None and ref.kind in {"country", "capital", "place"}


def _chemical(cand: Candidate) -> bool:
    """An attack made with chemical agents: what it throws, fires or kills with (not whom
    it kills: "killed the head of Russia's chemical protection troops")."""
    verb = cand.verb
    thrown = [] if verb.lemma_.lower() in LETHAL else _direct_objects(verb)
    means = thrown + [o for w in ("with", "in") for o in _prep_objects(verb, w)]
    if cand.noun is not None:
        means.append(cand.noun)
    # "Gas attack by Syrian warplanes kills dozens": the attack that does the killing
    means += [s for s in _children(verb, SUBJECTS) if s.lemma_.lower() in ATTACK_NOUNS]
    return any(
        t.lemma_.lower() in CHEMICAL_AGENTS
        or (
            t.lower_ == "gas"
            and t.i > 0
            and t.doc[t.i - 1].lower_ in {"poison", "nerve", "mustard"}
        )
        or (
            t.lower_ == "gas"
            and t.head.lemma_.lower() in ATTACK_NOUNS
            and (t.i == 0 or t.doc[t.i - 1].lower_ != "tear")
        )
        for m in means
        for t in _own_words(m)
    )


def _own_words(phrase: Token) -> list[Token]:
    """A phrase's words, less what it is a reaction to ("strikes on Syria over a suspected
    gas attack": the gas is the reason, not the weapon)."""
    reasons = [
        c
        for t in phrase.subtree
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in {"over", "after", "following", "for"}
    ]
    skipped = {t.i for r in reasons for t in r.subtree}
    return [t for t in phrase.subtree if t.i not in skipped]


def _sends_forces(cand: Candidate) -> bool:
    """The act moves forces ("withdrew its troops from the UN mission")."""
    return any(
        t.lemma_.lower() in FORCE_NOUNS for o in _direct_objects(cand.verb) for t in o.subtree
    )


def _ordered_out(verb: Token) -> bool:
    """A deadline to leave given to diplomats, foreigners or reporters."""
    if not any(
        t.lemma_.lower() == "leave"
        and t.dep_ in {"advcl", "xcomp", "relcl", "acl"}
        and _marked_to(t)
        for t in verb.subtree
    ):
        return False  # "72 hours to leave" (the parser may hang it on the hours)
    told = _children(verb, {"dative", "dobj"})
    if verb.dep_ == "conj" and any(r.pos_ == "PRON" for r in told):
        # "expels French ambassador, gives him 72 hours to leave": whom the pronoun means
        told += _children(verb.head, {"dobj"})
    # ("gave French ambassador Sylvain Itte 48 hours": the title the name is given)
    return any(
        w.lemma_.lower() in EXPELLABLE
        for r in told
        for w in [r, *(c for c in r.children if c.dep_ == "compound")]
    )


def _welcomed_to_place(verb: Token, actors: ArticleActors) -> bool:
    """ "welcomed Trump to Riyadh", "greeted the pope to Baghdad", "welcomed Obama to the
    presidential palace in Hanoi": someone welcomed to a place (not "welcomed the
    decision")."""
    if verb.lemma_.lower() not in {"welcome", "greet"}:
        return False
    if not any(o.pos_ in {"PROPN", "NOUN", "PRON"} for o in _direct_objects(verb)):
        return False
    return any(
        _place_named(place, actors)
        or place.lemma_.lower() in {"palace", "residence"}
        or any(_place_named(p, actors) for p in _prep_objects(place, "in"))
        for place in _prep_objects(verb, "to")
    )


def _not_a_meeting(cand: Candidate) -> bool:
    """ "would be met with fire and fury" is a response, not a meeting; "flies them to
    the United States" carries someone, it is no visit."""
    verb = cand.verb
    if cand.nominal:
        return False
    if cand.cameo[:2] == "04" and verb.lemma_.lower() == "meet" and _is_passive(verb):
        return True
    return (
        cand.cameo == VISIT
        and verb.lemma_.lower() in CARRYING
        and any(o.pos_ in {"PRON", "NOUN", "PROPN"} for o in _direct_objects(verb))
    )


def _country_code(ref: ActorRef | None) -> str:
    """The country an actor belongs to; "" for none, a role alone or an international
    body."""
    if not _named(ref) or ref is None or ref.code.startswith(INTERNATIONAL):
        return ""
    return ref.code[:3]


def _sentence_places(sent: Span, actors: ArticleActors) -> set[str]:
    """The countries of the places the sentence names: "southern Israel", "areas of
    Ukraine", "the Ethiopian city of Axum" (not a company's, a people's or a language's)."""
    return {
        c
        for ent in sent.ents
        if ent.label_ in {"GPE", "LOC"} or (ent.label_ == "NORP" and _names_place_part(ent.root))
        if not is_ethnic(ent[0])
        if (c := _country_code(actors.resolve(ent.root)))
    }


def _names_place_part(word: Token) -> bool:
    """A nationality naming a place ("the Ethiopian city of Axum")."""
    return word.dep_ == "amod" and word.head.lemma_.lower() in PLACE_PARTS


def _sentence_countries(
    sent: Span, actors: ArticleActors, beyond: ActorRef | None = None
) -> set[str]:
    """The countries the sentence names (actors and places), outside ``beyond``'s words."""
    return {
        c
        for ent in sent.ents
        if beyond is None or not beyond.start_char <= ent.start_char < beyond.end_char
        # ("ethnic Albanian rebels" live in the country the sentence is about; "pro-Russian
        # separatists" in the one they fight in)
        if not is_ethnic(ent[0]) and not is_stance(ent)
        if (c := _country_code(actors.resolve(ent.root)))
    }


def _in_context(
    cameo: str,
    source: ActorRef | None,
    target: ActorRef | None,
    countries: Callable[[], set[str]],
    elsewhere: Callable[[], set[str]] = set,
    places: Callable[[], set[str]] = set,
) -> tuple[ActorRef | None, ActorRef | None, str]:
    """Countryless actors of an act at home take the country the context gives: "police
    opened fire on crowds" in a sentence that names only Kenya; "protesters stormed
    Kenya's parliament" (protesters at home face their own state); "government troops
    abandoned their posts" where only Iraq is named."""

    def placed(ref: ActorRef, country: str) -> ActorRef:
        return replace(ref, code=country + ref.code[3:], rule=ref.rule + "+context")

    by_role = source.code[3:6] if source is not None else ""
    to_role = target.code[3:6] if target is not None else ""
    if _countryless(source) and _named(target) and target is not None and source is not None:
        own = target.code[:3]
        at_home = (
            (cameo[:2] == PROTEST_ROOT and by_role in LOCAL_ROLES and to_role in STATE_ROLES)
            # "protesters blocked Barcelona's airport": a protest at a place where the
            # sentence names that place's country only
            or (
                cameo[:2] == PROTEST_ROOT
                and by_role in LOCAL_ROLES
                and is_place(target)
                and countries() == {own}
            )
            or (cameo == REPRESSION and by_role in STATE_ROLES and to_role in LOCAL_ROLES - {"COP"})
            # "Gunmen shot dead the mayor of the Mexican city of Uruapan": armed men who
            # attack where the sentence names one country only are its own
            # (and "separatists began pulling heavy weapons back from the front line in
            # eastern Ukraine": armed men who yield there too)
            or (
                cameo[:2] in VIOLENT_ROOTS | {"08"}
                and by_role in IRREGULAR_ROLES
                and countries() == {own}
            )
            # "a 71-year-old man shot Slovak Prime Minister Robert Fico": an attacker of a
            # state's leaders where only that country is named is one of its own people
            or (
                cameo[:2] == "18"
                and by_role == "CVL"
                and to_role in STATE_ROLES
                and countries() == {own}
            )
            # "Paramilitary Rangers arrested former Prime Minister Imran Khan": a state's
            # forces arrest its own people where no other country is named (a deportation
            # crosses borders by nature)
            or (cameo[:3] == "173" and by_role in STATE_FORCES and countries() == {own})
            # "the government declared a state of emergency in Port-au-Prince": a state
            # coerces at home where the sentence names one country only
            # (not a deportation, which crosses borders by nature)
            or (
                cameo[:2] == "17"
                and cameo[:3] != "174"
                and by_role in STATE_ROLES
                and countries() == {own}
            )
            # "the government blamed al Shabaab", where only Somalia is named: a state that
            # deals with a country's insurgents is that country's own
            or (by_role in STATE_ROLES and to_role in IRREGULAR_ROLES and countries() == {own})
        )
        if at_home and not own.startswith(BODIES):
            return placed(source, own), target, "+context"
        return source, target, ""
    if (
        _named(source)
        and source is not None
        and _countryless(target)
        and target is not None
        and not _foreign(target)
    ):
        if (
            (
                # "RSF fighters killed more than 800 people during a rampage in Ardamata":
                # armed groups kill at home
                (
                    cameo[:2] in VIOLENT_ROOTS
                    and by_role in IRREGULAR_ROLES
                    and (to_role == "" or to_role in NONCOMBATANTS)
                )
                # "The Pakistani Taliban announced a ceasefire to revive talks with the
                # government": the doer's counterpart is of its own country; state forces
                # may fight abroad, so their victims are at home only where it is named
                # "Macedonian security forces and ethnic Albanian rebels exchanged fire": the
                # state's forces fight insurgents at home where no other country is named
                or (
                    cameo[:2] in VIOLENT_ROOTS
                    and by_role in STATE_FORCES
                    and to_role in IRREGULAR_ROLES
                )
                # "Nigeria's government said it would not release separatist leader Nnamdi
                # Kanu": whom a state frees, tries or talks to is its own
                or (
                    to_role in IRREGULAR_ROLES
                    and _is_state(source)
                    and cameo[:2] not in VIOLENT_ROOTS
                )
                or (
                    to_role in STATE_ROLES | LOCAL_ROLES
                    and not source.code.startswith(BODIES)
                    and not (
                        cameo[:2] in VIOLENT_ROOTS
                        and by_role in STATE_FORCES
                        and elsewhere() != {source.code[:3]}
                        # "Syrian government forces massacred 78 people": a civil war's
                        # government side fights at home
                        and "government" not in source.text.lower().split()
                    )
                )
            )
            and countries() == {source.code[:3]}
        ):  # the sentence names the doer's country only
            return source, placed(target, source.code[:3]), "+context"
        if (
            cameo[:2] in VIOLENT_ROOTS
            and to_role in NONCOMBATANTS | {""}
            and len(others := countries() - {source.code[:3]}) == 1
            and others <= places()
        ):
            # "Eritrean soldiers killed hundreds of civilians ... in the Ethiopian city of
            # Axum", "Hamas gunmen burst into southern Israel, killing hundreds of people":
            # nameless victims are of the one other country the sentence names as a place
            return source, placed(target, next(iter(others))), "+victims-there"
    if (
        _named(source)
        and source is not None
        and _countryless(target)
        and target is not None
        and to_role in STATE_ROLES
        and "01" <= cameo[:2] <= "13"
    ):
        # "after the French foreign minister called the military authorities
        # illegitimate" in a sentence about Mali: the other state the sentence names
        others = countries() - {source.code[:3]}
        if len(others) == 1 and not source.code.startswith(BODIES):
            return source, placed(target, others.pop()), "+context"
    if _named(source) or _named(target):
        return source, target, ""
    named = countries()
    if len(named) != 1:
        return source, target, ""
    (country,) = named
    # ("three suicide bombers blew themselves up outside a hall in northeastern Nigeria":
    # armed men who strike where only one country is named are its own)
    at_home = cameo[:2] in VIOLENT_ROOTS and by_role in IRREGULAR_ROLES
    if source is not None and (by_role in STATE_ROLES | LOCAL_ROLES or at_home):
        source = placed(source, country)
    if target is not None and to_role in STATE_ROLES | LOCAL_ROLES:
        target = placed(target, country)
    return source, target, "+context"


def _foreign(ref: ActorRef) -> bool:
    """ "foreign aid workers": said to be from elsewhere."""
    return bool({"foreign", "foreigner", "foreigners"} & set(ref.text.lower().split()))


def _named(ref: ActorRef | None) -> bool:
    """An actor with a country or an organisation, not just a role."""
    return ref is not None and bool(ref.code) and not ref.code.startswith(NO_COUNTRY)


def _shown_at_home(
    cand: Candidate, source: ActorRef, located: Callable[[], list[ActorRef]]
) -> bool:
    """Forces shown in the doer's own country ("across the country", "into the streets of
    Guayaquil") or against its own unrest ("to quell protests", "to contain rioting")."""
    if any(place.code[:3] == source.code[:3] for place in located()):
        return True
    return bool(_quelled(cand.verb))


def _quelled(verb: Token) -> list[Token]:
    """The unrest a purpose clause of the verb puts down ("to quell protests", "to clear
    Manama protest camp")."""
    return [
        o for o in _quelling_objects(verb) if any(t.lemma_.lower() in UNREST for t in o.subtree)
    ]


def _quelling_objects(verb: Token) -> list[Token]:
    """What a purpose clause of the verb stops, scatters or puts down ("to stop them",
    "to disperse the crowd")."""
    return [
        o
        for c in _children(verb, {"advcl", "xcomp"})
        if c.lemma_.lower() in QUELLING
        for o in _children(c, {"dobj"})
    ]


def _business_taken(verb: Token) -> bool:
    """ "seized control of the subsidiaries", "took over the company": a business taken."""
    objects = _children(verb, {"dobj"})
    taken = [o for c in objects if c.lemma_.lower() == "control" for o in _prep_objects(c, "of")]
    return any(t.lemma_.lower() in BUSINESSES for t in taken or objects)


def _still_ahead(noun: Token) -> bool:
    """An event noun in a time phrase that puts it later: "ahead of his visit", "on the
    eve of the summit" ("before the attack" may tell of one that happened)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in {"eve", "ahead"}


def _placed_thing(ref: ActorRef | None) -> bool:
    """A thing that is no actor, resolved only by the place it is in ("relations in
    Brussels")."""
    return ref is not None and ref.rule == "in-phrase" and len(ref.code) == 3


def _countryless(ref: ActorRef | None) -> bool:
    return ref is not None and ref.code.startswith(NO_COUNTRY)


def _owned_by_pronoun(token: Token) -> bool:
    """ "his great relationship", "its ties": a thing owned by a pronoun, which refers
    back to the doer."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _by_bomb(verb: Token) -> bool:
    """A bomb or a bomber as the doer: "a roadside bomb killed", "a suicide bomber
    attacked a mosque", "killed by a Taliban suicide bomber" (CAMEO 183)."""
    doers = _children(verb, SUBJECTS) + [
        o for a in _children(verb, {"agent"}) for o in _children(a, {"pobj"})
    ]
    return any(
        t.lemma_.lower() in BOMBS or (t.lower_ == "suicide" and t.i < d.i)
        for d in doers
        for t in [d, *_children(d, {"compound", "amod", "nmod"})]
    )


def _irregular(ref: ActorRef | None) -> bool:
    """Rebels, insurgents, militias, criminals, transnational armed groups, and gunmen
    no one has named."""
    if ref is None:
        return False
    return (
        not ref.code
        or ref.code.startswith((NO_COUNTRY, TRANSNATIONAL))
        or ref.code[3:6] in IRREGULAR_ROLES
    )


def _civilian(ref: ActorRef | None) -> bool:
    return ref is not None and ref.code[3:6] in CIVILIAN_ROLES


def _quelling(purpose: Token) -> bool:
    """Forces sent "to fight insurgents" or "to halt the violence": to put down armed
    groups or bloodshed where they are sent (not "to attack Kurdish-led forces")."""
    objects = {o.lemma_.lower() for o in _direct_objects(purpose)}
    lemma = purpose.lemma_.lower()
    return bool(
        (lemma in {"fight", "combat", "battle", "counter", "tackle"} and objects & INSURGENCY)
        or (lemma in {"halt", "stop", "end", "quell", "curb", "contain"} and objects & BLOODSHED)
    )


def _sent_for(verb: Token) -> str:
    """What forces arriving or sent somewhere are for: to deliver aid (073), or to help,
    lead a mission or keep the peace (074); "" for neither."""
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]
    # "deploying ... under a United Nations mandate to halt spiralling violence"
    purposes += [c for o in _prep_objects(verb, "under") for c in _children(o, {"acl"})]
    for purpose in purposes:
        # "dispatched a hospital ship and troops to Haiti to deliver aid"
        if purpose.lemma_.lower() in AID_DELIVERIES and any(
            t.lemma_.lower() in RELIEF for o in _direct_objects(purpose) for t in o.subtree
        ):
            return HUMANITARIAN_AID
    movers = _children(verb, SUBJECTS) + _direct_objects(verb)
    if verb.dep_ == "xcomp":
        movers += _children(verb.head, SUBJECTS)  # "paratroopers began arriving"
    roles = [*movers, *_prep_objects(verb, "as"), *_prep_objects(verb.head, "as")]
    words = {t.lemma_.lower() for m in roles for t in m.subtree}
    if not words & FORCE_NOUNS:
        return ""
    if words & {"peacekeeper", "peacekeeping"}:
        return PROTECTION  # "arriving as part of a peacekeeping force"
    if any(
        o.lemma_.lower() in {"request", "invitation", "behest"} for o in _prep_objects(verb, "at")
    ):
        return PROTECTION  # "sent police and troops ... at the request of Prime Minister ..."
    if any(
        t.lemma_.lower() in {"peacekeeper", "peacekeeping"} for c in purposes for t in c.subtree
    ):
        return PROTECTION  # "would send troops to reinforce the UN peacekeeping mission"
    if any(c.lemma_.lower() in PROTECTIVE_PURPOSES or _quelling(c) for c in purposes):
        return PROTECTION
    if any(
        t.lemma_.lower() in PROTECTIVE_PURPOSES and t.dep_ in {"xcomp", "advcl"}
        for m in roles
        for t in m.subtree
    ):
        return PROTECTION  # "arriving as part of a regional force sent to help Congo's army"
    return ""


def _investigated(cand: Candidate, actors: ArticleActors, own: set[str]) -> list[ActorRef]:
    """Whose acts an inquiry looks into: the doer ("by Syrian security forces") or else the
    first actor named in what it looks into ("into killings carried out during Philippine
    President Rodrigo Duterte's war on drugs", "into the conduct of Russian troops"), also
    through the purpose clause of the body set up ("a commission to investigate ...")."""
    heads = [cand.verb, *_direct_objects(cand.verb)]
    heads += [cand.noun] if cand.noun is not None and cand.noun not in heads else []
    heads += [
        c
        for h in list(heads)
        for c in h.children
        if c.dep_ in {"acl", "xcomp", "advcl", "relcl"} and c.lemma_.lower() in INQUIRING
    ]
    looked_into = [
        o
        for h in heads
        for o in [
            *_prep_objects(h, "into"),
            *(_direct_objects(h) if h.lemma_.lower() in INQUIRING and h.pos_ == "VERB" else []),
            # "to investigate disappearances during Sheikh Hasina's years in power", "an
            # investigation into war crimes by Russian forces" (the parser hangs both on
            # the inquiry)
            *(
                [*_prep_objects(h, "during"), *_prep_objects(h, "by")]
                if h.lemma_.lower() in INQUIRING
                else []
            ),
        ]
        if o.pos_ == "NOUN"
    ]

    def accept(token: Token, ref: ActorRef) -> bool:
        # (not where it happened: "war crimes by Russian forces in Ukraine")
        where = token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS
        return ref.code not in own and not (where and is_place(ref))

    for o in looked_into:
        words = list(o.subtree)
        agents = [a for w in words if w.lower_ == "by" for a in _children(w, {"pobj"})]
        found = _first_actor([*agents, *words], actors, accept)
        if found:
            return found
    return []


def _first_actor(
    tokens: Iterable[Token], actors: ArticleActors, accept: Callable[[Token, ActorRef], bool]
) -> list[ActorRef]:
    """The first named actor among ``tokens`` that ``accept`` takes (as a one-item list),
    else none."""
    for token in tokens:
        ref = actors.resolve(token)
        if ref is not None and _named(ref) and accept(token, ref):
            return [ref]
    return []


def _crowd_acted_on(cand: Candidate, cameo: str) -> bool:
    """ "opened fire on protesters who stormed parliament", "fired tear gas at supporters
    protesting against the postponement": the protest of a crowd the main clause acts on
    is that day's news, not background."""
    verb = cand.verb
    return (
        (
            cameo[:2] == PROTEST_ROOT
            # "protesters who were demanding an end to his rule": a crowd's demand (141)
            or (cameo[:2] == "10" and verb.head.lemma_.lower() in CROWD_SUBJECTS)
        )
        and not cand.nominal
        and verb.dep_ in {"relcl", "acl"}
        and verb.head.dep_ in {"dobj", "pobj"}
        and verb.tag_ in {"VBG", "VBD"}
    )


def _background_participle(verb: Token) -> bool:
    """ "protesters marching on the palace", "a tanker seized by Iran": a participle
    describing a noun tells the background, not the news. Not a headline's "Rabbani
    killed by suicide bomber" (the noun is the whole sentence), nor a main verb the
    parser hung on its subject ("coalition aircraft bombed Houthi positions")."""
    if verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if verb.tag_ not in {"VBG", "VBN", "VBD"}:
        return False  # "Sweden's decision to recognise Palestine": the decision's act
    if verb.head.dep_ == "ROOT":
        return False
    sent = verb.sent
    clause_verbs_before = [
        t
        for t in sent[: verb.i - sent.start]
        if t.pos_ == "VERB" and t.dep_ not in {"amod", "compound"}
    ]
    if sent.root.pos_ not in {"VERB", "AUX"} and not clause_verbs_before:
        # "Investigators for the coalition acknowledged ...": the main verb, misparsed
        return False
    if _enacted(verb.head):
        return False  # "signed an order imposing tariffs": what the document does
    start = verb.left_edge.i
    if start > 0 and verb.doc[start - 1].text == ",":
        return False  # "..., accusing the ISI of ...": the main clause's participle
    return not (verb.tag_ in {"VBN", "VBD"} and _children(verb, {"dobj"}))


def _condition_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``'s "if"/"unless" clauses ("would strike if South Korea
    violated its border"), or of those of what it reports ("warned that not a drop of oil
    would pass through Hormuz if Washington imposed sanctions")."""
    clauses = [verb, *_children(verb, {"ccomp", "xcomp"})]
    # ("threatened to 'open the gates' and send refugees to Europe if the EU ...": the
    # infinitives the parser hangs as the verb's clause or conjunct)
    clauses += [c for c in _children(verb, {"advcl", "conj"}) if c.tag_ == "VB"]
    clauses += [c for clause in clauses[1:] for c in _children(clause, {"conj"})]
    # ("said it would be forced to take retaliatory steps if Finland joined NATO")
    clauses += [c for clause in clauses[1:] for c in _children(clause, {"xcomp"})]
    return [
        s
        for clause in clauses
        for c in _children(clause, {"advcl"})
        if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for s in _children(c, SUBJECTS)
    ]


def _vowed_taking(verb: Token) -> Token | None:
    """The "take" of "vowed to take all necessary measures" or "warned that it would take
    countermeasures", whose object is the act vowed."""
    lemma = verb.lemma_.lower()
    if lemma in VOWING:
        found = [x for x in _children(verb, {"xcomp"}) if x.lemma_.lower() == "take"]
    elif lemma in {"warn", "say"}:
        found = [
            take
            for c in _children(verb, {"ccomp"})
            if _future(c)
            # "said it would be forced to take retaliatory steps"
            for take in (_children(c, {"xcomp"}) if c.lemma_.lower() in COMPELLED else [c])
            if take.lemma_.lower() == "take"
        ]
        if lemma == "say":
            # "said it would take retaliatory measures": only reprisals make a statement
            # of what one will take a threat (not "would take measures to curb inflation")
            found = [t for t in found if any(map(_retaliatory, _direct_objects(t)))]
    else:
        found = []
    return found[0] if found else None


def _retaliatory(thing: Token) -> bool:
    """ "countermeasures", "retaliatory steps", "reciprocal measures"."""
    return thing.lemma_.lower() in REPRISALS or any(
        a.dep_ in {"amod", "nmod", "compound"} and a.lemma_.lower() in RETALIATORY
        for a in thing.children
    )


def _jailbreak(verb: Token, source: ActorRef | None, freed: list[Token]) -> bool:
    """ "gangs stormed the prisons, freeing thousands of inmates": inmates let out by
    whoever broke into their prison (a clause of that act), not a captor's release; so
    are inmates freed by armed men ("insurgents freed 400 inmates from the jail")."""
    if (
        verb.dep_ in {"advcl", "conj"}
        and not _children(verb, SUBJECTS)
        and any(o.lemma_.lower() in PRISONS for o in _direct_objects(verb.head))
    ):
        return True
    return (
        source is not None
        and source.code[3:6] in IRREGULAR_ROLES
        and any(o.lemma_.lower() == "inmate" for o in map(_counted, freed))
    )


def _agents_after(things: list[Token]) -> list[Token]:
    """The doers named by a "by" right after ``things`` wherever the parser hung it ("an
    investigation into alleged war crimes by the Rapid Support Forces")."""
    found: list[Token] = []
    for thing in things:
        end = thing.right_edge.i + 1
        after = thing.doc[end] if end < len(thing.doc) else None
        if after is not None and after.lower_ == "by" and after.dep_ in {"prep", "agent"}:
            found += _children(after, {"pobj"})
    return found


def _slot_holders(verb: Token, noun: Token | None) -> list[Token]:
    """Where a target's preposition hangs: the event noun, the quantity it is read
    through ("a wave of air strikes on Baghdad"), then the verb."""
    if noun is None:
        # "vowed to take action against Israel": what the vow is to take, and its taking
        taking = _vowed_taking(verb)
        return [verb, *_direct_objects(taking), taking] if taking is not None else [verb]
    # "a new round of talks with Macedonia was held": what the quantity counts
    counted = _counted(noun)
    holders = [noun] if counted is noun else [counted, noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        quantity = noun.head.head
        if quantity.lemma_.lower() in QUANTITIES and quantity.i != verb.i:
            holders.append(quantity)
    return [*holders, verb]


def _named_by_modifier(ref: ActorRef | None) -> bool:
    """A thing named for a country or an organisation ("Myanmar sanctions", "an IMF
    loan"), not an actor in its own right ("Afghan troops")."""
    if ref is None or not ref.rule.startswith("compound:") or ref.rule == "compound:possessive":
        return False  # "began its largest-ever exercises": the doer's own
    return ref.rule == "compound:organisation" or len(ref.code) == 3


def _is_crowd(ref: ActorRef | None, partisans: bool = False) -> bool:
    """Protesters, rioters, a mob; also counted ("thousands of angry demonstrators"); with
    ``partisans``, a party's supporters too (as the doers of street action)."""
    if ref is None:
        return False
    heads = {words.split()[-1].lower().rstrip("s") for words in (ref.text, ref.name) if words}
    # "opposition supporters blockaded government buildings": partisans in the street
    partisan = "supporter" in heads and ref.code[3:6] in {"CVL", "OPP", "PTY"}
    return bool(heads & CROWDS) or (partisans and partisan)


def street_violence(
    cameo: str,
    source: ActorRef | None,
    target: ActorRef | None,
    at_protest: bool = False,
    crowd_source: bool = False,
) -> tuple[str, str]:
    """CAMEO's codes for street violence: protesters who attack, clash or wreck property
    riot (145), and who surround or blockade a place obstruct it (144); police or troops
    who attack or clash with protesters, or storm their camp, repress them (175);
    militants who attack a crowd do not (that is an assault or mass violence)."""
    crowd_source = crowd_source or _is_crowd(source, partisans=True)
    if crowd_source and cameo in RIOTING and not (target is not None and target.code[3:6] == "MED"):
        # (a crowd beating journalists assaults them: "protesters attacked dozens of
        # journalists covering the march")
        return RIOT, "+riot"
    civilians = source is not None and source.code[3:6] in CIVILIAN_ROLES | {"OPP"}
    if civilians and cameo == "190" and target is not None and target.code[3:6] == "COP":
        # "students clash with police in Caracas": people fighting the police in the
        # street riot (145)
        return RIOT, "+riot"
    if (crowd_source or civilians) and cameo == BLOCKADE:
        # "demonstrators surrounded the embassy", "truckers have blockaded downtown Ottawa":
        # people blocking a place obstruct it (144); a blockade (191) is a state's or an
        # armed group's
        return OBSTRUCTION, "+obstruct"
    crowd = _is_crowd(target) or (
        at_protest and (target is None or target.code[3:6] in {"", "CVL", "OPP"})
    )
    if cameo in REPRESSING and crowd and source is not None and source.code[3:6] in STATE_FORCES:
        return REPRESSION, "+repression"
    return cameo, ""


def _at_protest(verb: Token) -> bool:
    """An act aimed at a protest: "stormed a protest camp", "fired at a rally", "opened
    fire on people marching in Managua"."""
    objects = _children(verb, {"dobj"}) + [
        o
        for p in _children(verb, {"prep"})
        for o in _children(p, {"pobj"})
        # (not the idiom: "ordered troops to the border in protest at an incursion")
        if not (p.lower_ == "in" and o.lower_ == "protest")
    ]
    marching = [
        c
        for p in _children(verb, {"prep"})
        for c in [
            *_children(p, {"pcomp"}),
            *(a for o in _children(p, {"pobj"}) for a in _children(o, {"acl"})),
        ]
    ] + [a for o in _children(verb, {"dobj"}) for a in _children(o, {"acl"})]
    if any(c.tag_ == "VBG" and c.lemma_.lower() in PROTESTING for c in marching):
        return True
    return any(
        t.lemma_.lower() in PROTEST_GATHERINGS
        for o in objects
        # "stormed the fortified camp of Red Shirt protesters"
        for t in [o, *_children(o, {"compound", "amod"}), *_prep_objects(o, "of")]
    )


def _agents_in(phrase: Token) -> list[Token]:
    """By-agents inside a noun phrase, wherever the parser hung them ("the detention of
    the opposition leader by Russian police")."""
    return [
        t for t in phrase.subtree if t.dep_ == "pobj" and t.head.lower_ == "by" and t.i > phrase.i
    ]


def _agents_behind(instrument: Token) -> list[Token]:
    """ "a missile (believed to be) fired by rebels", "a bomb planted by militants"."""
    found: list[Token] = []
    for verb in _children(instrument, {"acl"}):
        found += _prep_objects(verb, "by")
        for comp in _children(verb, {"xcomp"}):
            found += _prep_objects(comp, "by")
    return found


def _direct_objects(verb: Token) -> list[Token]:
    """The verb's objects, or those of the verb coordinated after it when they share
    subject and object ("militants tortured and killed an aid worker")."""
    own = _children(verb, {"dobj"})
    if own or _children(verb, {"ccomp"}):
        # ("demanded that M23 halt its advance, and threatened sanctions": a verb with a
        # clause for its object shares no object)
        return own
    for conj in _children(verb, {"conj"}):
        if conj.i > verb.i and conj.pos_ == "VERB" and not _children(conj, SUBJECTS):
            return _children(conj, {"dobj"})
    return []


def _third_party(speaker: ActorRef, event: Event) -> bool:
    """The speaker is of neither side's country (a UN inquiry, a watchdog, another state);
    not "Israel said a rocket was fired at it", the side hit. (What a third party
    "claims" or "alleges" stays its allegation: "the US claimed ISIL had attacked".)"""
    sides = [r for r in (event.source, event.target) if r is not None]
    return len(sides) == 2 and all(
        not _countryless(r) and r.code[:3] != speaker.code[:3] for r in sides
    )


def _relative_object(verb: Token) -> list[Token]:
    """The claim or proposal an object relative clause answers ("an allegation Ramaphosa
    rejected", "the plan that Iran rejected"), as the verb's object."""
    subjects = _children(verb, {"nsubj"})
    if (
        verb.dep_ != "relcl"
        or verb.head.lemma_.lower() not in ANSWERED_NOUNS
        or not subjects
        # ("protesters who stormed parliament": the noun is the subject)
        or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects)
    ):
        return []
    own = _children(verb, {"dobj"})
    if own and not all(o.lower_ in RELATIVE_PRONOUNS for o in own):
        return []
    return [verb.head]


def _children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


PARTICLES = frozenset(
    {"up", "out", "down", "off", "back", "away", "over", "in", "on", "forward", "aside"}
)
PHRASAL_PREPS = frozenset({"on", "over", "up"})  # "passed on", "handed over", "gave up"


def _particles(verb: Token) -> set[str]:
    """Verb particles, also where the parser calls them adverbs or prepositions
    ("pulled out of Lebanon", "stepped down")."""
    found = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    for c in verb.children:
        # "pulled its troops out of Somalia" (not "deployed ships off the coast")
        after_object = any(c.i == o.right_edge.i + 1 for o in _children(verb, {"dobj"})) and (
            c.dep_ == "advmod" or any(g.lower_ == "of" for g in c.children)
        )
        near = (
            c.dep_ in {"advmod", "prep"}
            and c.lower_ in PARTICLES
            and (0 < c.i - verb.i <= 2 or after_object)
        )
        if near and (
            c.dep_ == "advmod"
            or any(g.lower_ == "of" for g in c.children)
            or c.lower_ in {"out", "down", "off", "back", "away"}
        ):
            found.add(c.lower_)
    # "found the former minister guilty", "held the company liable": a verdict adjective
    # works like a particle (not "found him not guilty")
    found |= {
        c.lower_
        for c in verb.children
        if c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"}
        and c.lower_ in VERDICTS
        and not any(g.dep_ == "neg" for g in c.children)
    }
    return found


def _has_infinitive(verb: Token) -> bool:
    """ "urged Pakistan to act": an infinitival complement, however the parser attached it
    (xcomp, a ccomp with its own subject and "to", or "called for Israel to withdraw");
    "told reporters that ..." is not."""
    for comp in verb.children:
        if comp.dep_ == "xcomp" and comp.tag_ == "VB":
            return True
        if comp.dep_ in {"ccomp", "xcomp"} and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in comp.children
        ):
            return True
        if _for_to_clause(comp):
            return True
        if (
            comp.dep_ == "advcl"
            and comp.tag_ == "VB"
            and comp.i > verb.i
            and _marked_to(comp)
            and not _children(comp, {"mark"})
            and any(c.dep_ in {"dobj", "prep"} for c in verb.children)
        ):
            # "called on Iranian authorities on Monday to free ...": the parser hung the
            # complement as an adverbial after an adjunct
            return True
    return False


def _clause_as_object(verb: Token) -> bool:
    """ "Obama demands Assad step down": a bare clause the parser took for an object."""
    return verb.dep_ == "dobj" and verb.tag_ == "VB" and bool(_children(verb, SUBJECTS))


def _for_to_clause(comp: Token) -> bool:
    """ "(called) for Israel to withdraw": a for-to infinitive with its own subject."""
    return (
        comp.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in comp.children)
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in comp.children)
        and bool(_children(comp, SUBJECTS))
    )


def _modifier_words(noun: Token) -> list[str]:
    """Words before a noun within its phrase, hyphenated parts joined ("anti-government")."""
    left = noun.left_edge.i
    words: list[str] = []
    glue = False
    for tok in noun.doc[left : noun.i]:
        if tok.pos_ == "DET" and not words:
            continue
        if tok.text == "-" and words:
            words[-1] += "-"
            glue = True
            continue
        if glue:
            words[-1] += tok.lower_
            glue = False
        else:
            words.append(tok.lower_)
        if tok.whitespace_ == "" and tok.i + 1 < noun.i and noun.doc[tok.i + 1].text != "-":
            glue = True
    return words


def _phrasal_objects(verb: Token) -> list[Token]:
    """ "passed on intelligence to Britain": the parser reads the particle of a phrasal verb
    as a preposition, so its object is the preposition's."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i == verb.i + 1 and prep.lower_ in PHRASAL_PREPS:
            return [c for c in prep.children if c.dep_ == "pobj"]
    return []


def _counted(noun: Token) -> Token:
    """What a quantity head counts: "a series of raids" -> raids."""
    if noun.lemma_.lower() in QUANTITIES:
        counted = _prep_objects(noun, "of")
        if counted:
            return counted[0]
    return noun


def _object_names(obj: Token) -> set[str]:
    """The ways a lexicon entry may name an object: lemma, word, and with its modifiers
    ("chemical weapon")."""
    lemma = obj.lemma_.lower()
    if lemma in QUANTITIES or obj.ent_type_ == "MONEY" or lemma in CURRENCIES:
        # "fired dozens of rockets", "a barrage of missiles", "$80 million in aid": what
        # is counted
        counted = _prep_objects(obj, "of") or _prep_objects(obj, "in")
        if counted:
            # "the delivery of tanks, fighter jets and cash aid": each thing counted
            return {n for c in [counted[0], *counted[0].conjuncts] for n in _object_names(c)} | {
                lemma
            }
    names = {lemma, obj.lower_}
    if obj.tag_ == "NNPS" and lemma.endswith("s"):
        # "handed over 20 Benin Bronzes": a capitalised plural keeps its "s" as lemma
        names.add(lemma[:-1])
    if lemma in VEHICLES:
        # "dispatched planes carrying drinking water", "a convoy loaded with food": the load
        for verb in _children(obj, {"acl"}):
            if verb.lemma_.lower() in {"carry", "load", "lade", "transport", "bring"}:
                for load in [*_children(verb, {"dobj"}), *_prep_objects(verb, "with")]:
                    for item in [load, *load.conjuncts]:
                        names |= _object_names(item)
    words = _modifier_words(obj)
    for n in (1, 2):
        if len(words) >= n:
            names.add(" ".join([*words[-n:], lemma]))
    if obj.pos_ == "PROPN":
        # "dissolved Sonko's opposition party PASTEF": a name the noun before describes
        names |= {
            c.lemma_.lower()
            for c in obj.lefts
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()
        }
    if obj.ent_type_ == "ORG":
        # "quit ECOWAS", "banned the Muslim Brotherhood": a named organisation
        names.add("organisation")
    if _with_no(obj):
        names.add(f"no {lemma}")  # "saw no prospect of an improvement"
    return names


def _deadline(verb: Token) -> set[str]:
    """ "gave Saddam Hussein 48 hours to leave", "gave Moscow until Tuesday to explain":
    the time a verb gives for an act is its second object, a deadline."""
    # ("gives French troops one month to leave": the infinitive may hang as a clause)
    # ("gave U.S. diplomats 72 hours to leave": or on the hours, as their clause)
    times = [c for c in _children(verb, {"npadvmod"}) if c.lemma_.lower() in TIME_SPANS]
    if not any(
        c.dep_ in {"advcl", "xcomp", "acl", "relcl"} and _children(c, {"aux"})
        for c in [*verb.children, *(x for t in times for x in t.children)]
        if c.dep_ != "relcl" or c.head.i != verb.i
    ):
        return set()
    spans = {c.lemma_.lower() for c in times}
    if any(c.dep_ == "prep" and c.lower_ == "until" for c in verb.children):
        spans.add("deadline")
    return spans


def _prep_objects(token: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` under token, following coordinated preps."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in {"prep", "agent", "dative"} and prep.lower_ == word:
            for p in [prep, *prep.conjuncts]:
                # ("imposed sanctions on Thursday on Myanmar's president": no date)
                found.extend(c for c in p.children if c.dep_ == "pobj" and not _bare_day(c))
    if not found and token.pos_ in {"VERB", "AUX"}:
        # "pulled its troops out of Somalia": the preposition hangs on the particle
        for particle in token.children:
            if particle.dep_ in {"prep", "advmod", "prt"} and particle.lower_ in PARTICLES:
                found.extend(_prep_objects(particle, word))
    if not found and token.pos_ == "VERB":
        stranded = any(
            c.dep_ in {"prt", "prep"} and c.lower_ == word and not _children(c, {"pobj", "pcomp"})
            for c in token.children
        )
        if stranded:
            # "fired on and seized three Ukrainian navy ships": the object the coordinated
            # verb shares with the stranded preposition
            found = [o for o in _direct_objects(token) if o.head.i != token.i]
    return found


class EventCoder:
    """Turns the sentences of a parsed article into Event records."""

    def __init__(self, *, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # two-word event nouns by their first word ("artillery" -> "artillery fire")
        self._first_words: dict[str, NounEntry] = {}
        for entries in lexicon.nouns.values():
            for entry in entries:
                if len(entry.words) == 2:
                    self._first_words.setdefault(entry.words[0], entry)

    # ---- find ----------------------------------------------------------------
    def candidates(self, sent: Span) -> Iterator[Candidate]:
        found = list(self._sensed_candidates(sent))
        triggers = {c.trigger.i for c in found}
        # "retaliated with sanctions", "hit Iran with tariffs": the noun names the act
        instrumented = {
            c.verb.i for c in found if c.noun is not None and _instrument_of_doer(c.noun)
        }
        named = self._named_acts(sent)
        for cand in found:
            if cand.noun is None and cand.trigger.i in instrumented:
                continue
            if self._framing(cand, triggers):
                continue
            entry = next((e for clause, e in named if cand.verb.i in clause), None)
            if (
                entry is not None
                and entry.cameo != cand.cameo
                and entry.cameo[:2] in VIOLENT_ROOTS
                and cand.cameo[:2] in VIOLENT_ROOTS
            ):
                # "ambushed the minister's convoy in what police described as an
                # assassination attempt": the act is what the sentence names it
                cand = replace(cand, cameo=entry.cameo, rule=f"{cand.rule}+named:{entry.rule}")
            yield cand

    def _named_acts(self, sent: Span) -> list[tuple[set[int], NounEntry]]:
        """(clause, entry) for each "in what X called <event noun>" in the sentence: the
        verbs of the clause the phrase hangs from and the act it names."""
        out: list[tuple[set[int], NounEntry]] = []
        for what in sent:
            naming = what.head
            if not _what_named(what):
                continue
            nouns = _children(naming, {"oprd"}) + _prep_objects(naming, "as")
            entry = next((e for n in nouns if (e := self._noun_entry(n)) is not None), None)
            anchor = _clause_verb(naming.head.head)
            if entry is not None and anchor.pos_ in {"VERB", "AUX"}:
                out.append((_clause_verbs(anchor), entry))
        return out

    def _framing(self, cand: Candidate, triggers: set[int]) -> bool:
        """ "vowed to crush Hamas", "threatened to attack": the embedded act, recoded as an
        intent or threat, is the event; the framing verb's own generic reading is not."""
        if cand.noun is not None or cand.nominal:
            return False
        kind = self._complement(cand.trigger)
        return kind in {"intent", "threat"} and any(
            (c.dep_ == "xcomp" or self._control_advcl(c)) and c.i in triggers
            for c in cand.trigger.children
        )

    def _sense_note(self, token: Token, cameo: str) -> str:
        """For explain: how senses.tsv drops or recodes a matching entry ("" if not)."""
        senses = self.lexicon.senses.get(token.lemma_.lower())
        if not senses:
            return ""
        probe = Candidate(token, token, None, cameo, (), "", "")
        sensed = self._apply_sense(probe, senses, {t.lower_ for t in token.sent})
        if sensed is None:
            return "dropped: a non-political sense of the verb (senses.tsv)"
        if sensed.cameo != cameo:
            return f"recoded to {sensed.cameo} by {sensed.rule.lstrip('+')}"
        return ""

    def _framing_verb(self, token: Token) -> bool:
        """For explain: an intent/threat verb whose complement fires an entry."""
        if self._complement(token) not in {"intent", "threat"}:
            return False
        return any(
            c.dep_ == "xcomp" and self._verb_candidate(c) is not None for c in token.children
        )

    def _sensed_candidates(self, sent: Span) -> Iterator[Candidate]:
        words: set[str] | None = None
        for cand in self._raw_candidates(sent):
            senses = self.lexicon.senses.get(cand.trigger.lemma_.lower())
            if not senses:
                yield cand
                continue
            if words is None:
                words = {t.lower_ for t in sent}
            sensed = self._apply_sense(cand, senses, words)
            if sensed is not None:
                yield sensed

    def _attacker_answered(
        self, verb: Token, sources: list[ActorRef], actors: ArticleActors
    ) -> ActorRef | None:
        """The doer of the attack the first verb of ``verb``'s coordination tells, where it
        fell on the country of ``verb``'s doers ("Israeli commandos stormed a Turkish ship,
        and Ankara recalled its ambassador")."""
        first = verb
        while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
            first = first.head
        if first is verb:
            return None
        attack = self._verb_candidate(first)
        if attack is None or attack.cameo[:2] not in VIOLENT_ROOTS:
            return None
        own = {s.code[:3] for s in sources}
        hit = {
            r.code[:3] for o in _direct_objects(first) for r in actors.resolve_all(o) if _named(r)
        }
        doers = [r for s in _children(first, SUBJECTS) for r in actors.resolve_all(s) if _named(r)]
        if not hit & own or not doers or doers[0].code[:3] in own:
            return None
        return doers[0]

    def _apply_sense(
        self, cand: Candidate, senses: list[Sense], words: set[str]
    ) -> Candidate | None:
        """Drop or recode a trigger used in a non-political sense (senses.tsv)."""
        objects: set[str] = set()
        things = [cand.noun] if cand.noun is not None else _children(cand.trigger, {"dobj"})
        for obj in things:
            objects |= _object_names(obj)
        # "vowed to crush protests against his re-election", "protesters marched on
        # parliament during the carnival": a crowd or its protest is political whatever
        # the sentence's context ("crushed his rival in the election")
        crowd = any(
            o.lemma_.lower() in CROWDS
            or ((entry := self._noun_entry(o)) is not None and entry.cameo[:2] == PROTEST_ROOT)
            for o in [*things, *_children(cand.verb, SUBJECTS)]
        )
        # "police beat voters with batons": a weapon in hand makes it violence, in an
        # election story too
        armed = any(o.lemma_.lower() in HAND_WEAPONS for o in _prep_objects(cand.verb, "with"))
        for sense in senses:
            if sense.objects and not sense.objects & objects:
                continue
            if (crowd or armed) and sense.context and not sense.objects:
                continue
            if sense.context and not self.lexicon.contexts.get(sense.context, frozenset()) & words:
                continue
            if not sense.cameo:
                return None
            return replace(cand, cameo=sense.cameo, rule=f"{cand.rule}+{sense.rule}")
        return cand

    def _raw_candidates(self, sent: Span) -> Iterator[Candidate]:
        for token in sent:
            if (
                token.pos_ == "VERB"
                or (token.pos_ == "AUX" and token.dep_ == "ROOT")
                or (token.pos_ == "ADJ" and token.dep_ == "acomp")
            ):
                # a predicate adjective reads like a verb: "was optimistic that China
                # would allow ..." (verbs.tsv lists it under its own lemma)
                found = None
                if token.tag_ == "VBG" and token.dep_ in SUBJECTS:
                    # a gerund subject reads as a noun: "Fighting between X and Y has killed"
                    found = self._nominal_candidate(token)
                # (a vehicle loaded with aid arriving is a delivery before it is a visit)
                found = found or _delivery_candidate(token) or self._verb_candidate(token)
                if found is not None:
                    yield found
                    withdrawn = _recognition_withdrawn(found)
                    if withdrawn is not None:
                        yield withdrawn
            elif token.pos_ == "NOUN" and (
                not _verb_object(token) or (_answered(token) and self._pressure(token))
            ):
                found = self._nominal_candidate(token)
                if found is not None:
                    yield found

    def _pressure(self, noun: Token) -> bool:
        """A demand or a threat (10x, 13x) by its event noun."""
        entry = self._noun_entry(noun)
        return entry is not None and entry.cameo[:2] in PRESSURE_ROOTS

    def _noun_entry(self, noun: Token) -> NounEntry | None:
        entries = self.lexicon.nouns.get(noun.lemma_.lower()) or self.lexicon.nouns.get(noun.lower_)
        if not entries:
            return None
        before = _modifier_words(noun)
        for entry in entries:
            n = len(entry.words) - 1
            if n == 0 or (len(before) >= n and tuple(before[-n:]) == entry.words[:-1]):
                return entry
        for entry in entries:
            # "joint desert exercise": the compound's words in order, another between
            if len(entry.words) > 1 and _in_order(entry.words[:-1], before):
                return entry
        return None

    def _verb_candidate(self, verb: Token) -> Candidate | None:
        lemma = verb.lemma_.lower()
        objects = (
            _relative_object(verb)
            or _direct_objects(verb)
            or (_passive_subjects(verb) if _is_passive(verb) else [])
            or _phrasal_objects(verb)
            # "allowed U.N. weapons inspectors to resume searches": the parser makes the
            # object the subject of a to-clause
            or [
                s
                for c in _children(verb, {"ccomp"})
                if _marked_to(c)
                # "allowed U.N. weapons inspectors back into the country": a small clause
                or (lemma in PERMITTING and c.tag_ not in {"VBD", "VBZ", "VBP", "MD"})
                for s in _children(c, SUBJECTS)
            ]
        )
        object_names = {name for o in objects for name in _object_names(o)}
        object_names |= _deadline(verb)
        # "vowed to take all necessary measures": what it vows to take
        taking = _vowed_taking(verb)
        taken = (
            {name for o in _direct_objects(taking) for name in _object_names(o)}
            if taking is not None
            else set()
        )
        # "taking 1,000 children hostage": what the object is made
        object_names |= {
            c.lemma_.lower()
            for c in [
                *_children(verb, {"oprd"}),
                *(a for o in objects for a in _children(o, {"appos"})),
            ]
            if c.lemma_.lower() in {"hostage", "captive", "prisoner"}
        }
        # "found former prime minister Yingluck Shinawatra, who fled ..., guilty": the
        # parser hangs the predicate on the object
        particles = _particles(verb) | {
            a.lower_ for o in objects for a in o.children if a.lower_ in {"guilty", "liable"}
        }
        clausal = _has_infinitive(verb)
        # "refused to rule out military action" is as much a threat as "did not rule it out"
        negated = self._negated(verb) or (
            verb.dep_ == "xcomp" and self._complement(verb.head) == "refuse"
        )
        holds = {"reverse"}
        holds |= {"xcomp"} if clausal else set()
        holds |= {"clause"} if _children(verb, {"ccomp"}) else set()
        holds |= {"neg"} if negated else set()
        holds |= {"must"} if _says_must(verb) else set()
        holds |= (
            {"death"} if "death" in {o.lemma_.lower() for o in _prep_objects(verb, "to")} else set()
        )
        holds |= {"blame"} if _blaming_clauses(verb) else set()
        # "voted against the resolution" (not "voted to suspend Syria": the infinitive's act)
        against = any(p.lower_ == "against" for p in _children(verb, {"prep"}))
        holds |= {"against"} if against else set()
        holds |= {"terrorist"} if _named_terrorist(verb) else set()
        named_as = _named_as(verb)
        if named_as & self.lexicon.contexts.get("censure", frozenset()):
            holds.add("censure")  # "called the tariff unfair", "branded the vote a sham"
        elif named_as & self.lexicon.contexts.get("praise", frozenset()):
            holds.add("praise")  # "described the move as a constructive step"
        best = _best_entry(self.lexicon.verbs.get(lemma, ()), particles, object_names, holds)
        if best is None:
            # "sent a team of rescuers and emergency supplies": a later conjunct the row names
            later = {n for o in objects for c in o.conjuncts if c.i > o.i for n in _object_names(c)}
            best = _best_entry(self.lexicon.verbs.get(lemma, ()), particles, later, holds)
        if taken:
            # (a warning of what one will take is a threat of it)
            vowing = "threaten" if lemma in {"warn", "say"} else lemma
            vowed = [e for e in self.lexicon.verbs.get(vowing, ()) if e.objects & taken]
            if vowing != lemma and _children(verb, {"dobj"}):
                # ("warned the United States that it would take countermeasures")
                vowed = [replace(e, targets=("dobj", *e.targets)) for e in vowed]
            best = _best_entry(vowed, particles, taken, holds - {"xcomp"}) or best
        if (
            lemma in self.lexicon.light_verbs
            and (best is None or not (best.objects or best.condition))
            and not _children(verb, {"oprd"})  # "called the talks constructive": naming
        ):
            # "launched air and artillery strikes": the event noun may be a conjunct
            conjuncts = [c for o in objects for c in o.conjuncts if c.i > o.i]
            for obj in map(_counted, [*objects, *conjuncts]):
                noun_entry = self._noun_entry(obj)
                if noun_entry is not None:
                    return Candidate(
                        verb,
                        verb,
                        obj,
                        noun_entry.cameo,
                        noun_entry.targets,
                        noun_entry.plover_mode,
                        f"{noun_entry.rule}+light:{lemma}",
                    )
            # "ordered a pause in all military aid to Ukraine", "announced a freeze on
            # loans to Zambia": the act the nominalised verb names, on its object
            for obj in objects:
                doing = NOMINALISED.get(obj.lemma_.lower(), "")
                inner = [
                    o
                    for p in _children(obj, {"prep"})
                    if doing and p.lower_ in {"in", "of", "on", "to"}
                    for o in _children(p, {"pobj"})
                ]
                for thing in inner:
                    names = _object_names(thing)
                    row = _best_entry(
                        [e for e in self.lexicon.verbs.get(doing, ()) if e.objects & names],
                        set(),
                        names,
                        set(),
                    )
                    if row is not None:
                        return Candidate(
                            verb,
                            verb,
                            thing,
                            row.cameo,
                            row.targets,
                            row.plover_mode,
                            f"{row.rule}+nominalised:{obj.lemma_.lower()}",
                        )
        if lemma in PLANNING and (best is None or not (best.objects or best.condition)):
            # "Togo, Burkina Faso plan joint patrols", "offered talks": the intent (03x) of
            # the cooperation the object names
            for obj in map(_counted, objects):
                noun_entry = self._noun_entry(obj)
                intent = _intent(noun_entry.cameo) if noun_entry is not None else None
                if noun_entry is not None and intent is not None:
                    return Candidate(
                        verb,
                        verb,
                        obj,
                        intent,
                        noun_entry.targets,
                        "",
                        f"{noun_entry.rule}+planned:{lemma}",
                    )
        if best is None or not (best.objects or best.condition):
            # a specific reading through a preposition beats the verb's generic row
            # ("warned of sanctions" as "threatened sanctions", not a bare warning; "pulled
            # out of the deal" as "quit the deal", not a pull-out of troops)
            aliased = self._aliased(verb)
            if aliased is not None:
                return aliased
        frame = self.lexicon.light_frames.get(lemma)
        if frame is not None and best is None:
            # "engaged peacekeepers in a firefight", "engaged in clashes with police";
            # reversed: "faced pressure from Congress", "came under fire from rebels"
            nouns = _prep_objects(verb, frame.prep) if frame.prep else objects
            for obj in nouns:
                if frame.prep and obj.lemma_.lower() in UNDERGONE:
                    continue  # "went on trial": tried, not trying
                noun_entry = self._noun_entry(obj)
                if frame.provoked and (
                    noun_entry is None or noun_entry.cameo[:2] not in PROVOKED_ROOTS
                ):
                    continue
                if noun_entry is not None:
                    slots = ("from", "by") if frame.reverse else ("dobj", *noun_entry.targets)
                    if frame.provoked:
                        slots = ("from", "by", "among", *PLACE_PREPS)
                    return Candidate(
                        verb,
                        verb,
                        obj,
                        noun_entry.cameo,
                        slots,
                        noun_entry.plover_mode,
                        f"{noun_entry.rule}+light:{lemma}"
                        + (f"-{frame.prep}" if frame.prep else "")
                        + ("+provoked" if frame.provoked else "")
                        + ("+reversed" if frame.reverse and not frame.provoked else ""),
                        reverse=frame.reverse,
                    )
        if best is None:
            return None
        entry = best
        noun = objects[0] if entry.objects and objects else None
        return Candidate(
            verb,
            verb,
            noun,
            entry.cameo,
            entry.targets,
            entry.plover_mode,
            entry.rule,
            reverse=entry.condition == "reverse",
            intransitive=not entry.targets,
            negation_read=entry.condition == "neg",
        )

    def _aliased(self, verb: Token) -> Candidate | None:
        """ "called for a ceasefire" as "urged a ceasefire" (aliases.tsv)."""
        for prep, alias in self.lexicon.aliases.get(verb.lemma_.lower(), ()):
            # "agree to ceasefire": a headline's noun the tagger read as an infinitive
            misread = [
                x
                for x in _children(verb, {"xcomp"})
                if prep == "to"
                and _marked_to(x)
                and not _children(x, {"dobj", "nsubj"})
                and x.lemma_.lower() not in self.lexicon.verbs
                and self._noun_entry(x) is not None
            ]
            # ("placed the 93-year-old leader under house arrest": the preposition the
            # parser hung on the object)
            held = _prep_objects(verb, prep) or [
                o for d in _children(verb, {"dobj"}) for o in _prep_objects(d, prep)
            ]
            for obj in held + misread:
                names = _object_names(obj)
                for entry in self.lexicon.verbs.get(alias, ()):
                    if entry.objects & names and not entry.particle and not entry.condition:
                        noun = self._noun_entry(obj)
                        # "pressed India for talks": the verb's own object first, unless it is
                        # the doer's own ("warned its citizens against travel to Yemen")
                        own = any(_owned_by_pronoun(o) for o in _children(verb, {"dobj"}))
                        slots = [
                            *([] if own else ["dobj"]),
                            *(s for s in entry.targets if s != "dobj"),
                        ]
                        if tuple(entry.targets) == ("dobj",):
                            # "pulled the US out of the Iran deal" as "quit the Iran deal":
                            # the preposition's object is the one acted on
                            slots = [prep]
                        slots += [*(noun.targets if noun else ()), "on", "from", "to"]
                        return Candidate(
                            verb,
                            verb,
                            obj,
                            entry.cameo,
                            tuple(dict.fromkeys(slots)),
                            entry.plover_mode,
                            f"{entry.rule}+as:{verb.lemma_.lower()}-{prep}",
                        )
        return None

    def _nominal_candidate(self, noun: Token) -> Candidate | None:
        """ "X's attack on Y", "the meeting between X and Y", "talks with Y"."""
        entry = self._noun_entry(noun)
        if entry is None or not entry.targets:
            return None
        if (
            noun.dep_ == "nsubj"
            and noun.head.lemma_.lower() in ENDINGS
            and noun.lemma_.lower() in STANDING
        ):
            return None  # "the ceasefire with the ELN expired": it ends, it is not agreed
        if noun.dep_ == "nsubj" and _takes_effect(noun.head):
            return None  # "the trade agreement between the EU and Japan came into force"
        has_source = any(c.dep_ == "poss" for c in noun.children) or bool(_prep_objects(noun, "by"))
        has_target = any(_prep_objects(noun, w) for w in entry.targets)
        if _occurring(noun) and "between" in entry.targets and _prep_objects(noun.head, "between"):
            # "fierce fighting broke out on Saturday between the army and the RSF"
            has_source = has_target = True
        if (
            noun.dep_ in SUBJECTS
            and "between" in entry.targets
            and any(o.conjuncts for o in _prep_objects(noun, "between"))
        ):
            # "fighting between government forces and Houthi rebels has killed dozens"
            has_source = has_target = True
        if noun.head.lower_ == "during" and entry.cameo[:2] in VENUE_ROOTS:
            # "heaped praise on China during a state visit to Beijing": the clause's doer
            # made the visit
            has_source = True
        clause = noun.head.head
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and noun.head.dep_ == "prep"
            and clause.pos_ == "VERB"
            and not _is_passive(clause)
            and clause.lemma_.lower() not in UNDERGOING
            and _children(clause, SUBJECTS)
            and (
                # (not "killed a FARC commander in a raid on a rebel camp": the verb's own
                # act)
                (entry.cameo[:2] in VIOLENT_ROOTS | {"17"} and self._verb_candidate(clause) is None)
                # "test-fired a missile in open defiance of UN resolutions": what the act
                # also is
                or entry.cameo[:3] == DEFIANCE
            )
        ):
            # "Turkish troops crossed into northern Iraq in a ground offensive against
            # Kurdish rebels": the clause's doer carried it out (not "two soldiers were
            # killed in an attack on their convoy", "died in a raid")
            has_source = True
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ in {"in", "during"}
            and entry.cameo[:2] == "04"
            and not has_target
            and clause.pos_ == "VERB"
            # (someone named, not "discussed the crisis around Ukraine in a call";
            # "apologised to Zelenskiy in a telephone call")
            and any(
                o.pos_ == "PROPN"
                for o in _children(clause, {"dobj", "dative"}) + _prep_objects(clause, "to")
            )
        ):
            # "accused Putin in a telephone call of breaking international law", "warned
            # Wang Yi during a meeting in Munich": the call or meeting was with whom the
            # clause's verb addresses
            return Candidate(
                noun,
                clause,
                noun,
                entry.cameo,
                ("dobj", "to"),
                entry.plover_mode,
                f"{entry.rule}+in-the-course",
            )
        if entry.cameo[:2] in PRESSURE_ROOTS and not has_target and _answered(noun):
            # "Maduro rejected Spain's ultimatum": Spain's threat was made to the one who
            # answers it
            return Candidate(
                noun,
                noun.head,
                noun,
                entry.cameo,
                ("subject",),
                entry.plover_mode,
                f"{entry.rule}+nominal+answered",
                nominal=True,
            )
        instrument = _instrument_of_doer(noun)
        if (
            instrument
            and not has_target
            and entry.cameo[:2] not in UNDIRECTED_ROOTS
            and _direct_objects(noun.head.head)
        ):
            # "the US hit Russia with new sanctions": whom the clause's verb acts on
            return Candidate(
                noun,
                noun.head.head,
                noun,
                entry.cameo,
                ("dobj",),
                entry.plover_mode,
                f"{entry.rule}+instrument",
            )
        if instrument and entry.cameo[:2] == "14":
            has_target = True  # "paralysed the country with a general strike": at home
        if not (has_source or instrument or noun.lower_ in {"talks", "meeting"}) or not has_target:
            return None
        verb = _clause_verb(noun.head)
        if noun.head.lower_ == "during":
            # "urged China to open its markets during talks with Xi": the talks are the
            # urger's, not those of the one urged
            while verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head
        return Candidate(
            noun,
            verb,
            noun,
            entry.cameo,
            entry.targets,
            entry.plover_mode,
            f"{entry.rule}+nominal",
            nominal=True,
        )

    def diagnose(self, token: Token) -> list[tuple[str, str, str]]:
        """(rule, cameo, why it did or did not match) for every entry the token could fire.

        Used by ``eventwire explain``; never on the coding path.
        """
        out: list[tuple[str, str, str]] = []
        lemma = token.lemma_.lower()
        objects = _direct_objects(token) or (_passive_subjects(token) if _is_passive(token) else [])
        object_lemmas = {name for o in objects for name in _object_names(o)}
        particles = _particles(token)
        for entry in self.lexicon.verbs.get(lemma, ()):
            if token.pos_ not in {"VERB", "AUX"}:
                why = f"parsed as {token.pos_}, not a verb"
            elif entry.particle and entry.particle not in particles:
                why = f"needs particle '{entry.particle}' (found: {', '.join(particles) or 'none'})"
            elif entry.objects and not entry.objects & object_lemmas:
                found = ", ".join(sorted(object_lemmas)) or "none"
                why = f"needs object {'|'.join(sorted(entry.objects))} (found: {found})"
            elif entry.condition == "xcomp" and not _has_infinitive(token):
                why = "needs a to-infinitive complement (X to do Y)"
            elif entry.condition == "clause" and not _children(token, {"ccomp"}):
                why = "needs a clausal complement (that ...)"
            else:
                why = self._sense_note(token, entry.cameo) or "matches"
            out.append((entry.rule, entry.cameo, why))
        frame = self.lexicon.light_frames.get(lemma)
        if lemma in self.lexicon.light_verbs or frame is not None:
            nouns = _prep_objects(token, frame.prep) if frame and frame.prep else objects
            for obj in nouns:
                noun_entry = self._noun_entry(obj)
                why = "matches" if noun_entry else f"object '{obj.text}' is not an event noun"
                out.append(
                    (
                        noun_entry.rule if noun_entry else "light_verbs.txt",
                        noun_entry.cameo if noun_entry else "",
                        why,
                    )
                )
        for prep, alias in self.lexicon.aliases.get(lemma, ()):
            for obj in _prep_objects(token, prep):
                names = _object_names(obj)
                rows = [e for e in self.lexicon.verbs.get(alias, ()) if e.objects & names]
                why = (
                    f"read as '{alias} {obj.text}'"
                    if rows
                    else f"'{alias}' has no row for the object '{obj.text}'"
                )
                out.append(
                    (rows[0].rule if rows else "aliases.tsv", rows[0].cameo if rows else "", why)
                )
        if self._framing_verb(token):
            out.append(("complements.tsv", "", "its coded complement is the event (intent/threat)"))
        if token.pos_ == "NOUN" and token.dep_ not in {"dobj", "nsubjpass"}:
            noun_entry = self._noun_entry(token)
            if noun_entry is not None:
                ok = self._nominal_candidate(token) is not None
                why = (
                    "matches (nominal)"
                    if ok
                    else (
                        "nominal event needs a possessive source and a target preposition "
                        f"({', '.join(noun_entry.targets) or 'none'})"
                    )
                )
                out.append((noun_entry.rule, noun_entry.cameo, why))
        return out

    def roles_of(self, cand: Candidate, actors: ArticleActors) -> tuple[list[str], list[str]]:
        """Source and target actor codes a candidate finds (for explain)."""
        sources = [r.code for t in self._source_tokens(cand, actors) for r in actors.resolve_all(t)]
        targets = [r.code for t in self._target_tokens(cand, actors) for r in actors.resolve_all(t)]
        return sources, targets

    # ---- actors --------------------------------------------------------------
    def _source_tokens(self, cand: Candidate, actors: ArticleActors | None = None) -> list[Token]:
        if cand.nominal:
            poss = _children(cand.noun, {"poss"}) if cand.noun is not None else []
            if poss:
                return poss
            agents = _prep_objects(cand.noun, "by") if cand.noun is not None else []
            if agents:
                return agents  # "the arrest of the opposition leader by Turkish police"
            between = _between(cand)
            if between:
                return between[:1]
        subjects = self._subject_of(cand.verb, 0, actors)
        if actors is not None and subjects and not any(_named(actors.resolve(s)) for s in subjects):
            # "the detention of Navalny by Russian police drew condemnation": the act's agent
            agents = [
                a
                for s in subjects
                if self._noun_entry(s) is not None
                for a in (_agents_in(s) or _children(s, {"poss"}))
            ] or [
                # "drones launched by Yemen's Houthi movement struck ...": who used them
                a
                for s in subjects
                for a in _agents_behind(s)
                if _named(actors.resolve(a))
            ]
            return agents or subjects
        return subjects

    def _subject_of(
        self, verb: Token, depth: int = 0, actors: ArticleActors | None = None
    ) -> list[Token]:
        if depth > 4:
            return []
        if _is_passive(verb):
            agents = _prep_objects(verb, "by")
            if agents and actors is not None and not any(actors.resolve(a) for a in agents):
                # "destroyed by a missile fired by rebels": who used the weapon
                behind = [b for a in agents for b in _agents_behind(a)]
                if any(actors.resolve(b) for b in behind):
                    return behind
            if agents:
                return agents
            # "killed in an Israeli air strike", "killed in a strike by government forces"
            for word in ("in", "during", "after"):
                for obj in _prep_objects(verb, word):
                    entry = self._noun_entry(obj)
                    if entry is not None and entry.cameo[:2] in VIOLENT_ROOTS:
                        # ("killed in a clash with Chinese troops": the other side)
                        agents = (
                            _prep_objects(obj, "by")
                            or _children(obj, {"poss"})
                            or _prep_objects(obj, "with")
                            or [obj]
                        )
                        if actors is None or any(actors.resolve(a) for a in agents):
                            return agents
                    ref = actors.resolve(obj) if actors is not None else None
                    if ref is not None and ref.code[3:6] in FORCE_ROLES:
                        return [obj]
            if (
                verb.lemma_.lower() in DEPLOYING
                and actors is not None
                # (not "where Ugandan troops are deployed": a state of things)
                and any(c.lower_ in {"was", "were", "been"} for c in verb.children)
            ):
                # "thousands of riot police were deployed across central Moscow": forces
                # sent by no one named show the force themselves
                forces = [
                    _counted(s)
                    for s in _passive_subjects(verb)
                    if (r := actors.resolve(_counted(s))) is not None and r.code[3:6] in FORCE_ROLES
                ]
                if forces:
                    return forces
            # "a rocket was fired at Israel from the Gaza Strip": the place it came from
            for obj in _prep_objects(verb, "from"):
                ref = actors.resolve(obj) if actors is not None else None
                if ref is not None and is_place(ref):
                    return [obj]
            return []
        subjects = _children(verb, SUBJECTS) or [
            # ("said it was halting assistance": the subject hung on the auxiliary)
            s
            for a in _children(verb, {"aux", "auxpass"})
            for s in _children(a, SUBJECTS)
        ]
        if len(subjects) > 1 and all(s.doc[s.i + 1].text == "," for s in subjects[:-1]):
            # headline lists the parser splits: "Saudi Arabia, UAE, Bahrain cut ties"
            # (two subjects, the middle name an apposition)
            return sorted(
                [
                    *subjects,
                    *(a for s in subjects for a in _children(s, {"appos"}) if a.pos_ == "PROPN"),
                ],
                key=lambda t: t.i,
            )
        if len(subjects) == 2:
            # "Miliband and his French counterpart Bernard Kouchner urged": the name
            # after a conjunct is that conjunct's, not a second subject
            earlier, later = sorted(subjects, key=lambda t: t.i)
            if any(later.left_edge.i == c.i + 1 for c in earlier.conjuncts):
                subjects = [earlier]
        if subjects:
            # "Clinton: US held talks" -> the subject nearest the verb
            subject = min(subjects, key=lambda t: abs(verb.i - t.i))
            # headline lists: "US, China agree to ..." (the first name read as an adverbial)
            listed = [
                c
                for c in verb.children
                if c.dep_ == "npadvmod"
                and c.pos_ == "PROPN"
                and c.i < subject.i
                and c.doc[c.i + 1].text == ","
            ]
            # "India, Pakistan agree to resume talks" (the second name an apposition, or
            # a compound of the verb)
            listed_after = [
                a
                for a in _children(subject, {"appos", "nmod"}) + _children(verb, {"compound"})
                if a.pos_ == "PROPN"
                and (
                    (a.right_edge.i == verb.i - 1 and a.doc[a.left_edge.i - 1].text == ",")
                    # "Armenia, Azerbaijan resume peace talks" (the first name a modifier)
                    or (a.dep_ == "nmod" and a.doc[a.right_edge.i + 1].text == ",")
                )
                and actors is not None
                and _named(first := actors.resolve(subject))
                and _named(second := actors.resolve(a))
                and first is not None
                and second is not None
                and first.kind == second.kind == "country"
                and first.code[:3] != second.code[:3]
            ]
            return [*listed, subject, *listed_after]
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "conj":
            found = self._subject_of(head, depth + 1, actors)
            if (
                actors is not None
                and head.dep_ == "ccomp"
                and head.head.lemma_.lower() in REPORTING
                and not any(actors.resolve(f) for f in found)
            ):
                # "Germany said tests had produced proof ..., and demanded an explanation":
                # the reporter's second verb, hung on what it reported
                above = self._subject_of(head.head, depth + 1, actors)
                if any(_named(actors.resolve(a)) for a in above):
                    return above
            return found
        if verb.dep_ == "acomp" or (
            verb.dep_ == "attr" and verb.tag_ == "VBG" and head.lemma_ == "be"
        ):
            # "were ready (to ...)"; "Qatar is mediating": a progressive parsed as "be" + attr
            return self._subject_of(head, depth + 1, actors)
        if (
            verb.dep_ == "pcomp"
            and head.lower_ in {"by", "after", "before", "while", "in"}
            and head.head.pos_ in {"VERB", "AUX"}
        ):
            # "retaliated by firing missiles", "after meeting Putin": the gerund's doer
            return self._subject_of(head.head, depth + 1, actors)
        if _attempt_on_life(verb):
            # "fired on the convoy in an attempt to kill the governor": the firer
            return self._subject_of(head.head.head, depth + 1, actors)
        if (voicer := _framing_voicer(verb)) is not None:
            # "Iran renewed threats to close the Strait": who voices the threat
            return self._subject_of(voicer, depth + 1, actors)
        if verb.dep_ == "xcomp" or self._control_advcl(verb):
            # "urged Israel to halt" (the object acts), not "telephoned Erdogan to offer
            # condolences" (the caller does)
            controller = [] if head.lemma_.lower() in CONTACTS else _children(head, {"dobj"})
            if not controller and _is_passive(head):
                # raising: "Obama is scheduled to attend"
                controller = _children(head, PASSIVE_SUBJECTS)
            return controller or self._subject_of(head, depth + 1, actors)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VB"
            and _marked_to(verb)
            and (
                # "fired tear gas to disperse the crowd": the firer disperses it, and
                # "blocked the highway to demand land" demands (not "gave the junta a
                # week to reinstate Bazoum", "gave Qatar ten days to close a Turkish base",
                # "urged allies to send")
                not _children(head, {"dobj", "dative"})
                or verb.lemma_.lower() in PURPOSES_OF_DOERS
                or (
                    verb.lemma_.lower() in PROTEST_PURPOSES_OF_DOERS
                    # (not "summoned China's ambassador to protest": the protest is made
                    # to whom the act is done)
                    and not any(
                        o.lemma_.lower() in UNREST
                        or (actors is not None and actors.resolve(o) is not None)
                        for o in _children(head, {"dobj"})
                    )
                )
            )
            and not _is_passive(head)
            and not self._complement(head)
        ):
            # purpose clause: "rallied in Sanaa to denounce US strikes" (not "gave
            # permission to help", "was pressured to help": someone else's act)
            return self._subject_of(head, depth + 1, actors)
        if (
            verb.dep_ in {"advcl", "acl"}
            and verb.tag_ in {"VBG", "VBN"}
            and verb.i > 0
            and (verb.dep_ == "advcl" or verb.doc[verb.i - 1].text == ",")
        ):
            # a free participial adjunct (", accusing X of ...") shares the clause's subject
            # (a speaker's, past the clause it reports: "demanded that militants free a
            # soldier they seized, threatening ...")
            clause = _clause_verb(head)
            while (
                verb.dep_ == "advcl"
                and verb.lemma_.lower() in SPEAKING_PARTICIPLES
                and verb.doc[verb.left_edge.i - 1].text == ","
                and clause.dep_ == "ccomp"
                and clause.head.pos_ in {"VERB", "AUX"}
                # (not a trailing "..., the ministry said")
                and clause.head.i < clause.i
            ):
                clause = clause.head
            return (
                self._subject_of(clause, depth + 1, actors)
                if clause.pos_ in {"VERB", "AUX"}
                else []
            )
        if verb.dep_ == "acl" and _enacted(head):
            # "Trump signed an order imposing tariffs": the signer acts through it
            return self._subject_of(head.head, depth + 1, actors)
        if _summed_act(verb) is not None:
            # "..., a move the United States and the EU condemned": the reacting actor the
            # parser hung on the noun as an apposition
            return [a for a in _children(head, {"appos"}) if a.i < verb.i]
        if verb.dep_ in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN"}:
            return [head]
        return []

    def _placed_act(self, token: Token, actors: ArticleActors) -> bool:
        """An event noun known only by where it happened ("refused to sign a peace deal in
        Addis Ababa"): the venue is no party to the act."""
        return self._noun_entry(token) is not None and _placed_thing(actors.resolve(token))

    def _target_tokens(self, cand: Candidate, actors: ArticleActors | None = None) -> list[Token]:
        verb, noun = cand.verb, cand.noun
        fallback: list[Token] = []
        for slot in cand.targets:
            if slot == "subject":
                # the one who answers a demand or threat made to it
                found = self._subject_of(verb, 0, actors)
                if found:
                    return found
                continue
            if slot == "dobj":
                if cand.nominal:
                    continue
                found = (
                    _passive_subjects(verb)
                    if _is_passive(verb)
                    else (_children(verb, {"dative"}) + _direct_objects(verb))
                )
                if not _children(verb, {"dobj", "dative"}) and not _is_passive(verb):
                    # "Zelensky visits Washington, wins pledge": a headline object the
                    # parser read as an adverbial
                    found = _adverbial_names(verb) or found
                given_to = [
                    d
                    for d in _children(verb, {"dative"})
                    if d.pos_ != "ADP" and actors is not None and _named(actors.resolve(d))
                ]
                if given_to and not _is_passive(verb):
                    # "promised the Palestinian Authority $212 million in U.S. aid": to whom,
                    # not the thing given
                    found = given_to
                if cand.cameo.startswith("111") and any(_what_named(f) for f in found):
                    # "driven 600,000 Rohingya out, in what the UN called ethnic
                    # cleansing": the doer of the act so named (a conjunct's, its head's)
                    found = _doers(_clause_verb(verb.head.head))
                elif cand.cameo.startswith("11") and any(
                    _what_called(c) for c in _children(verb, {"ccomp"})
                ):
                    # "guards detained the president, and ECOWAS condemned what it called
                    # an attempted coup": the doer of the act told before
                    found = _doers(verb.head) if verb.dep_ == "conj" else []
                blamed = _blaming_clauses(verb) if cand.cameo.startswith("112") else []
                # "told Macron that Ukrainian shelling was to blame": whom the report blames,
                # not whom it was told to
                found = [s for c in blamed for s in _children(c, SUBJECTS)] or found
                # "..., a decision condemned by the UN": whose act, found below
                summing = _summed_act(verb)
                found = [
                    f
                    for f in found
                    if (f.dep_ != "dative" or f.pos_ != "ADP")
                    and (summing is None or f.i != summing.i)
                ]
                # "demands Assad step down": whom the clause is about
                found = [
                    s
                    for f in found
                    for s in (_children(f, SUBJECTS) if _clause_as_object(f) else [f])
                ]
                comps = [
                    c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} or _for_to_clause(c)
                ]
                if (
                    not found
                    and cand.rule
                    and comps
                    and (verb.lemma_.lower() != "warn" or any(map(_future, comps)))
                ):
                    # (not "warned that Russia could invade Ukraine": a warning of what
                    # someone may do is no threat; "warned that police would use force"
                    # is one)
                    for comp in comps:
                        if comp.lemma_.lower() in NAMING and any(
                            c.lower_ == "what" for c in _children(comp, {"dobj"})
                        ):
                            # "struck what New Delhi called a training camp of JeM": the
                            # thing named, not its namer; else where it is ("... a camp
                            # inside Pakistan", the place read as the naming verb's)
                            named = _children(comp, {"oprd", "dobj"}) + _prep_objects(comp, "as")
                            things = [t for t in named if t.lower_ != "what"]
                            if actors is not None and not any(
                                _named(actors.resolve(t)) for t in things
                            ):
                                things += [o for w in PLACE_PREPS for o in _prep_objects(comp, w)]
                            found.extend(things)
                            continue
                        # "demanded that President Yoon Suk Yeol resign", its verb read as a
                        # noun the name is a compound of
                        found.extend(
                            _children(comp, SUBJECTS)
                            or [
                                c
                                for c in comp.children
                                # ("demanded that Assad step down", the name read as a
                                # modifier of "step")
                                if c.dep_ in {"compound", "amod"}
                                and (c.pos_ == "PROPN" or c.ent_type_ in {"PERSON", "ORG", "GPE"})
                                and c.i < comp.i
                            ]
                        )
                # "renewed his appeal for Hamas to release the hostages": whom the appeal
                # (the doer's own, or no actor) asks
                asked = [
                    s
                    for c in [*verb.children, *(x for f in found for x in f.children)]
                    if _for_to_clause(c)
                    for s in _children(c, SUBJECTS)
                ]
                if (
                    asked
                    and actors is not None
                    and all(_owned_by_pronoun(f) or not actors.resolve(f) for f in found)
                ):
                    found = asked
                if (
                    found
                    and actors is not None
                    and not any(
                        actors.resolve(f) or actors.resolve_all(f)
                        for f in found  # "disperse them"
                    )
                ):
                    # "welcomed the decision by Iran": the object's agent, else its complement
                    # ("endorsed an agreement with the EU"), else an actor deeper inside
                    # ("denied involvement in the attack on a defector in Salisbury")
                    found = (
                        [o for f in found for o in _prep_objects(f, "by")]
                        # "rejected an arbitration ruling sought by the Philippines"
                        or [
                            o
                            for f in found
                            for a in _children(f, {"acl"})
                            if a.tag_ == "VBN"
                            for o in _prep_objects(a, "by")
                        ]
                        or [
                            # "criticised Israel's offensive in Gaza": whose it is
                            p
                            for f in found
                            for p in _children(f, {"poss"})
                            if _named(actors.resolve(p))
                        ]
                        or [o for f in found for w in OBJECT_PREPS for o in _prep_objects(f, w)]
                        or _inner_actors(found, actors)
                        # "denied any role in the sinking of the South Korean warship": the
                        # "in" the parser hung on the verb
                        or (
                            _inner_actors(_prep_objects(verb, "in"), actors)
                            if cand.cameo.startswith("01")
                            else []
                        )
                    )
                elif found and actors is not None:
                    # "threatened military action against Hezbollah": an event noun's own
                    # target beats a countryless role its modifiers suggest ("military");
                    # "praised his relationship with Duterte": the doer's own thing gives
                    # way to its complement
                    inner = [
                        o
                        for f in found
                        if (self._noun_entry(f) is not None and _countryless(actors.resolve(f)))
                        or _owned_by_pronoun(f)
                        for w in OBJECT_PREPS
                        for o in _prep_objects(f, w)
                        if actors.resolve(o) is not None
                    ]
                    # "refused to sign a peace deal in Addis Ababa": an act known only by
                    # where it happened is no party to it
                    found = inner or [f for f in found if not self._placed_act(f, actors)]
                    if (
                        not inner
                        and found
                        and all(_owned_by_pronoun(f) for f in found)
                        and slot != cand.targets[-1]
                    ):
                        # "closed his embassy in Bogota": the doer's own thing gives way to
                        # a later slot, and is kept only if none is filled
                        fallback = fallback or found
                        continue
            else:
                found = []
                for holder in _slot_holders(verb, noun):
                    if holder is not None:
                        found.extend(_prep_objects(holder, slot))
                        # "opened an investigation into whether President Boluarte ..."
                        found.extend(
                            s
                            for p in _children(holder, {"prep"})
                            if p.lower_ == slot
                            for c in _children(p, {"pcomp"})
                            for s in _asked_about(c)
                        )
                    if found:
                        break
                if not found and slot == "of" and noun is not None:
                    # "demanded the prime minister's resignation": the "of" a possessor says
                    found = _children(noun, {"poss"})
                if not found:
                    # the parser often attaches the verb's preposition inside its object
                    # ("blamed the attack on the embassy on the network")
                    # (or inside what it is given as: "pledged 100 million yuan in aid to
                    # Myanmar")
                    given = _prep_objects(verb, "in") if slot in {"to", "for"} else []
                    # ("spoke by telephone with Vladimir Putin": the "with" hung on the means)
                    given += [
                        o
                        for w in ("by", "via", "over")
                        for o in _prep_objects(verb, w)
                        if o.lemma_.lower() in MEANS_OF_CONTACT
                    ]
                    for obj in _children(verb, {"dobj"}) + given:
                        deeper = [
                            t
                            for t in obj.subtree
                            if t.dep_ == "prep"
                            and t.lower_ == slot
                            and t.i > obj.i
                            # (not "... at a summit on Saturday": a day)
                            and not any(_bare_day(c) for c in t.children if c.dep_ == "pobj")
                        ]
                        if deeper:
                            found = [c for c in deeper[-1].children if c.dep_ == "pobj"]
                if slot == "between" and cand.nominal and len(found) > 1:
                    found = found[1:]
                if found and actors is not None and not any(actors.resolve(f) for f in found):
                    # "claimed responsibility for the attack on the convoy in Kabul",
                    # "... for an attack targeting shoppers at a mall in Nairobi"; "an
                    # investigation into alleged war crimes by the RSF", its "by" hung
                    # higher up by the parser
                    found = _inner_actors(found, actors) or _agents_after(found) or found
            if (
                found
                and actors is not None
                and all(
                    self._noun_entry(f) is not None and _countryless(actors.resolve(f))
                    for f in found
                )
            ):
                # "claimed responsibility for drone attacks that set two Saudi Aramco
                # facilities ablaze": an event noun a role word makes look like an actor
                # gives way to the named actor inside it
                found = [
                    t for t in _inner_actors(found, actors) if _named(actors.resolve(t))
                ] or found
            if found and actors is not None and not any(actors.resolve(f) for f in found):
                # "fired rockets on Monday into Israel": a slot filled by no actor gives way
                fallback = fallback or found
                continue
            if found:
                return found
        named = (
            [o for o in _children(verb, {"dobj"}) if _named_by_modifier(actors.resolve(o))]
            if actors is not None and not cand.nominal
            else []
        )
        if fallback:
            # "suspended most Myanmar sanctions on Monday": the country or organisation
            # naming the object beats a slot that holds no actor
            return named or fallback
        if not cand.nominal:
            # "eased tensions between the US and Pakistan": the object's complement, also
            # a conjunct's ("pledged closer energy, transport ties with Kazakhstan")
            for obj in _children(verb, {"dobj"}) + [
                c for o in _children(verb, {"dobj"}) for c in _children(o, {"conj"})
            ]:
                found = [o for w in OBJECT_PREPS for o in _prep_objects(obj, w)]
                if (
                    found
                    and actors is not None
                    and not any(actors.resolve(f) for f in found)
                    and _act_told_before(verb) is not None
                ):
                    break  # "demanded a halt to the strikes": whose strikes, below
                if found:
                    return found
        if (
            not named
            and not cand.nominal
            and cand.cameo[:2] in {"03", "12", "13"}
            and actors is not None
        ):
            # "refused to hand over bin Laden to Washington", "refused to meet Netanyahu":
            # whom the refused act concerns; "threatened to block Sweden and Finland": whom
            # the threatened act concerns; "agreed to share nuclear technology with India":
            # whom the promised act concerns
            for comp in _children(verb, {"xcomp"}) + [
                c for c in _children(verb, {"advcl"}) if _gerund_complement(c)
            ]:
                for token in [
                    # (a promised act's object may be what it acts on: "agreed to cut off
                    # Russian banks" is no promise to the banks)
                    *(_direct_objects(comp) if cand.cameo[:2] != "03" else []),
                    *_prep_objects(comp, "to"),
                    *_prep_objects(comp, "with"),
                    # "threatened to impose tariffs on Mexican goods": whom the measure hits
                    *(
                        o
                        for w in ("on", "against")
                        if cand.cameo[:2] == THREATEN_ROOT
                        for h in [comp, *_direct_objects(comp)]
                        for o in _prep_objects(h, w)
                    ),
                    # "refused to let the ASEAN envoy meet Suu Kyi": whom it would not let
                    *(
                        s
                        for c in _children(comp, {"ccomp", "xcomp"})
                        if comp.lemma_.lower() in PERMITTING
                        for s in _children(c, SUBJECTS)
                    ),
                ]:
                    if (
                        _named(actors.resolve(token))
                        and not _owned_by_pronoun(token)
                        and not self._placed_act(token, actors)
                    ):
                        return [token]
            if cand.cameo[:2] == THREATEN_ROOT:
                # "threatened to send refugees to Europe if the EU called it an occupation":
                # whoever the condition names
                source_tokens = set(self._source_tokens(cand, actors))
                threatened = _children(verb, {"xcomp"}) + [
                    c for c in _children(verb, {"advcl"}) if self._control_advcl(c)
                ]
                for clause in (c for comp in threatened for c in [comp, *comp.conjuncts]):
                    named_subjects = [
                        s
                        for s in _condition_subjects(clause)
                        if _named(actors.resolve(s)) and s not in source_tokens
                    ]
                    if named_subjects:
                        return named_subjects
        if not named and not cand.nominal and cand.cameo[:2] in {"02", "10"} and actors is not None:
            for obj in _children(verb, {"dobj"}):
                # "demanded an immediate ceasefire between Israel and Hamas": both sides
                sides = _between_sides(obj)
                if any(_named(actors.resolve(s)) for s in sides):
                    return sides[:1]
                # "demanded the release of a tanker seized by British Royal Marines": the
                # captors
                captors = _captors(list(obj.subtree), actors)
                if any(_named(actors.resolve(c)) for c in captors):
                    return captors[:1]
                if (
                    obj.lemma_.lower() in {"release", "freedom", "return"}
                    and verb.dep_ == "conj"
                    and verb.head.lemma_.lower() in CAPTIVITY
                    and any(c.lower_ in {"their", "his", "her"} for c in _children(obj, {"poss"}))
                ):
                    # "the Guards detained 15 British sailors, and London demanded their
                    # release": from whoever took them
                    return self._subject_of(verb.head, 0, actors)
        summed = _summed_act(verb) if not cand.nominal else None
        if not named and summed is not None:
            # "..., a move Washington condemned as illegal": the doer of the act summed up
            return self._subject_of(_clause_verb(summed.head), 0, actors)
        if (
            not named
            and not cand.nominal
            and verb.dep_ in {"advcl", "xcomp"}
            and _marked_to(verb)
            and verb.head.lemma_.lower() in CONTACTS
        ):
            # "telephoned Erdogan to offer his condolences": to whom it called
            called = _children(verb.head, {"dobj"})
            if called:
                return called
        told = _act_told_before(verb) if not cand.nominal else None
        if not named and told is not None:
            # "the US imposed sanctions on Russia and China condemned the move": the doer of
            # the act the clause before told
            return self._subject_of(told, 0, actors)
        # "sought an emergency IMF loan": whom the act concerns
        return named

    @staticmethod
    def _negated(verb: Token) -> bool:
        if any(
            c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"advmod", "neg"})
            for c in verb.children
        ):
            return True
        if any(
            c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
            for c in verb.children
        ):
            return True  # "Poland is no longer supplying weapons to Ukraine"
        if any(s.dep_ in {"nsubj", "nsubjpass"} and _with_no(s) for s in verb.children):
            # "No Western government has recognised Lukashenko": nobody did
            return True
        if any(
            s.dep_ in {"nsubj", "nsubjpass"}
            and any(d.lower_ == "neither" and d.dep_ in {"preconj", "det"} for d in s.children)
            for s in verb.children
        ):
            # "Neither Israel nor the United States has claimed responsibility"
            return True
        if (
            verb.dep_ in {"acl", "ccomp"}
            # ("no proof it had used chemical weapons", read as a relative clause)
            or (verb.dep_ == "relcl" and verb.head.lemma_.lower() in EVIDENCE)
        ) and verb.head.pos_ == "NOUN":
            # "there was no proof (that) it had used chemical weapons", "no sign of"
            return _with_no(verb.head)
        if (
            verb.dep_ == "conj"
            and verb.head.pos_ == "VERB"
            and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in verb.head.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "neg"} for c in verb.children)
        ):
            # "agreed not to threaten or use force": the negation covers both verbs
            return EventCoder._negated(verb.head)
        return verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children)

    @staticmethod
    def _modal(verb: Token) -> bool:
        """Under a modal ("will meet", "wants to" + "could")."""
        return any(
            c.dep_ == "aux" and c.lower_ in MODALS
            for tok in ([verb, verb.head] if verb.dep_ == "xcomp" else [verb])
            for c in tok.children
        )

    @staticmethod
    def _conditional(verb: Token) -> bool:
        """Inside an if/unless/whether clause, or one of an act still to come ("before the
        army launches"), up to four heads up."""
        node = verb
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
                return True
            if node.tag_ in {"VBZ", "VBP"} and any(
                c.dep_ == "mark" and c.lower_ in {"before", "until"} for c in node.children
            ):
                return True  # "72 hours to surrender before the army launches an assault"
            if node.head.i == node.i:
                break
            node = node.head
        return False

    # ---- build ---------------------------------------------------------------
    def __call__(
        self,
        doc: Doc,
        article: Article,
        actors: ArticleActors,
        quote_at: Callable[[int], str | None] = lambda _i: None,
    ) -> list[Event]:
        captions = [(p.start_char, p.end_char) for p in article.paragraphs if p.kind == "caption"]
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            in_caption = any(s <= sent.start_char < e for s, e in captions)
            seen: set[tuple[str, str, str]] = set()
            found: list[tuple[Candidate, Event]] = []
            for cand in self.candidates(sent):
                for event in self._events(cand, index, actors, in_caption, quote_at):
                    key = (
                        event.source.code if event.source else "",
                        event.target.code if event.target else "",
                        event.cameo,
                    )
                    if key not in seen:
                        seen.add(key)
                        found.append((cand, event))
            found = _one_protest(
                _same_attack(
                    _fired_by(_gapped(_merge_demands(_placed_alike(found), self._recoded)))
                )
            )
            found = self._shuttled(found)
            found += self._brokered(found, actors)
            found += self._talks_between(found)
            sentence_events = _drop_partial(
                self._visitors(_merge_consequences(found, self._recoded))
            )
            if not any(e.confidence >= HEADLINE_CONFIDENCE for e in sentence_events):
                sentence_events += self._headline_events(sent, index, actors, in_caption)
            events.extend(sentence_events)
        return events

    def _headline_events(
        self, sent: Span, index: int, actors: ArticleActors, in_caption: bool
    ) -> list[Event]:
        """ "EU lifts most sanctions on Myanmar", "Russia, China veto UN resolution": the
        small model often tags a headline's verb as a noun, so a headline that gave no event
        is read by word order: actors, a lower-case verb of the lexicon, its object and
        prepositions. Kept at a modest confidence (``+headline``)."""
        toks = list(sent)
        if not toks or len(toks) > HEADLINE_MAX_TOKENS or toks[-1].text in {".", "!", "?"}:
            return []
        # the verb is the first lower-case word, right after the subject's names
        k = next((i for i, t in enumerate(toks) if t.text.isalpha() and t.text.islower()), 0)
        for tok in toks[k : k + 1]:
            lemma = self._headline_verb(tok)
            if k == 0 or lemma is None or toks[k - 1].pos_ not in {"PROPN", "NOUN"}:
                continue
            sources: list[ActorRef] = []
            for t in toks[:k]:
                if t.i + 1 < toks[k].i and t.nbor().tag_ == "POS":
                    continue  # "Kenya's Ruto withdraws ...": the possessor only places him
                ref = actors.resolve(t) if t.pos_ in {"PROPN", "NOUN"} else None
                if ref is not None and _named(ref) and all(s.code != ref.code for s in sources):
                    sources.append(ref)
            if not sources:
                continue
            rest = toks[k + 1 :]
            stop = next(
                (i for i, t in enumerate(rest) if t.pos_ in {"ADP", "PUNCT", "SCONJ"}), len(rest)
            )
            obj = rest[:stop]
            names = {n for t in obj for n in (t.lemma_.lower(), t.lower_)}
            if obj:
                names.add(" ".join(t.lemma_.lower() for t in obj[-2:]))
            # no particle and no condition can be read from word order
            entry = _best_entry(self.lexicon.verbs.get(lemma, ()), set(), names, set())
            if entry is None:
                return []
            targets = self._headline_targets(entry, obj, rest, actors)
            if not targets and len(sources) == 1 and entry.cameo in REFORMS | EASED_RESTRICTIONS:
                # "Kenya's Ruto withdraws finance bill": for the country's own people
                targets = [_population(sources[0].code[:3], sent[k : k + 1])]
            if not targets and entry.targets:
                return []
            trigger = TextSpan(tok.text, tok.idx, tok.idx + len(tok.text))
            flags = {"negated": False, "hypothetical": False, "caption": in_caption}
            return [
                self._new_event(
                    entry.cameo,
                    entry.plover_mode,
                    source=source,
                    target=target,
                    trigger=trigger,
                    sentence=index,
                    rule=f"{entry.rule}+headline",
                    confidence=HEADLINE_CONFIDENCE,
                    **flags,
                )
                for source in sources
                for target in (list[ActorRef | None](targets) or [None])
                if target is None or source.code != target.code
            ]
        return []

    def _headline_verb(self, tok: Token) -> str | None:
        """The lexicon verb a lower-case headline word stands for ("lifts", "vetoes")."""
        if tok.pos_ == "VERB" or not tok.text.isalpha() or not tok.text.islower():
            return None
        text = tok.lower_
        for form in (
            text,
            text[:-2] if text.endswith("es") else "",
            text[:-1] if text.endswith("s") else "",
        ):
            if form and form in self.lexicon.verbs:
                return form
        return None

    @staticmethod
    def _headline_targets(
        entry: VerbEntry, obj: list[Token], rest: list[Token], actors: ArticleActors
    ) -> list[ActorRef]:
        """The target the slot names, and the names listed after it ("halts gas supplies
        to Poland, Bulgaria")."""
        for slot in entry.targets:
            listed: list[Token] = []
            if slot == "dobj":
                words = obj
            else:
                at = next(
                    (i for i, t in enumerate(rest) if t.lower_ == slot and t.pos_ == "ADP"), None
                )
                if at is None:
                    continue
                after = rest[at + 1 :]
                end = next(
                    (i for i, t in enumerate(after) if t.pos_ in {"ADP", "PUNCT"}), len(after)
                )
                words = after[:end]
                while end + 1 < len(after) and after[end].text in {",", "and", "&"}:
                    name = after[end + 1]
                    if name.pos_ != "PROPN":
                        break
                    listed.append(name)
                    end += 2
                    while end < len(after) and after[end].pos_ == "PROPN":
                        listed.append(after[end])
                        end += 1
            for t in reversed(words):
                ref = actors.resolve(t) if t.pos_ in {"PROPN", "NOUN"} else None
                if ref is not None and ref.code:
                    more = [r for n in listed if (r := actors.resolve(n)) is not None and r.code]
                    return [ref, *(r for i, r in enumerate(more) if r not in more[:i])]
        return []

    def _visitors(self, events: list[Event]) -> list[Event]:
        """A host is visited: "Xi hosted Putin in Beijing" is also Putin's visit (042), kept
        for the record below the threshold: the host's event (043) is the one news coders
        count, and counting both would tell one meeting twice."""
        out = list(events)
        for event in events:
            if (
                event.cameo != HOST
                or event.negated
                or event.hypothetical
                or event.confidence < 0.5
                or not _named(event.source)
                or not _named(event.target)
            ):
                continue
            out.append(
                self._recoded(
                    event,
                    VISIT,
                    source=event.target,
                    target=event.source,
                    rule=f"{event.rule}+visitor",
                    confidence=min(round(event.confidence - 0.1, 2), VISITOR_CONFIDENCE),
                )
            )
        return out

    def _shuttled(self, found: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
        """ "held indirect talks in Muscat, with Oman's foreign minister shuttling between
        the two delegations": a mediation between parties named only by a count is between
        the sides of the talks the sentence tells."""
        sides = {
            e.source.code: e.source
            for _, e in found
            if e.source is not None
            and e.cameo[:2] in AGREED_ROOTS
            and ("+reciprocal" in e.rule or "+mutual" in e.rule)
        }
        out: list[tuple[Candidate, Event]] = []
        for cand, event in found:
            source = event.source
            if event.cameo != MEDIATE or not _countryless(event.target) or source is None:
                out.append((cand, event))
                continue
            parties = [s for s in sides.values() if s.code[:3] != source.code[:3]]
            if len(parties) != 2:
                out.append((cand, event))
                continue
            out += [
                (cand, replace(event, target=party, rule=f"{event.rule}+between-sides"))
                for party in parties
            ]
        return out

    def _talks_between(self, found: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
        """ "Turkey mediates grain talks between Russia and Ukraine", "Saudi Arabia hosted
        talks between Rubio and Lavrov": the talks a third party hosts or mediates are the
        parties' with each other too."""
        parties: dict[int, tuple[Candidate, Event, str, dict[str, ActorRef]]] = {}
        for cand, event in found:
            if event.cameo != MEDIATE:
                continue
            meeting, entry = next(
                (
                    (o, e)
                    for o in _direct_objects(cand.verb)
                    if (e := self._noun_entry(o)) is not None and e.cameo[:2] == CONSULT_ROOT
                ),
                (None, None),
            )
            if (
                meeting is None
                or entry is None
                or event.target is None
                or event.source is None
                or _countryless(event.target)
                or not any(
                    p.lower_ == "between"
                    for p in [*_children(meeting, {"prep"}), *_children(cand.verb, {"prep"})]
                )
            ):
                continue
            _, _, _, sides = parties.setdefault(cand.verb.i, (cand, event, entry.cameo, {}))
            sides.setdefault(event.target.code[:3], event.target)
        seen = {(_actor_key(e.source), _actor_key(e.target)) for _, e in found}
        out: list[tuple[Candidate, Event]] = []
        for cand, event, code, sides in parties.values():
            for a, b in permutations(sides.values(), 2):
                if (_actor_key(a), _actor_key(b)) in seen:
                    continue
                out.append(
                    (
                        cand,
                        self._recoded(
                            event, code, source=a, target=b, rule=f"{event.rule}+between-parties"
                        ),
                    )
                )
        return out

    def _brokered(
        self, found: list[tuple[Candidate, Event]], actors: ArticleActors
    ) -> list[tuple[Candidate, Event]]:
        """ "Serbia and Kosovo initialled an EU-brokered agreement", "swapped prisoners in a
        deal brokered by Qatar": the broker mediates (045) between the parties of what they
        agreed together (not of a truce they broke)."""
        out: list[tuple[Candidate, Event]] = []
        seen = {(_actor_key(e.source), _actor_key(e.target), e.cameo) for _, e in found}
        for cand, event in found:
            party = event.source
            if (
                party is None
                or ("+reciprocal" not in event.rule and "+mutual" not in event.rule)
                or event.cameo[:2] not in AGREED_ROOTS
            ):
                continue
            verb = cand.verb
            phrases = [cand.noun] if cand.noun is not None else []
            # ("agreed to a ceasefire at talks mediated by Malaysia", "signed a declaration
            # after talks mediated by Erdogan")
            phrases += _direct_objects(verb) + [
                o
                for w in ("in", "under", "at", "after", "following", "during")
                for o in _prep_objects(verb, w)
            ]
            for token in {t for p in phrases for t in p.subtree if _broker(t)}:
                for broker in actors.resolve_all(token):
                    key = (broker.code, party.code, MEDIATE)
                    if not _named(broker) or key in seen or broker.code[:3] == party.code[:3]:
                        continue
                    seen.add(key)
                    # the participle ("US-brokered", "mediated by Malaysia's prime minister")
                    word = next(
                        (
                            t
                            for t in [
                                *token.doc[token.i : token.i + 3],
                                *(
                                    a.head.head
                                    for a in [token, *token.conjuncts]
                                    if a.dep_ == "pobj"
                                ),
                            ]
                            if t.lemma_.lower() in BROKERING | MEDIATION_NOUNS
                        ),
                        token,
                    )
                    trigger = TextSpan(word.text, word.idx, word.idx + len(word.text))
                    out.append(
                        (
                            cand,
                            self._recoded(
                                event,
                                # ("will resume talks under Malaysian mediation": to come)
                                INTENTS["04"] if event.cameo[:2] == "03" else MEDIATE,
                                source=broker,
                                target=party,
                                trigger=trigger,
                                rule=f"{event.rule}+broker",
                            ),
                        )
                    )
        return out

    def _recoded(self, event: Event, cameo: str, **changes: Any) -> Event:
        """``event`` under another CAMEO code (with its name, scores and PLOVER type)."""
        return replace(event, **{**self._code_fields(cameo), **changes})

    def _new_event(self, cameo: str, plover_mode: str, **fields: Any) -> Event:
        """An event of ``cameo``; ``plover_mode`` where the lexicon entry knows it."""
        code = self._code_fields(cameo)
        code["plover_mode"] = plover_mode or code["plover_mode"]
        return Event(**code, **fields)

    def _code_fields(self, cameo: str) -> dict[str, Any]:
        """The Event fields that a CAMEO code determines."""
        code = self.lexicon.cameo[cameo]
        return {
            "cameo": cameo,
            "root": code.root,
            "name": code.name,
            "goldstein": code.goldstein,
            "quad_class": code.quad_class,
            "plover": code.plover,
            "plover_mode": code.plover_mode,
        }

    def _events(
        self,
        cand: Candidate,
        index: int,
        actors: ArticleActors,
        in_caption: bool,
        quote_at: Callable[[int], str | None],
    ) -> Iterator[Event]:
        if _not_a_meeting(cand):
            return
        if (
            not cand.nominal
            and cand.cameo[:2] not in VIOLENT_ROOTS
            and "dobj" in cand.targets[:1]
            and any(o.lower_ in REFLEXIVES for o in _children(cand.verb, {"dobj"}))
        ):
            # "Washington had disqualified itself": no one else is acted on (but "blew
            # himself up among worshippers" is an attack)
            return
        events = list(self._direct_events(cand, index, actors, in_caption, quote_at))
        # "the US military said it had killed 52 al-Shabaab fighters": a state's report of
        # its own operation is on record, the operation itself, and no claim of it (a
        # group's is only its claim); not "acknowledged that it committed genocide", an
        # admission of history
        on_record = cand.verb.head.lemma_.lower() in OPERATION_REPORTS
        claims = [
            (event, claim)
            for event, claim in self._claims(cand, events, actors)
            if not (
                on_record
                and claim.cameo == CLAIM_RESPONSIBILITY
                and _reports_for_state(claim.source)
            )
        ]
        claimed = {id(event) for event, _ in claims}
        for event in events:
            if id(event) in claimed:
                # "Israel said a rocket was fired at it from Gaza": the speaker's word is the
                # event (112/015); the act itself is kept, unconfirmed, below the threshold
                event = replace(
                    event,
                    confidence=min(event.confidence, CLAIMED_ACT_CONFIDENCE),
                    rule=f"{event.rule}+as-claimed",
                )
            elif _countryless(event.source) and (
                event.target is None or _countryless(event.target)
            ):
                # "police helped soldiers quell the attacks": no country on either side,
                # nothing to place (kept for the record, below the confidence threshold;
                # a speaker's claim about it above still counts)
                event = replace(
                    event,
                    confidence=round(max(event.confidence - 0.45, 0.05), 2),
                    rule=f"{event.rule}+placeless",
                )
            yield event
        for _, claim in claims:
            yield claim

    def _claims(
        self, cand: Candidate, events: list[Event], actors: ArticleActors
    ) -> Iterator[tuple[Event, Event]]:
        """ "Israel said militants had fired at it": Israel accuses the militants (112);
        "the US claimed it had struck Iraq": the US claims responsibility (015).

        Only for violent acts reported by a speaker named before the clause; a trailing
        source ("..., medics said") is attribution, not a claim.
        """
        verb = cand.verb
        head = verb.head
        if verb.dep_ != "ccomp" or head.i > verb.i:
            return
        reports = self._complement(head) == "report"
        # an agentless future act announced by the speaker is the speaker's: "warned that
        # US warships would be hit" (threat), "said jailed politicians would be released"
        # (intent)
        announcing = (head.lemma_.lower() in WARNINGS or reports) and _future(verb)
        if not announcing and not reports:
            return
        speakers = [
            r
            for s in _children(head, SUBJECTS)
            for r in actors.resolve_all(s)
            if r.code[3:6] != "MED"
        ]
        trigger = TextSpan(head.text, head.idx, head.idx + len(head.text))
        for event in events:
            if event.negated:
                continue
            announced = _announced(event.cameo) if announcing else None
            if announcing:
                if announced is None or event.source is not None:
                    continue
            elif (
                event.cameo[:2] not in VIOLENT_ROOTS
                or event.hypothetical
                or event.confidence < 0.5
                or event.source is None
            ):
                continue
            for speaker in speakers:
                if announced is not None:
                    cameo, target = announced, event.target
                elif event.source is not None and speaker.code[:3] == event.source.code[:3]:
                    if _progressive(verb):
                        continue  # "said it was closing Yemen's ports": the act, announced
                    cameo, target = CLAIM_RESPONSIBILITY, event.target
                elif _third_party(speaker, event) and head.lemma_.lower() not in ALLEGING:
                    # "U.N. investigators said Russian forces had tortured civilians in
                    # Ukraine": a finding by someone on neither side tells the act itself
                    continue
                else:
                    cameo, target = ACCUSE, event.source
                # (police may threaten their own country's protesters; a claim or
                # accusation needs another country)
                # ("Sri Lanka's army said its troops had killed the Tamil Tiger leader": a
                # claim against another actor of the same country holds)
                width = None if announcing or cameo == CLAIM_RESPONSIBILITY else 3
                same = target is not None and target.code[:width] == speaker.code[:width]
                if target is None or same:
                    continue
                yield (
                    event,
                    self._recoded(
                        event,
                        cameo,
                        source=speaker,
                        target=target,
                        trigger=trigger,
                        rule=f"{event.rule}+claimed-by:{head.lemma_.lower()}",
                        confidence=0.8,
                    ),
                )

    def _direct_events(
        self,
        cand: Candidate,
        index: int,
        actors: ArticleActors,
        in_caption: bool,
        quote_at: Callable[[int], str | None],
    ) -> Iterator[Event]:
        sources = [r for t in self._source_tokens(cand, actors) for r in actors.resolve_all(t)]
        # "with each side accusing the other of starting the clashes": the two sides the
        # sentence names, each at the other
        each_side = not cand.nominal and any(_each_side(s) for s in _children(cand.verb, SUBJECTS))
        if each_side and not any(_named(s) for s in sources):
            sources = _two_sides(cand.verb.sent, actors)
        # where the event happened: looked up at most once, for a target or to fill countries
        located = cache(partial(self._location_target, cand, actors))
        countries = cache(partial(_sentence_countries, cand.verb.sent, actors))
        target_tokens = self._target_tokens(cand, actors)
        # "signed a US-brokered deal", "a deal brokered by Qatar": the broker mediates, it
        # is no party
        target_tokens = [t for t in target_tokens if not _broker(t)]
        if cand.verb.lemma_.lower() in {"speak", "talk"}:
            # "spoke to reporters", "talked to students": an audience, not a counterpart
            target_tokens = [t for t in target_tokens if t.lemma_.lower() not in AUDIENCES]
        if cand.cameo[:2] in ADDRESSED_ROOTS - {"14"}:
            # "appealed for the release of the schoolgirls held by Boko Haram": the appeal
            # is addressed to the captors
            target_tokens = _captors(target_tokens, actors) or target_tokens
            # "demanded a ceasefire between Israel and Hamas and the release of all
            # hostages": the sides named beat a countryless role in another object
            # ("calling for a full cessation of hostilities between Israel and Hezbollah":
            # the object of "call for")
            asked = [o for o in [cand.noun] if o is not None and not cand.nominal]
            sides = [
                s
                for o in _children(cand.verb, {"dobj"}) + asked
                for s in _between_sides(o)
                if _named(actors.resolve(s))
            ]
            if sides and all(_countryless(actors.resolve(t)) for t in target_tokens):
                target_tokens = sides[:1]
        if cand.cameo[:2] == "12":
            # "vetoed a US-drafted resolution", "rejected a U.S.-backed truce proposal":
            # the rejection is of whoever put the text forward
            drafters = [
                d
                for t in [*_direct_objects(cand.verb), *target_tokens]
                for d in _drafters(t)
                if (r := actors.resolve(d)) is not None and r.kind == "country"
            ]
            target_tokens = drafters or target_tokens
        targets = [r for t in target_tokens for r in actors.resolve_all(t)] or [
            # "pounded rebel-held eastern Aleppo": a place the parser tagged as no entity
            p
            for t in target_tokens
            if (p := actors.place_named(t)) is not None
        ]
        if not targets and len(sources) == 1 and cand.cameo[:2] in JUDGED_ROOTS:
            # "a Thai court found Yingluck Shinawatra guilty": a person the dictionary does
            # not know, judged or detained by the state, is one of its own people
            targets = _own_person(target_tokens, sources[0], actors)
        if not targets and cand.cameo in RELEASE_DEMANDS:
            targets = _holders(cand, actors, {s.code[:3] for s in sources})
        victims = _count_of(target_tokens)
        if cand.reverse:
            sources, targets = targets, sources
        if "+provoked" in cand.rule:
            # "banned the party, sparking protests (across Kashmir)": the people of the
            # place, else of the provoker's country
            word = cand.noun if cand.noun is not None else cand.trigger
            span = word.doc[word.i : word.i + 1]
            sources = [
                _population(s.code[:3], span) if is_place(s) else s for s in sources if _named(s)
            ] or [_population(t.code[:3], span) for t in targets[:1] if _named(t)]
        if len(targets) > 1 and any(t.head.lower_ == "between" for t in target_tokens):
            # "X eased tensions between the US and Pakistan" (X American): Pakistan
            own = {s.code[:3] for s in sources}
            targets = [t for t in targets if t.code[:3] not in own] or targets
            # "talks between Mali's government and Tuareg-led rebel groups": the state's
            # own insurgents
            states = {t.code[:3] for t in targets if _named(t) and t.code[3:6] in STATE_ROLES}
            if len(states) == 1:
                (state,) = states
                targets = [
                    replace(t, code=state + t.code[3:], rule=t.rule + "+their-state")
                    if _countryless(t) and t.code[3:6] in IRREGULAR_ROLES | {"OPP"}
                    else t
                    for t in targets
                ]
        cameo, rule = cand.cameo, cand.rule
        # "talks between Greece and Macedonia were held in New York": held by no one
        # named, the pair hold them with each other
        held_between = (
            not sources
            and not cand.nominal
            and len({t.code for t in targets}) > 1
            and all(t.head.lower_ == "between" for t in target_tokens)
            and any(c.dep_ in {"nsubjpass", "auxpass"} for c in cand.verb.children)
        )
        if held_between:
            sources = targets
        if (
            cameo in MEDIATED
            and not cand.nominal
            and sources
            and len(targets) > 1
            and any(t.head.lower_ == "between" for t in target_tokens)
            and not {s.code for s in sources} & {t.code for t in targets}
        ):
            # "Algeria opened talks between Mali's government and Tuareg rebels": whoever
            # holds talks between two others mediates them
            cameo, rule = MEDIATE, rule + "+mediated"
        # "ordered the militia to disarm": a demand, unless the order is of another kind
        ordered = cameo[:2] == "10" and cand.trigger.lemma_.lower() == "order" and not cand.nominal
        if (cameo == ULTIMATUM or ordered) and not cand.nominal and _ordered_out(cand.verb):
            # "gave U.S. diplomats 72 hours to leave": an expulsion with a deadline; "orders
            # 45 Russian embassy staff to leave": an expulsion
            cameo, rule = EXPULSION, rule + "+ordered-out"
        elif ordered and sources and all(s.code[3:6] == "JUD" for s in sources):
            # "the EU's top court ordered Poland to pay a daily fine": a court's order is
            # binding, coercion rather than a demand
            cameo, rule = COERCE, rule + "+court-order"
        elif (
            ordered
            and sources
            and targets
            and all(
                t.code[:3] in {s.code[:3] for s in sources}
                or (_countryless(t) and t.code[3:6] in STATE_FORCES)
                for t in targets
            )
        ):
            # "Shoigu ordered troops to withdraw", "Mbeki ordered the army onto the
            # streets": a command to one's own forces; what they are ordered to do is the act
            return
        if cameo[:2] == "05" and not cand.nominal and _welcomed_to_place(cand.verb, actors):
            # "welcomed President Trump to Riyadh": a host receives a visitor
            cameo, rule = HOST, rule + "+hosted"
        penalty = 0.0
        pairs: list[Pair]
        each_other = any(
            t.lower_ in {"other", "another"}
            and t.i > 0
            and (t.doc[t.i - 1].lower_ in {"each", "one"} or (each_side and len(sources) == 2))
            for t in [*target_tokens, *_children(cand.verb, {"dobj", "pobj"})]
        )
        unnamed = all(_countryless(t) for t in targets)
        # "Chinese and Cambodian troops began their annual military exercise": drills two
        # countries hold together are military cooperation (062), not a show of force
        joint = (
            cameo[:2] == POSTURE
            and cand.noun is not None
            and cand.noun.lemma_.lower() in EXERCISES | {"patrol"}
            # "conducted their first joint ground patrol in northeast Syria": wherever
            and (unnamed or any(a.lower_ == "joint" for a in cand.noun.children))
            and len({s.code[:3] for s in sources}) > 1
        )
        if joint:
            cameo, rule = MILITARY_COOPERATION, rule + "+joint"
        # "they would slash reciprocal tariffs": each side's act on the other
        mutual = any(
            a.dep_ == "amod" and a.lower_ in MUTUAL_MODIFIERS
            for o in _children(cand.verb, {"dobj"})
            for a in o.children
        )
        # "the prime ministers of Serbia and Kosovo initialled an agreement in Brussels",
        # "Thailand and Cambodia agreed to a ceasefire at talks in Malaysia": a venue is no
        # party; the parties are each other's
        venue = (
            cameo[:2] in AGREED_ROOTS
            and bool(target_tokens)
            # ("initialled an agreement on normalising relations in Brussels": a topic
            # known only by the venue)
            and all(
                t.head.lower_ in {"in", "at"} or _placed_thing(actors.resolve(t))
                for t in target_tokens
            )
            and len({s.code[:3] for s in sources}) > 1
        )
        # "the US, the EU, Britain and Canada agreed to cut off Russian banks": allies
        # agreeing on an act against a third party do not agree with each other (030)
        third = {
            r.code[:3]
            for c in _children(cand.verb, {"xcomp"})
            for o in _direct_objects(c)
            for r in actors.resolve_all(o)
            if _named(r)
        } - {s.code[:3] for s in sources}
        # (not "Riyadh and its allies": a country is not its own government's
        # counterpart; "police and protesters clashed" are)
        counterparts: list[Pair] = [
            (s, t)
            for s in sources
            for t in sources
            if s is not t and not (s.code[:3] == t.code[:3] and _one_state(s, t))
        ]
        if (
            counterparts
            and not (third and not cand.nominal and cand.verb.lemma_.lower() in JOINT_DECISIONS)
            and (
                each_other
                or joint
                or venue
                or held_between
                # "Indian and Chinese troops began a pullback": a de-escalation two
                # sides make together is towards each other
                or (
                    cameo.startswith("087")
                    and not targets
                    and len({s.code[:3] for s in sources}) > 1
                )
                # ("Kenyan and Ugandan activists protested in Nairobi": side by side, not at
                # each other)
                or (unnamed and (("with" in cand.targets and cameo[:2] != PROTEST_ROOT) or mutual))
            )
        ):
            # "The US, Russia and Switzerland met", "Armenia and Azerbaijan accused each
            # other", "Azerbaijani and Armenian forces fought with tanks": every pair, both
            # ways (a countryless "target" is the instrument)
            pairs = counterparts
            rule += "+reciprocal"
        else:
            if (
                not targets
                and sources
                and cameo[:2] in LOCATION_TARGET_ROOTS
                # ("the South's military responded with live-fire drills", "returned
                # fire": at whoever provoked it, found below)
                and not _retaliating(cand.trigger)
                # (a meeting's place is no party to it, "talks in Jeddah", "met in
                # Lausanne"; but "is to attend a summit in Switzerland": a trip there)
                and (cameo[:2] != CONSULT_ROOT or cand.verb.lemma_.lower() in TRIPS)
                # (nor is where an appeal is made, "lobbied leaders at a summit in Addis
                # Ababa"; but "called for a ceasefire in Gaza": where it is to hold)
                and (cameo[:2] != APPEAL_ROOT or cand.noun is not None)
            ):
                # "Yemenis rallied in Sanaa": at home, no target; talks in one's own
                # country are not held with it ("rolled out the red carpet in Beijing")
                own = {s.code for s in sources}
                home = {s.code[:3] for s in sources} if cameo[:2] in VENUE_ROOTS else set()
                targets = [t for t in located() if t.code not in own and t.code[:3] not in home]
                if targets:
                    rule += "+location-target"
                    penalty += 0.3
            if not targets and sources and cameo.startswith("0871"):
                # "the Saudi-led coalition fighting in Yemen announced a unilateral
                # ceasefire": towards the one other state the sentence names
                own = {s.code[:3] for s in sources}
                targets = [
                    r for t in _sole_rival(cand.verb, actors, own) for r in actors.resolve_all(t)
                ][:1]
                if targets:
                    rule += "+sole-rival"
                    penalty += 0.2
            if not targets and sources and cameo[:2] == "12" and not cand.nominal:
                # "rejected calls for negotiations with the protesters": those the
                # rejected act would have been with
                own = {s.code for s in sources}
                targets = [
                    r
                    for o in _direct_objects(cand.verb)
                    if o.lemma_.lower() in PROPOSALS | {"call", "demand", "appeal"}
                    for act in _prep_objects(o, "for")
                    for t in _prep_objects(act, "with")
                    for r in actors.resolve_all(t)
                    if (_named(r) or _countryless(r)) and r.code not in own
                ][:1]
                if targets:
                    rule += "+with-whom"
            if not targets and sources and cameo[:2] == "12" and not cand.nominal:
                # "rejected the terms Hamas had set", "rejected a Kurdish offer", "would
                # not comply with a European Court of Justice ruling": whose it is
                targets = _rejected_owner(cand, actors, {s.code for s in sources})
                if targets:
                    rule += "+owner"
            if not targets and sources and cameo[:2] == "16" and not cand.nominal:
                # "imposed new sanctions freezing Syrian government assets": whom the
                # measure's own act falls on
                own = {s.code[:3] for s in sources}
                targets = [
                    r
                    for o in _direct_objects(cand.verb)
                    for act in _children(o, {"acl"})
                    if act.tag_ == "VBG"
                    for t in _direct_objects(act)
                    for r in actors.resolve_all(t)
                    if _named(r) and r.code[:3] not in own
                ][:1]
                if targets:
                    rule += "+measure-on"
            if (
                not targets
                and sources
                and cameo[:2] in REACTION_ROOTS
                and not cand.nominal
                and (attacker := self._attacker_answered(cand.verb, sources, actors)) is not None
            ):
                # "Israeli commandos stormed a Turkish ship ..., and Ankara recalled its
                # ambassador and demanded an apology": the one whose attack on it it answers
                targets, rule = [attacker], rule + "+answering"
            if not targets and sources and cameo[:2] == "09":
                # "an investigation into killings carried out during Philippine President
                # Rodrigo Duterte's war on drugs", "into war crimes by Russian forces":
                # whose acts are investigated
                targets = _investigated(cand, actors, {s.code for s in sources})
                if targets:
                    rule += "+investigated"
                    penalty += 0.1
                elif (
                    len(sources) == 1
                    and _named(sources[0])
                    and (sources[0].code[3:6] in STATE_ROLES or _is_state(sources[0]))
                    and not any(actors.resolve(t) for t in target_tokens)
                ):
                    # "Libya's attorney general opened an investigation into the collapse of
                    # two dams": a state's inquiry into what no one else is named for is
                    # at home
                    state, trig = sources[0].code[:3], cand.trigger
                    span = trig.doc[trig.i : trig.i + 1]
                    targets = [_implied(state, span, f"{state} (at home)", "at-home")]
                    rule += "+at-home"
                    penalty += 0.1
            if not targets and sources and cameo[:2] in {"03", "07"}:
                # "pledged $80 million in aid to help Sri Lanka rebuild": whom it helps
                targets = [
                    r
                    for c in cand.verb.children
                    if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in HELPING
                    # "to help Sri Lanka (rebuild)", "to help rebuild Iraq"
                    for o in _direct_objects(c)
                    + [
                        t
                        for inner in c.children
                        if inner.dep_ in {"ccomp", "xcomp"}
                        for t in _children(inner, SUBJECTS) + _direct_objects(inner)
                    ]
                    if _named(r := actors.resolve(o)) and r is not None
                ][:1]
                if targets:
                    rule += "+helped"
            if not targets and sources and cameo[:2] == "03":
                # "offered to host talks between the leaders of Russia and Ukraine",
                # "offered to carry messages between Putin and Zelenskiy": an offer to
                # mediate is made to both sides
                own = {s.code[:3] for s in sources}
                targets = [
                    r
                    for c in cand.verb.children
                    if c.dep_ in {"xcomp", "ccomp"}
                    for t in _between_sides(c)
                    for r in actors.resolve_all(t)
                    if _named(r) and r.code[:3] not in own
                ]
                if len(targets) > 1:
                    cameo, rule = INTENTS[MEDIATE], rule + "+between"
                else:
                    targets = []
            if not targets and sources and cameo[:3] in {"012", "013"} and not cand.nominal:
                # "was confident that a peace treaty with the Palestinians could be
                # concluded": whom the hope or worry is about
                own = {s.code[:3] for s in sources}
                about = [
                    t
                    for head in {cand.verb, cand.trigger}
                    for c in _children(head, {"ccomp"})
                    for t in _children(c, SUBJECTS | PASSIVE_SUBJECTS) + _direct_objects(c)
                ]
                # "saw little chance of a breakthrough in talks with Azerbaijan": whom the
                # chance is of
                about += _direct_objects(cand.verb)
                targets = [
                    r
                    for t in about + _inner_actors(about, actors)
                    # (not a venue: "talks with the Taliban in Qatar")
                    if not (t.dep_ == "pobj" and t.head.lower_ in {"in", "at"})
                    for r in actors.resolve_all(t)
                    # another country, or armed groups at home ("an accord with the FARC")
                    if _named(r)
                    # (a thing known only by where it is: "hope of talks in Qatar")
                    and r.rule not in {"in-phrase", "of-phrase"}
                    and (r.code[:3] not in own or r.code[3:6] in IRREGULAR_ROLES)
                ][:1]
                if targets:
                    rule += "+about"
            if not targets and sources and cameo == DENIAL:
                # "a charge the Kremlin denied": the accuser; else "denied sinking the
                # South Korean warship", "denied that the state had any involvement in the
                # poisoning of Alexei Navalny": whom the denied act concerns
                accusers = _accusers(cand.verb, sources, actors)
                if accusers:
                    targets, rule = accusers, rule + "+accuser"
                else:
                    targets = _denied_targets(cand.verb, sources, actors)
                    rule += "+denied-act" if targets else ""
            if not targets and sources and cameo[:2] == PROTEST_ROOT and not cand.nominal:
                # "began a national strike to press President Pinera's government for
                # free education": whom the protest presses
                # (the purpose may hang on the event noun: "a strike to press ...")
                purposes = [
                    c
                    for c in (cand.noun.children if cand.noun is not None else ())
                    if c.dep_ in {"acl", "relcl"} and _marked_to(c)
                ]
                pressed = _purpose_objects(cand.verb, actors) + [
                    o for c in purposes for o in _direct_objects(c)
                ]
                targets = [
                    r
                    for t in pressed
                    for r in actors.resolve_all(t)
                    if _named(r) and r.code[3:6] in STATE_ROLES
                ][:1]
                if targets:
                    rule += "+pressed"
            if cameo[:2] == THREATEN_ROOT and sources:
                # "warning that any raid on Venezuelan soil would be a cause for war": the
                # warner's own land is what it defends, not whom it warns
                own = {s.code[:3] for s in sources}
                targets = [t for t in targets if not (len(t.code) == 3 and t.code in own)]
            if (
                not targets
                and sources
                and (
                    cameo[:2] in {POSTURE, THREATEN_ROOT}
                    # "South Korea fired artillery shells across the border after North
                    # Korea shelled a frontline unit": fire answers fire
                    or (cameo[:2] == "19" and cand.trigger.lemma_.lower() in FIRING)
                    or _retaliating(cand.trigger)
                    # "vowed to impose retaliatory tariffs"
                    or any(
                        t.lower_ in {"retaliatory", "reciprocal"}
                        for o in _direct_objects(cand.verb)
                        for t in o.lefts
                    )
                )
            ):
                # "put its military on alert after North Korea fired shells", "vows to
                # retaliate after Argentina seizes Repsol's unit": against whoever provoked it
                own = {s.code[:3] for s in sources}
                # or, for a show of force, whom its purpose names ("deployed a carrier group
                # to send a clear message to Iran"), else where it is sent ("three
                # destroyers to waters off Venezuela"); each looked up only if needed
                lookups: list[tuple[Callable[[], list[Token]], str]] = [
                    (partial(_provocations, cand.verb), "+provoked-by")
                ]
                if cameo[:2] == THREATEN_ROOT:
                    # "vows enormous retaliation if the North strikes again": against
                    # whoever the condition is on
                    lookups.append((partial(_condition_subjects, cand.verb), "+if"))
                if cameo[:2] == POSTURE:
                    lookups += [
                        (partial(_purpose_objects, cand.verb, actors), "+aimed-at"),
                        (partial(_destinations, cand.verb, actors), "+aimed-at"),
                        (partial(_sole_rival, cand.verb, actors, own), "+sole-rival"),
                    ]
                # (or, for force used on a crowd, its own people: "protesters pelted
                # police with rocks, and officers responded with tear gas")
                repressing = cameo[:2] == "17"
                for lookup, how in lookups:
                    targets = [
                        r
                        for t in lookup()
                        for r in actors.resolve_all(t)
                        # another country, or armed groups at home
                        if (_named(r) and (r.code[:3] not in own or r.code[3:6] in IRREGULAR_ROLES))
                        or (
                            # (placed in the country the context gives, below)
                            repressing
                            and (_named(r) or _countryless(r))
                            and all(r.code[3:] != s.code[3:] for s in sources)
                        )
                    ][:1]
                    if targets:
                        rule += how
                        penalty += 0.2
                        break
            venues = targets and all(t.code.startswith("IGO") for t in targets)
            if cameo.startswith("114") and venues:
                # "lodged a complaint with the United Nations over Britain's militarization
                # of the South Atlantic": a body complained to is the venue; the complaint
                # is about whose act it names
                own = {s.code[:3] for s in sources}
                accused = [
                    r
                    for p in _children(cand.verb, {"prep"})
                    if p.lower_ == "over"
                    for t in _grievance_owners(p)
                    for r in actors.resolve_all(t)
                    if _named(r) and r.code[:3] not in own and not r.code.startswith("IGO")
                ][:1]
                if accused:
                    targets, rule = accused, rule + "+complained-of"
            if not targets and sources and cameo.startswith(RETREAT):
                # "M23 rebels seized Goma after government troops retreated": a retreat is
                # from whoever took what was left
                own_codes = {s.code for s in sources}
                targets = [
                    r
                    for t in _retreated_from(cand.verb)
                    for r in actors.resolve_all(t)
                    if (_named(r) or (_countryless(r) and r.code[3:6] in ARMED_ROLES))
                    and r.code not in own_codes
                ][:1]
                if targets:
                    rule += "+retreat-from"
            if (
                not targets
                and len(sources) == 1
                and (
                    cameo[:2] == PROTEST_ROOT
                    or (cameo[:2] in {"11", "12"} and sources[0].code[3:6] == "OPP")
                    # "Tamil Tiger rebels declared a unilateral ceasefire", "conceded
                    # defeat": towards the state
                    or (
                        cameo.startswith(("080", "087", "035"))
                        and sources[0].code[3:6] in IRREGULAR_ROLES
                    )
                )
                and _named(sources[0])
                and sources[0].code[3:6] not in STATE_FORCES | {"JUD", "LEG"}
            ):
                # "Nigerian unions launched a nationwide strike", "Georgians rallied in
                # Tbilisi": a protest at home that names no one is against the state, and
                # so is the opposition's criticism ("denounced the results as a sham")
                held = [
                    r
                    for subject in _children(cand.verb, SUBJECTS)
                    for o in _prep_objects(_counted(subject), "in")
                    if _named(r := actors.resolve(o)) and r is not None
                ]
                # "Palestinian prisoners in Israeli jails": whoever holds them
                targets = _home_state(cand, sources[0], held + located())
                rule += "+home-state"
                penalty += 0.1
            # ("lifts state of emergency in Guayaquil": a place at home is no target)
            at_home = len(sources) == 1 and all(
                is_place(t) and t.code[:3] == sources[0].code[:3] for t in targets
            )
            if (
                at_home
                and (
                    # (aid let in only where the sentence names a place at home: "allows aid
                    # convoy into Tigray", not "opened the Rafah crossing to let aid into Gaza")
                    (
                        _on_own_people(cameo)
                        and (cameo != "0863" or bool(targets))
                        # (a resignation is to the people only where they pressed for it:
                        # "Hasina resigns as protesters storm palace", not "Johnson resigns
                        # as Conservative leader", which has no target)
                        and (cameo != RESIGNATION or _amid_unrest(cand.verb.sent))
                    )
                    # "Hong Kong police make first arrests under new security law": of its own
                    or (cameo[:3] == "173" and not targets and cand.noun is not None)
                    # "Lukashenko refused to hold a new presidential election": a change at
                    # home refused to the country's own people
                    or (
                        cameo[:2] == "12"
                        and not targets
                        and _is_state(sources[0])
                        and _refuses_change_at_home(cand.verb)
                    )
                )
            ):
                # "Sri Lanka imposed a nationwide curfew": on its own population; "Ethiopia
                # lifts state of emergency": for it
                targets = _own_population(cand, sources[0])
                if targets:
                    rule += "+own-population"
            if not targets and sources and (cameo[:2] in {"03", "07", "09"} or cameo[:3] == "086"):
                # "pledged $3 billion to shore up Yemen's battered economy": aid for whom
                # its purpose names; "ordered an investigation team to probe allegations
                # against Prime Minister Sharif": an inquiry into whom its purpose names
                own = {s.code[:3] for s in sources}
                targets = [
                    r
                    for t in _purpose_beneficiaries(
                        cand.verb, inquiry=cameo[:2] == "09", access=cameo[:3] == "086"
                    )
                    for r in actors.resolve_all(t)
                    if _named(r)
                    and (r.code[:3] not in own or cameo[:2] == "09")
                    and all(r.code != s.code for s in sources)
                ][:1]
                if targets:
                    rule += "+for-purpose"
            if not targets and sources and cameo.startswith("175"):
                # "police fired tear gas and water cannon to stop them": whom the force
                # was used to stop or scatter
                targets = [
                    r
                    for o in _quelling_objects(cand.verb)
                    for r in actors.resolve_all(o)
                    if _named(r) and all(r.code != s.code for s in sources)
                ][:1]
                if targets:
                    rule += "+stopped"
            quelled = _quelled(cand.verb) if cameo.startswith("175") else []
            if (
                not targets
                and len(sources) == 1
                and quelled
                # (not "to disperse hundreds of protesters", coded on its own)
                and not any(len(r.code) > 3 for o in quelled for r in actors.resolve_all(o))
            ):
                # "riot police fire tear gas to clear Manama protest camp": on its own people
                targets = _own_population(cand, sources[0])
                if targets:
                    rule += "+own-population"
            if at_home and cameo[:2] == POSTURE and _shown_at_home(cand, sources[0], located):
                # "France deployed 45,000 police officers across the country", "deployed
                # the army to quell student-led protests": a show of force at home
                targets = _own_population(cand, sources[0])
                if targets:
                    rule += "+own-population"
            if not sources and not targets:
                return
            maybe_sources: list[ActorRef | None] = list(sources) or [None]
            maybe_targets: list[ActorRef | None] = list(targets) or [None]
            pairs = [(s, t) for s in maybe_sources for t in maybe_targets]
            if cand.nominal and cameo[:2] in MUTUAL_ROOTS and _between(cand):
                # "fighting between the army and the RSF", "talks between Kabul and
                # Islamabad": each side to the other
                pairs += [(t, s) for s, t in pairs if s is not None and t is not None]
                rule += "+mutual"
        negated = not cand.negation_read and (
            self._negated(cand.verb)
            or (cand.nominal and _under_no(cand.trigger))
            # "has held no contact with ELN negotiators": the light verb's object denied
            or (
                not cand.nominal
                and cand.noun is not None
                and cand.noun.head.i == cand.verb.i
                and _with_no(cand.noun)
                # ("saw no prospect of an improvement": the "no" is the pessimism)
                and not cameo.startswith("012")
            )
        )
        conditional = self._conditional(cand.verb)
        hypothetical = conditional or self._modal(cand.verb)
        if conditional:
            # "unless it wants to release its files", "if Iran attacks": only a condition
            penalty += 0.45
            rule += "+conditional"
        modality = self._modality(cand.verb, actors)
        if cand.nominal and cand.noun is not None and cand.noun.head.lower_ == "during":
            # "promised to expand investment during talks in Bishkek": the talks took place,
            # whatever the promise frames
            modality = ""
        if modality == "refuse" and cand.negation_read:
            pass  # "refused to rule out military action": the refusal is the act
        elif modality == "refuse":
            negated, hypothetical = True, True
        elif modality == "stop" and self._de_escalation(cand, cameo, actors):
            # "said the United States would stop bombing Yemen's Houthi rebels" (an intent
            # to de-escalate), "Israel halted air strikes on Gaza" (a de-escalation)
            stopper = cand.verb.head
            future = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in stopper.children)
            cameo, rule = (DE_ESCALATION_INTENT if future else DE_ESCALATION), rule + "+halted"
        elif modality == "stop":
            # "would stop bombing Yemen's Houthi rebels", "failed to reach a deal"
            negated, hypothetical = True, True
            rule += "+stopped"
        elif modality == "deny":
            negated = True
            rule += "+denied"
        elif modality in {"wish", "appeal"}:
            # "wants Putin to attack", "urged X to attack": the attack has not happened
            hypothetical = True
            penalty += 0.5
            rule += "+irrealis"
        elif (
            modality in {"attempt", "intent"}
            and cameo[:2] in {"18", "19"}
            and cand.trigger.lemma_.lower() in KILLING_VERBS
            and cand.verb.head.lemma_.lower() in {"try", "attempt"}
        ):
            # "tried to kill the president": the attempt on his life happened (185), no
            # intent or threat
            cameo, rule, modality = ATTEMPTED_ASSASSINATION, rule + "+attempted", ""
        elif modality == "threat" and cameo[:2] < THREATEN_LOWEST:
            # "threatened to ask parliament to declare war": the asking is only threatened
            # (a threatened hostile act is coded as the threat, below)
            hypothetical = True
            penalty += 0.5
            rule += "+irrealis"
        elif modality in {"intent", "attempt"}:
            hypothetical = True
        elif modality == "predicted":
            # "Hu is expected to visit Washington": someone's forecast
            hypothetical = True
            penalty += 0.45
            rule += "+predicted"
        if _marked_to(cand.verb) and any(
            c.dep_ == "advmod" and c.lower_ in {"how", "whether", "when", "where"}
            for c in cand.verb.children
        ):
            # "rehearsing how to repel an invasion", "discussed whether to impose
            # sanctions": a question, not an act
            hypothetical = True
            penalty += 0.5
            rule += "+question"
        if _helped_purpose(cand.verb):
            # "a force to help the Caribbean nation fight armed gangs", "supplying weapons
            # to help it defend itself": what the help is for, not an act told
            hypothetical = True
            penalty += 0.5
            rule += "+purpose"
        if cameo[:2] in {"18", "19"} and _attempt_on_life(cand.verb):
            # "opened fire on a parade in a failed attempt to assassinate Karzai": the
            # attempt on his life happened (185)
            cameo, rule, modality = ATTEMPTED_ASSASSINATION, rule + "+attempted", ""
        elif (
            # ("clears the way for Belgrade to open talks": a relative to the parser)
            cand.verb.dep_ in {"acl", "advcl", "relcl"}
            and cand.verb.head.pos_ == "NOUN"
            and cand.verb.head.lemma_.lower() in IRREALIS_HEADS
            and _marked_to(cand.verb)
            and not _noun_frame(cand.verb)
        ):
            # "an ultimatum to call elections", "efforts to end the war", "a proposal for
            # him to step down": not (yet) done
            hypothetical = True
            penalty += 0.5
            rule += "+irrealis"
        if (
            cand.noun is not None
            # ("suspended all planned contacts with Russia": the suspension is not planned)
            and cand.rule.startswith("nouns.tsv")
            and self._noun_entry(cand.noun) is not None
            and any(c.dep_ == "amod" and c.lower_ in UNCONFIRMED for c in cand.noun.children)
        ) or (
            # "denied accusations that it was arming the rebels": only alleged
            cand.verb.dep_ in {"acl", "ccomp"}
            and cand.verb.head.pos_ == "NOUN"
            and cand.verb.head.lemma_.lower() in ALLEGATIONS
        ):
            # "an inquiry into alleged killings", "a planned visit": not (yet) established
            hypothetical = True
            penalty += 0.45
            rule += "+unconfirmed"
        elif cand.nominal and cand.noun is not None and _still_ahead(cand.noun):
            # "on the eve of President Bakiyev's trip to Russia": not made yet
            hypothetical = True
            penalty += 0.45
            rule += "+ahead"
        weapon = self._weapon(cand)
        if weapon is not None:
            cameo, rule = weapon.cameo, f"{rule}+with:{weapon.rule}"
        if cameo[:2] == "19" and _hits_no_one(cand.verb):
            # "fired ballistic missiles into waters around Taiwan": a show of force
            cameo, rule = "150", rule + "+into-sea"
        elif (
            cameo.startswith(RESTRICTIONS)
            and cand.noun is not None
            and cand.noun.lemma_.lower() == "ban"
            and any(o.lemma_.lower() in GOODS for o in _prep_objects(cand.noun, "on"))
        ):
            # "adopted a ban on most Russian oil imports": an embargo
            cameo, rule = EMBARGO, rule + "+goods"
        elif (
            cameo == "192"
            and not cand.nominal
            and _business_taken(cand.verb)
            and not _armed_doer(cand, actors)
        ):
            # "Russia seized control of the local subsidiaries of Danone and Carlsberg":
            # property a state takes, not ground (rebels who seize a refinery occupy it)
            cameo, rule = "1711", rule + "+business"
        elif cameo in {"171", "173"} and not cand.nominal and _taken_by_force(cand, actors):
            # "Russian forces seized Europe's largest nuclear plant", "troops seized the
            # Syrian side of Mount Hermon", "rebels captured Paletwa": ground taken by
            # arms is occupied (192)
            cameo, rule = "192", rule + "+by-force"
        elif (
            cameo == DEMONSTRATE
            and cand.verb.lemma_.lower() in ADVANCING
            and _taken_by_force(cand, actors, "into")
        ):
            # "M23 rebels marched into Goma": an armed advance, not a demonstration
            cameo, rule = "192", rule + "+by-force"
        elif (
            (cameo, cand.verb.lemma_.lower())
            in {("192", "enter"), ("190", "advance"), ("0874", "leave")}
            and not cand.nominal
            and not _armed_doer(cand, actors)
        ):
            # "the president entered the city", "the talks advanced", "the minister left
            # Kabul": no occupation, assault or withdrawal without arms
            return
        elif (
            cand.verb.lemma_.lower() == "gas"
            and not cand.nominal
            and not any(actors.resolve(o) for o in _direct_objects(cand.verb))
        ):
            return  # "Gazprom halts gas supplies" misread as "gas supplies": people are gassed
        elif (
            cand.verb.lemma_.lower() == "blame"
            and cand.verb.dep_ == "xcomp"
            and cand.verb.head.lemma_ == "be"
        ):
            return  # "said Ukrainian shelling was to blame": the shelling is blamed (the report)
        prior = False  # an act the sentence tells as what came before ("after rebels seized ...")
        if cameo[:2] in {"18", "19"} and _chemical(cand):
            # "dropped barrel bombs filled with chlorine", "rockets loaded with nerve gas"
            cameo, rule = CHEMICAL_WEAPONS, rule + "+chemical"
        # "a day after U.S. House Speaker Nancy Pelosi's visit to the island"
        after_act = cand.nominal and cand.noun is not None and _in_time_phrase(cand.noun)
        if (
            (self._background(cand.verb) and not _crowd_acted_on(cand, cameo))
            or (
                # "forgiveness for the killing of thousands ... more than a century ago"
                cand.nominal and any(t.lower_ == "ago" for t in cand.trigger.subtree)
            )
            or after_act
            or (cand.nominal and cand.noun is not None and _grievance(cand.noun))
            or _inside_claimed_act(cand.verb)
        ):
            # "the group that has seized Mosul", "after rebels kidnapped ...": context the
            # story refers back to, usually reported before; kept, marked low confidence
            penalty += 0.45
            rule += "+background"
            # "after a visit to Minsk by a U.S. envoy": a contact named as the occasion of
            # what followed (not "two weeks after the detention of an Iranian tanker", the
            # grievance the story recalls; not inside a clause that is background itself:
            # "when Riyadh cut ties after Iraq's invasion of Kuwait")
            prior = cand.verb.dep_ == "advcl" or (
                after_act and cameo[:2] in VENUE_ROOTS and not self._background(cand.verb)
            )
        refusal = (
            REFUSED_ACTS.get(cameo[:4]) or REFUSED_ACTS.get(cameo[:3]) or REFUSALS.get(cameo[:2])
        )
        threat = THREATS.get(cameo[:2])
        intent = _intent(cameo)
        not_yet = any(c.lower_ == "yet" for c in cand.verb.children)  # "has not yet allowed"
        if cameo[:2] == THREATEN_ROOT and not modality and not negated:
            # "threatened to 'open the gates' and send refugees to Europe if the EU called
            # the incursion an invasion": the threat itself, aimed at the condition's doer
            pairs, aimed = _aimed_at_condition(cand.verb, pairs, actors)
            rule += aimed
        if (
            negated
            and refusal
            and modality != "stop"
            and not not_yet
            and (hypothetical or cameo[:2] == YIELD_ROOT)
        ):
            # "will not bow to pressure", "refused to meet": a refusal
            cameo, negated, hypothetical, rule = refusal, False, False, rule + "+refusal"
        elif (
            modality == "intent"
            and cameo[:2] == "15"
            and not negated
            and (aid := _sent_for(cand.verb))
            and (promised := _intent(aid)) is not None
        ):
            # "would send 3,000 troops to Liberia to build treatment centres": the promise
            # of the help they bring (033x), not a threat
            cameo, hypothetical, rule = promised, False, rule + "+intent+sent-for"
        elif (
            modality == "intent"
            and cameo[:2] == POSTURE
            and not negated
            and _sent_to_a_state(cand, pairs, actors)
        ):
            # "Rwanda to send 1,000 troops to Mozambique", "Russia would station tactical
            # nuclear weapons in Belarus": forces announced for a state's territory are a
            # promise of protection (0334), not a threat to it
            cameo, hypothetical, rule = PROTECTION_INTENT, False, rule + "+intent+sent-to"
        elif modality in {"threat", "intent"} and threat and not negated:
            # "threatened to attack", "wants to attack": a threat
            cameo, hypothetical, rule = threat, False, rule + "+threat"
            # "would launch strikes if South Korea violated its border", "threatened to
            # cut off the transit of Russian gas to Europe if the EU imposed sanctions": a
            # threat is aimed at whoever the condition names
            pairs, aimed = _aimed_at_condition(cand.verb, pairs, actors)
            rule += aimed
            if all(t is None for _, t in pairs):
                # "threaten to shut the Strait of Hormuz over the EU oil ban": at whoever
                # provoked it
                provokers = _others(_provocations(cand.verb), pairs, actors)[:1]
                if provokers:
                    pairs = [(s, p) for s, _ in pairs for p in provokers]
                    rule += "+provoked-by"
        elif (
            (
                modality in {"intent", "reported-intent"}
                # (a release agreed to is still to come: "agreed to free the hostages"; so
                # are inspectors or peacekeepers agreed to, "agreed to admit inspectors")
                or (
                    modality == "consent"
                    and (cameo[:2] != YIELD_ROOT or cameo[:3] in {"084", "086"})
                )
            )
            and intent
            and not negated
        ):
            # "plans to meet", "wants to help", "agreed to free the hostages": an intent
            # to cooperate (what a party agrees to do against another is decided, and
            # stays the act, "agreed to cut off Russian banks"; so does a concession,
            # "agreed to lift the sanctions")
            cameo, hypothetical, rule = intent, False, rule + "+intent"
            if all(t is None for _, t in pairs):
                # "told Ban Ki-moon that he would allow aid workers in", "offered
                # condolences to Myanmar and said India stood ready to help": to whom the
                # promise was made
                told = _others(_addressees(cand.verb), pairs, actors)
                if told:
                    pairs = [(s, t) for s, _ in pairs for t in told]
                    rule += "+told"
        elif (
            not negated
            and not conditional
            and modality not in {"wish", "appeal", "predicted"}
            and any(c.dep_ == "aux" and c.lower_ in EPISTEMIC_MODALS for c in cand.verb.children)
        ):
            # "Washington could impose broader sanctions", "the tanks might want Obama to
            # head back": a possibility someone sees, not an act (the speaker's own "could"
            # is a threat or an intent, above)
            penalty += 0.35
            rule += "+possible"
        if cameo[:2] not in VENUE_ROOTS or cameo in {"042", "043"}:
            # (a visit is made to, and hosted at, the place itself)
            pairs = self._place_countries(pairs, cand, located)
            pairs = _local_branches(pairs, located)
        trig = cand.trigger
        trigger = TextSpan(trig.text, trig.idx, trig.idx + len(trig.text))
        reported_by = quote_at(trig.idx)
        # walks of the parse tree, only for the codes they can change
        at_protest = cameo in REPRESSING and _at_protest(cand.verb)
        # "supporters of the TLP party clashed with police": a crowd, whoever it backs
        shared = cand.verb.dep_ == "conj" and not _children(cand.verb, SUBJECTS)
        doers = [cand.verb, cand.verb.head] if shared else [cand.verb]
        crowd = not cand.nominal and any(
            s.lower_.rstrip("s") in CROWD_SUBJECTS for v in doers for s in _children(v, SUBJECTS)
        )
        bombing = cameo[:2] in {"18", "19"} and _by_bomb(cand.verb)
        sent_for = _sent_for(cand.verb) if cameo in {VISIT, "153", "154"} else ""
        if cameo == VISIT and any(
            s.lemma_.lower() in STRIKES_FROM_AFAR for s in _children(cand.verb, SUBJECTS)
        ):
            return  # "a Russian missile landed in Poland": no visit
        for source, target in pairs:
            if cameo.startswith("084") and _jailbreak(cand.verb, source, target_tokens):
                continue  # "stormed two prisons, freeing thousands of inmates": no release
            if (
                source is not None
                and target is not None
                and source.code == target.code
                and target.kind == "capital"
                and cameo[:2] in LOCATION_TARGET_ROOTS
            ):
                # "the Thai junta imposed a curfew on Bangkok": the city, not the government
                target = replace(target, code=target.code[:3], rule=target.rule + "+place")
            if (
                source is not None
                and target is not None
                and source.code == target.code
                # ("a mob beat a Christian couple to death": people may attack people)
                and not (cameo[:2] in {"18", "20"} and source.code[3:6] in CIVILIAN_ROLES)
            ):
                continue
            if (
                cameo[:2] in VENUE_ROOTS
                and source is not None
                and target is not None
                and target.code == source.code[:3]
                and (cameo == VISIT or "+place" in target.rule)
            ):
                # "as she travelled home from school in Swat": no visit at home, and a
                # meeting is not held with one's own country
                continue
            pair_cameo, pair_rule = street_violence(cameo, source, target, at_protest, crowd)
            if pair_cameo[:2] in {"18", "19"} and bombing:
                # "a roadside bomb killed four soldiers", "killed by a suicide bomber"
                pair_cameo, pair_rule = BOMBING, pair_rule + "+bombing"
            elif pair_cameo in CONVENTIONAL and (
                (_irregular(source) and _civilian(target))
                or (
                    source is not None
                    and source.code[3:6] == "CRM"
                    and (target is None or target.code[3:6] not in FORCE_ROLES)
                    and cand.trigger.lemma_.lower() not in {"fight", "clash", "battle"}
                )
            ):
                # "gunmen stormed a concert hall, killing 133 people": armed groups turning
                # their guns on civilians assault them (18), they do not fight (19); gangs
                # never wage war ("armed gangs attacked the country's two largest prisons")
                pair_cameo, pair_rule = ASSAULT, pair_rule + "+assault"
            abroad = (
                source is not None and target is not None and source.code[:3] != target.code[:3]
            )
            if (
                pair_cameo.startswith("10")
                and cand.trigger.lemma_.lower() in {"order", "instruct", "command"}
                and source is not None
                and target is not None
                and not abroad
                and source.code[3:6] in {"", "GOV"}
                # (its forces, or "them" for its own units)
                and target.code[3:6] in {"MIL", "COP", "SPY", ""}
            ):
                continue  # "ordered them (his rocket units) to be ready": a command, no demand
            if sent_for and (pair_cameo in {VISIT, "154"} or (pair_cameo == "153" and abroad)):
                # "Kenyan police arrived in Haiti to lead a UN-backed mission", "sent
                # troops to Mozambique to help government forces", "dispatched troops to
                # Haiti to deliver aid": forces sent to help protect a country (074) or
                # to bring aid (073), not a visit nor a show of force
                pair_cameo, pair_rule = sent_for, pair_rule + "+sent-for"
            pair_cameo, refined = _killing(pair_cameo, cand, target, victims)
            pair_rule += refined
            if (
                pair_cameo == MILITARY_WITHDRAWAL
                and target is not None
                and target.code.startswith("IGO")
                and not _sends_forces(cand)
            ):
                # "announce immediate withdrawal from ECOWAS", "withdrew from UNESCO": a
                # state leaving an organisation reduces relations (16)
                pair_cameo, pair_rule = LEAVE_ORGANISATION, pair_rule + "+leaves-organisation"
            if (
                pair_cameo.startswith(RESTRICTIONS)
                and "ban" in {t.lemma_.lower() for t in (cand.trigger, cand.noun) if t is not None}
                and _named(source)
                and _named(target)
                and source is not None
                and target is not None
                and target.code[:3] != source.code[:3]
            ):
                # "slaps visa bans on Georgian officials", "India bans Chinese apps": a ban on
                # another country's people or goods is a sanction (163), not a restriction
                # at home
                pair_cameo, pair_rule = EMBARGO, pair_rule + "+foreign-ban"
            if pair_cameo == PROTEST and _is_state(source):
                # "China protested": a government protests officially (CAMEO 114)
                pair_cameo, pair_rule = OFFICIAL_PROTEST, pair_rule + "+official"
            target, domestic = _domestic(pair_cameo, source, target)
            pair_rule += domestic
            if (
                source is not None
                and _countryless(source)
                and source.code[3:6] == "OPP"
                and target is not None
                and _named(target)
                and (target.code[3:6] in STATE_ROLES | {"ELI"} or _is_state(target))
                # (the only country the sentence names: not "Lebanon's opposition blamed
                # Syria")
                and countries() == {target.code[:3]}
            ):
                # "a result the opposition rejected as fraudulent": a country's opposition
                # opposes its own state
                source = replace(source, code=target.code[:3] + source.code[3:])
                pair_rule += "+own-opposition"
            if (
                pair_cameo[:3] == EXPULSION
                and _countryless(target)
                and target is not None
                and not target.rule.startswith("pronoun")
            ):
                # "deported radical cleric Abu Qatada to Jordan": sent home (not "released
                # the prisoners and deported them to the United States": exiled)
                sent_to = [r for o in _prep_objects(cand.verb, "to") if (r := _place_in(o, actors))]
                if sent_to and (source is None or sent_to[0].code[:3] != source.code[:3]):
                    target = replace(
                        target,
                        code=sent_to[0].code[:3] + target.code[3:],
                        rule=target.rule + "+deported-to",
                    )
            if _countryless(source) and source is not None and source.code[3:6] in STATE_ROLES:
                # "Serbian President Boris Tadic announced that police had arrested
                # Mladic": the police an official reports on are the official's state's
                speaker = _reporting_state(cand.verb, actors)
                if speaker:
                    source = replace(
                        source, code=speaker + source.code[3:], rule=source.rule + "+reported-by"
                    )
                elif reported := _reported_state(cand.verb, actors):
                    source = replace(
                        source, code=reported + source.code[3:], rule=source.rule + "+reporting"
                    )
            if _countryless(source) or _countryless(target):
                source, target, context = _in_context(
                    pair_cameo,
                    source,
                    target,
                    countries,
                    partial(_sentence_countries, cand.verb.sent, actors, beyond=source),
                    partial(_sentence_places, cand.verb.sent, actors),
                )
                pair_rule += context
                if (
                    context
                    and target is None
                    and pair_cameo[:2] == PROTEST_ROOT
                    and source is not None
                    and source.code[3:6] in LOCAL_ROLES
                ):
                    # "thousands of people protesting against official results" where the
                    # sentence names Belarus only: a protest at home is against the state
                    target, pair_rule = _home_state(cand, source, [])[0], pair_rule + "+home-state"
                if (
                    context
                    and source is not None
                    and target is not None
                    and is_place(target)
                    and target.code[:3] == source.code[:3]
                ):
                    if _on_own_people(pair_cameo):
                        # "the government declared a curfew in Port-au-Prince", the
                        # government placed by the sentence: on its own people
                        population = _own_population(cand, source)
                        if population:
                            target, pair_rule = population[0], pair_rule + "+own-population"
                    elif pair_cameo[:2] == PROTEST_ROOT:
                        # "protesters blocked Barcelona's airport": the place is where the
                        # protest is, the state is whom it is against
                        target = _home_state(cand, source, [])[0]
                        pair_rule += "+home-state"
            if (
                pair_cameo[:2] == REDUCE_RELATIONS
                and _is_state(source)
                and _named(target)
                and source is not None
                and target is not None
                and target.code[:3] == source.code[:3]
                and target.code[3:6] in DOMESTIC_BODIES
            ):
                # "suspended parliament", "cut ties with the opposition party": a state's
                # sanction on its own institutions (172), not a break between states
                pair_cameo, pair_rule = ADMINISTRATIVE_SANCTION, pair_rule + "+at-home"
            # "Hezbollah guerrillas seized two Israeli soldiers": people, not goods
            people_taken = pair_cameo[:3] == "171" and _people_taken(cand, actors)
            if (
                (pair_cameo[:3] == "173" or people_taken)
                and source is not None
                and source.code[3:6] in IRREGULAR_ROLES - {"UAF"}
            ):
                # "Hezbollah guerrillas captured two Israeli soldiers": armed groups do not
                # arrest, they abduct (181)
                pair_cameo, pair_rule = ABDUCTION, pair_rule + "+abducted"
            elif people_taken and source is not None and source.code[3:6] in STATE_FORCES | {"JUD"}:
                # "police seized three suspects": the state's forces detain (173)
                pair_cameo, pair_rule = "173", pair_rule + "+detained"
            confidence = 0.9 - penalty
            if prior and _named(source) and _named(target):
                # "..., a day after Houthi rebels fired a missile at Riyadh": a prior act
                # between two known parties is news too, reported here perhaps again
                # (dated by this story), so it keeps the background mark and some doubt
                confidence += 0.3
            if source is None or (
                target is None
                and not cand.intransitive
                and cameo[:2] not in UNDIRECTED_ROOTS
                and cameo not in UNDIRECTED_CODES
            ):
                confidence -= 0.45
            elif target is None:
                confidence -= 0.2  # "rebels protested": no target is expected
            if hypothetical:
                confidence -= 0.1
            if cand.nominal:
                confidence -= 0.1
            if negated:
                confidence -= 0.1
            yield self._new_event(
                pair_cameo,
                cand.plover_mode,
                source=source,
                target=target,
                trigger=trigger,
                sentence=index,
                negated=negated,
                hypothetical=hypothetical,
                rule=rule + pair_rule,
                confidence=round(max(confidence, 0.05), 2),
                caption=in_caption,
                reported_by=reported_by,
            )

    def _weapon(self, cand: Candidate) -> NounEntry | None:
        """ "pounded rebel positions with artillery": a generic attack (190) takes the code
        of the weapon it was made with (194 artillery, 195 air strikes), also where the
        weapon's attack is the doer or the setting ("air strikes killed 46 people", "killed
        hundreds in a poison gas attack")."""
        if cand.cameo not in {"190", BOMBING}:
            return None
        if cand.cameo == BOMBING:
            # "blown up by a surface-to-air missile": a military weapon, no bombing
            means = _prep_objects(cand.verb, "by") if _is_passive(cand.verb) else []
        else:
            # "... with artillery", "in a poison gas attack", "Pakistani air strikes killed 46"
            means = [*_prep_objects(cand.verb, "with"), *_prep_objects(cand.verb, "in")]
        if not cand.nominal:
            means += [s for s in _children(cand.verb, {"nsubj"}) if s.pos_ == "NOUN"]
        for obj in means:
            for token in [obj, *obj.conjuncts]:
                entry = self._noun_entry(token) or self._noun_entry_by_word(token)
                if entry is not None and (
                    (entry.cameo[:2] == "19" and entry.cameo != "190")
                    or entry.cameo.startswith("183")  # "killed six soldiers with a bomb"
                ):
                    return entry
        return None

    def _noun_entry_by_word(self, token: Token) -> NounEntry | None:
        """A weapon named by a bare word that nouns.tsv lists only in compounds
        ("artillery" in "artillery fire")."""
        return self._first_words.get(token.lemma_.lower())

    def _modality(self, verb: Token, actors: ArticleActors) -> str:
        """How a complement-taking verb above this one frames it (see complements.tsv).

        intent | attempt (subject control) | wish (either, with an object) | threat |
        appeal | refuse | stop | deny | predicted | reported-intent (someone else's report
        of a future act: an intent if cooperative) | "".
        """
        if _headline_future(verb):
            return "intent"
        if framed := _noun_frame(verb):
            return "" if framed == "done" else framed
        if self._reported_future(verb):
            # "Japan will send relief supplies to Myanmar, the ministry said": a statement
            # of what one will do, not yet done (CAMEO 03x); a hostile act only the
            # speaker's own side can threaten ("Russia will attack, US officials said" is
            # a forecast)
            return "intent" if _says_own_future(verb, verb.head, actors) else "reported-intent"
        if verb.dep_ == "ROOT" and any(
            c.dep_ == "conj"
            and c.i > verb.i
            and any(c.doc[s.left_edge.i - 1].text == "," for s in _children(c, SUBJECTS))
            and self._complement(c) == "report"
            and _says_own_future(verb, c, actors)
            for c in verb.children
        ):
            # "Pakistan will release the pilot on Friday, Prime Minister Imran Khan told a
            # joint session of parliament": the report the parser coordinated
            return "intent"
        if (
            verb.dep_ == "conj"
            and verb.head.dep_ in {"xcomp", "ccomp", "pcomp"}
            and (
                not _children(verb, SUBJECTS | {"aux"})
                # "demanded that Rwandan troops withdraw and that the M23 rebels halt"
                or any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
            )
        ):
            # "pledged to deepen cooperation and hold exercises": the conjunct shares the
            # frame of the verb it is coordinated with
            verb = verb.head
        if (
            verb.dep_ not in {"xcomp", "ccomp", "pcomp"}
            and not _for_to_clause(verb)
            and not self._control_advcl(verb)
            and not _clause_as_object(verb)
            and not (verb.dep_ == "advcl" and verb.tag_ == "VB")
            and not _gerund_complement(verb)
        ):
            return ""
        head = verb.head
        if _marked_to(verb) and any(
            c.dep_ in {"npadvmod", "dobj"} and c.lemma_.lower() in TIME_SPANS and c.i > head.i
            for c in head.children
        ):
            # "gave the junta one week to reinstate Bazoum": what a deadline asks for ("hours
            # before the council voted to impose sanctions" times the vote)
            return "appeal"
        kind = self._complement(head)
        if not kind and any(o.lemma_.lower() in IRREALIS_HEADS for o in _children(head, {"dobj"})):
            # "renewed his appeal for Hamas to release the hostages": the object frames it
            kind = "appeal"
        if verb.dep_ == "xcomp" and (
            (head.lemma_.lower() == "expect" and _is_passive(head))
            or (head.pos_ == "ADJ" and head.lemma_.lower() in {"likely", "unlikely"})
        ):
            return "predicted"  # "is expected to visit", "is likely to attend"
        if (
            verb.dep_ == "advcl"
            and not _for_to_clause(verb)
            and not self._control_advcl(verb)
            and not _gerund_complement(verb)
        ):
            # "appealed to France for military help to stop an advance": what the appeal
            # is for; any other purpose clause is the doer's own act
            appeal = kind == "appeal" and _marked_to(verb) and not _children(verb, {"mark"})
            return "appeal" if appeal else ""
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in READY:
            return "intent"  # "said they were ready to hold talks"
        if kind == "report" and _says_own_future(verb, head, actors):
            # "Israel announced it would free prisoners": a statement of intent (CAMEO 03x)
            return "intent"
        if kind in {"intent", "attempt"} and (
            _children(head, {"dobj"}) or _children(verb, SUBJECTS)
        ):
            return "wish"
        return kind

    def _reported_future(self, verb: Token) -> bool:
        """A clause in the future a closing report attributes ("X will send aid, the
        ministry said"; a bare "X will send aid" is still coded as the act)."""
        return (
            verb.dep_ == "ccomp"
            and verb.head.i > verb.i
            and self._complement(verb.head) == "report"
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)
        )

    def _complement(self, verb: Token) -> str:
        """The complements.tsv class of a verb, a phrasal verb's first ("ruled out
        sending missiles" is a refusal; "ruled" alone is not)."""
        complements = self.lexicon.complements
        lemma = verb.lemma_.lower()
        for prt in _children(verb, {"prt"}):
            kind = complements.get(f"{lemma} {prt.lower_}")
            if kind:
                return kind
        return complements.get(lemma, "")

    def _de_escalation(self, cand: Candidate, cameo: str, actors: ArticleActors) -> bool:
        """An attack the doer says it stops, or stops: "would stop bombing", "halted
        strikes on Gaza" (not "failed to stop", "refused to halt", "called on X to stop")."""
        stopper = cand.verb.head
        return (
            cameo[:2] in VIOLENT_ROOTS
            and not cand.nominal
            and stopper.lemma_.lower() in {"stop", "halt", "cease"}
            and not self._negated(stopper)
            and not self._conditional(stopper)
            and self._modality(stopper, actors) in {"", "intent"}
        )

    def _control_advcl(self, verb: Token) -> bool:
        """ "threatened on Thursday to launch a strike": a to-infinitive the parser hung
        as an adverbial (an adjunct came between) under a verb that takes one."""
        return (
            verb.dep_ == "advcl"
            and verb.tag_ == "VB"
            and _marked_to(verb)
            and not any(c.dep_ == "mark" for c in verb.children)
            and self._complement(verb.head) in {"intent", "threat", "attempt", "refuse"}
        )

    def _background(self, verb: Token) -> bool:
        if _summed_act(verb) is not None:
            return False  # "..., a move the US condemned": news, the reaction to the act
        if verb.dep_ == "relcl":
            # restrictive ("the group that seized Mosul") is background; a comma-led,
            # non-restrictive one ("the ISI, who asked the US ...") tells news
            # ("... in Islamabad, where she urged" and "where"/"when" clauses tell news too)
            start = verb.left_edge.i
            if verb.doc[start].lower_ == "under" or verb.head.ent_type_ == "DATE":
                # "a security pact under which Australia will train PNG's police" says
                # what the pact provides; "since 1990, when Riyadh cut ties" is history
                return True
            if _in_time_phrase(verb.head):
                # "a year after the referendum in which Britons voted to leave the bloc"
                return True
            restrictive = start == 0 or verb.doc[start - 1].text != ","
            measure = verb.head.lemma_.lower()
            if verb.lemma_.lower() == "threaten" and measure in THREATENED_MEASURES:
                # "suspended the tariffs he had threatened to impose on Mexican goods": the
                # threat is news the sentence tells again, as annotators code it
                return False
            return restrictive and verb.doc[start].lower_ in {"that", "which", "who", "whom"}
        if verb.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in verb.children)
        if verb.dep_ == "acl":
            # "citizens abducted by North Korea decades ago": past, told as context
            if any(t.lower_ == "ago" for c in verb.children for t in c.subtree):
                return True
            # "weeks after Trump's decision to recognise Jerusalem": the act of a noun
            # in a time phrase
            if _in_time_phrase(verb.head, also={"over"}):
                # "... over Madrid's decision to back Morocco's plan": the grievance's act
                return True
            return _background_participle(verb)
        node = verb
        for _ in range(3):
            # "a regional force sent to help Congolese soldiers fight M23", "a pact under
            # which Australia will help train PNG's police": what a background clause's
            # complement tells is background too
            if node.dep_ not in {"xcomp", "ccomp", "advcl", "conj"} or node.head.i == node.i:
                break
            if node.dep_ == "conj" and node.head.dep_ in {"relcl", "acl"}:
                break  # "a bombing that killed 20 people and called off talks": a misparse
            shares_mark = not _children(node, {"mark"}) and (
                node.dep_ == "conj"
                # (not "after Kyiv refused to renew the deal": the refusal is the act)
                or (node.dep_ == "xcomp" and not self._complement(node.head))
            )
            node = node.head
            if node.dep_ in {"acl", "relcl"} and self._background(node):
                return True
            if shares_mark and node.dep_ == "advcl" and self._background(node):
                # "hours after police stormed the offices and arrested its leader", "a year
                # after Britons voted to leave the bloc"
                return True
        return False

    @staticmethod
    def _place_countries(
        pairs: list[Pair], cand: Candidate, located: Callable[[], list[ActorRef]]
    ) -> list[Pair]:
        """ "children were killed in Gaza", "students protested in Hong Kong", "soldiers
        killed 12 insurgents near Bama": actors of unknown country take the country where
        the event happened; foreign troops and officials are named as such ("French
        troops"). A visitor does not ("delegations arrived in Istanbul")."""
        visit = cand.cameo[:2] in VENUE_ROOTS

        def needs(ref: ActorRef | None, is_source: bool) -> bool:
            if ref is not None and ref.code.startswith(TRANSNATIONAL):
                # "Islamic State militants massacred Yazidis near Sinjar": a transnational
                # armed group is coded where it acts
                return not visit
            return (
                ref is not None
                and ref.code.startswith(NO_COUNTRY)
                and (not is_source or not visit or ref.code[3:6] in LOCAL_ROLES)
            )

        if not any(needs(s, True) or needs(t, False) for s, t in pairs):
            return pairs
        place = located()
        if not place:
            return pairs
        country = place[0].code

        def fill(ref: ActorRef | None, is_source: bool) -> ActorRef | None:
            if ref is None or not needs(ref, is_source):
                return ref
            return replace(ref, code=country + ref.code[3:], rule=ref.rule + "+event-place")

        return [(fill(s, True), fill(t, False)) for s, t in pairs]

    @staticmethod
    def _location_target(cand: Candidate, actors: ArticleActors) -> list[ActorRef]:
        """ "met in Zurich", "attacks in northern Nigeria": the place's country as target.

        The place phrase may hang on the verb, its event noun, or an adjunct of the verb
        ("killed in shelling in the east of the Gaza Strip"), but not on another clause.
        """
        verbs = [cand.verb]
        if (
            (cand.verb.dep_ == "advcl" and cand.verb.tag_ == "VBG")
            or (cand.verb.dep_ == "conj" and cand.verb.head.pos_ == "VERB")
            or (
                cand.verb.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in SIMULTANEOUS for c in cand.verb.children)
            )
        ):
            # "shelled Aleppo, killing eight", "clashed with police in Bishkek and stormed
            # government buildings": the same place
            verbs.append(cand.verb.head)
        if cand.verb.dep_ == "advcl" and _marked_to(cand.verb) and cand.verb.tag_ == "VB":
            # "poured into Kiev's main square to demand his resignation": where they went
            verbs.append(cand.verb.head)
        holders = [h for h in (*verbs, cand.noun) if h is not None]
        holders += [c for c in cand.verb.children if c.dep_ in {"advcl", "prep", "npadvmod"}]
        # "Pakistani air strikes in Afghanistan's Paktika province killed 46 people": where
        # the strikes that did it were
        holders += [
            s
            for s in _children(cand.verb, SUBJECTS)
            if s.lemma_.lower() in {"strike", "airstrike", "attack", "raid", "bombing", "shelling"}
        ]
        # "Eritrean troops fighting in Ethiopia's Tigray region killed ...": where the doers are
        holders += [
            a
            for s in _children(cand.verb, SUBJECTS)
            for a in _children(s, {"acl"})
            if a.tag_ == "VBG"
        ]
        # "blew up a vehicle with a bomb in Maharashtra": a place on the verb's adjunct
        holders += [
            o
            for c in cand.verb.children
            if c.dep_ == "prep"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        # "ordered troops into the streets of Guayaquil": where forces are sent; "poured
        # into Independence Square": where crowds went
        preps = (
            (*PLACE_PREPS, "into")
            if cand.cameo[:2] == POSTURE or any(v.lemma_.lower() in CROWD_MOVES for v in verbs)
            else PLACE_PREPS
        )
        places = [o for h in holders for w in preps for o in _prep_objects(h, w)]
        # "took to the streets of Tehran": the streets are where they went
        places += [o for v in verbs for o in _prep_objects(v, "to") if o.lemma_ == "street"]
        # "drove the last Christian families out of Mosul": where they were driven from
        places += [
            o
            for v in verbs
            for out in v.children
            if out.lower_ == "out" and out.dep_ in {"prt", "prep", "advmod"}
            for o in _prep_objects(v, "of") + _prep_objects(out, "of")
        ]
        if cand.cameo[:2] in LOCATION_TARGET_ROOTS:
            # "shelled the outskirts of Donetsk", "bombarded a part of Aleppo"
            places += [o for v in verbs for o in _children(v, {"dobj"}) if o.lemma_ in PLACE_PARTS]
        for obj in [*places, *_nested_places(verbs, places)]:
            ref = _place_in(obj, actors)
            if ref is not None:
                return [replace(ref, code=ref.code[:3], rule=ref.rule + "+location")]
        return []
