"""The vocabulary of movement and of the remainder, one place (session 27, #10, behaviour-preserving).

Words meaning a rise or a fall (verbs, their stems and inflections, nouns, comparatives) and a remainder ("the
rest of", "other", "remainder"), as the modules that read questions, passages and rows use them. Each list is the
one its reader was tuned with: lists that differ are kept as named sub-lists (a union would change what matches),
each named by its sense and noted with its reader. Imports ``re`` only.
"""

from __future__ import annotations

import re


# a rise asked by a yes/no question ("did it grow?"): verbs, their -s/-d forms (``query.intent``)
UP_ASKED_YES_NO = re.compile(r"\b(?:grow|grew|increase[sd]?|rise|rose|go up|went up|improve[sd]?)\b", re.I)

# a fall asked by a yes/no question ("did it shrink?") (``query.intent``)
DOWN_ASKED_YES_NO = re.compile(r"\b(?:shrink|shrank|decrease[sd]?|drop(?:ped)?|fall|fell|go down|went down|"
                               r"reduce[sd]?)\b", re.I)

# a rise a question asks a direction of (also "higher", "widened", "strengthened") (``query.intent``)
RISE_ASKED = re.compile(r"\b(?:increas(?:e|ed)|gr[eo]w|grown|rise|rose|risen|(?:go|goes|gone|went)\s+up|"
                        r"improv(?:e|ed)|expand(?:ed)?|widen(?:ed)?|higher|strengthen(?:ed)?)\b", re.I)

# a fall a question asks a direction of (also "lower", "narrowed", "cut back on its ...") (``query.intent``)
FALL_ASKED = re.compile(r"\b(?:decreas(?:e|ed)|shr[ai]nk|shrunk|fall|fell|fallen|drop(?:ped)?|(?:go|goes|gone|"
                        r"went)\s+down|declin(?:e|ed)|deteriorat(?:e|ed)|contract(?:ed)?|narrow(?:ed)?|lower|"
                        r"weaken(?:ed)?|reduc(?:e|ed)|(?:cut|trim(?:med)?|"
                        r"slash(?:ed)?)(?=\s+(?:back\s+(?:on\s+)?)?(?:its|their|the|our)\b))\b", re.I)

# a fall said before "than" in a comparison of two periods' changes (stems) (``query.intent``)
FALL_COMPARED = re.compile(r"\b(?:decreas\w*|declin\w*|fall|fell|fallen|drop\w*|shr[iau]nk\w*|contract\w*|"
                           r"lower(?:ed)?\s+by)\b", re.I)

# comparatives meaning the higher side of a comparison of two periods (a set of words) (``query.intent``)
UP_COMPARATIVES = {"higher", "greater", "larger", "bigger", "more", "better", "stronger", "above"}

# the way of a cause referred to by its article ("on the higher volumes"): rise adjectives (``answer.referred_causes``)
UP_REFERRED = ("higher", "increased", "greater", "stronger", "larger", "improved", "rising", "growing")

# ... and fall adjectives ("due to the lower prices") (``answer.referred_causes``)
DOWN_REFERRED = ("lower", "decreased", "reduced", "weaker", "smaller", "declining", "falling")

# one stem table for a move said in the past or as a noun: a core each reader shares, and the sub-lists that add to it
# (a member's move, ``answer.member_asks``: the core, "shrank" besides; a passage's move, ``answer.referred_causes``:
# the core, "gained", "improved", "was up" ... besides; a premise's move, ``answer.premises``: the passage's words,
# "risen", "climbed", "went up", "was higher" ... besides). Every list keeps its reader's words; their order is free,
# as no word of a list is the start of another's (an alternation of such words matches the same whatever its order).
UP_PAST_CORE = ("increased", "rose", "grew")
DOWN_PAST_CORE = ("decreased", "declined", "fell", "dropped")
UP_NOUNS_CORE = ("increase", "rise", "growth")
DOWN_NOUNS_CORE = ("decrease", "decline", "drop", "fall")

# a rise said as a noun ("a 5% increase in") (``answer.referred_causes``)
UP_NOUNS = "(?:" + "|".join(UP_NOUNS_CORE + ("gain", "improvement")) + ")"

# a fall said as a noun (``answer.referred_causes``)
DOWN_NOUNS = "(?:" + "|".join(DOWN_NOUNS_CORE + ("reduction",)) + ")"

# a rise a passage states in the past ("attendance rose 5%") (``answer.referred_causes``)
_UP_PAST_SAID_MORE = ("gained", "improved", r"was\s+up", r"were\s+up")
UP_PAST_SAID = "(?:" + "|".join(UP_PAST_CORE + _UP_PAST_SAID_MORE) + ")"

# a fall a passage states in the past (``answer.referred_causes``)
_DOWN_PAST_SAID_MORE = (r"was\s+down", r"were\s+down")
DOWN_PAST_SAID = "(?:" + "|".join(DOWN_PAST_CORE + _DOWN_PAST_SAID_MORE) + ")"

# a rise said of one member of a breakdown ("which segment grew"): alternation, no group (``answer.prose_members``)
UP_MEMBER_WORDS = r"grew|grow|increased?|rose|rise|gained?|expanded?|improved?|higher"

# a fall said of one member of a breakdown: alternation, no group (``answer.prose_members``)
DOWN_MEMBER_WORDS = r"declined?|decreased?|fell|fall|shr[aiu]nk|shrink|dropped|drop|contracted?|lower"

# a rise as a base verb ("why did margins not improve"): alternation, no group (``answer.premises``)
UP_BASE = r"improve|increase|rise|grow|expand|climb|gain|strengthen|go\s+up"

# a fall as a base verb: alternation, no group (``answer.premises``)
DOWN_BASE = r"decline|decrease|fall|drop|shrink|contract|deteriorate|worsen|weaken|go\s+down"

# a rise in the past tense or as "was higher": alternation, no group (``answer.premises``)
UP_PAST = "|".join(UP_PAST_CORE + _UP_PAST_SAID_MORE + ("risen", "grown", "expanded", "climbed", "strengthened",
                                                       r"went\s+up", r"was\s+higher", r"were\s+higher"))

# a fall in the past tense or as "was lower": alternation, no group (``answer.premises``)
DOWN_PAST = "|".join(DOWN_PAST_CORE + ("shrank",) + _DOWN_PAST_SAID_MORE + (
    "fallen", "shrunk", "contracted", "deteriorated", "worsened", "weakened", r"went\s+down", r"was\s+lower",
    r"were\s+lower"))

# a rise with every inflection, as a table's question asks it ("added", "picked up"): alternation
# (``answer.prose_tables``)
UP_INFLECTED = (r"add|adds|added|adding|gain|gains|gained|gaining|rise|rises|rose|risen|rising|increase|increases|"
                r"increased|increasing|grow|grows|grew|grown|growing|growth|expand|expands|expanded|expanding|climb|"
                r"climbed|pick\s+up|picked\s+up")

# a fall with every inflection ("lost", "shed"): alternation (``answer.prose_tables``)
DOWN_INFLECTED = (r"lose|loses|lost|losing|fall|falls|fell|fallen|falling|decline|declines|declined|declining|drop|"
                  r"drops|dropped|dropping|decrease|decreases|decreased|decreasing|shrink|shrinks|shrank|shrinking|"
                  r"shed|sheds|cut|cuts")

# a remainder row of a report's table ("Others", "All other", "Rest of ...") (``answer.prose_tables``)
OTHER_ROW = re.compile(r"(?i)^\s*(?:others?|all\s+others?|other\s+\w+|rest\s+of\b)")

# a rise as word stems (a tuple of prefixes) (``answer.question``)
UP_STEMS = ("increas", "rise", "rising", "rose", "risen", "grow", "grew", "growth", "gain", "higher", "expand",
            "improv", "up")

# a fall as word stems (a tuple of prefixes) (``answer.question``)
DOWN_STEMS = ("decreas", "declin", "drop", "fall", "fell", "fallen", "lower", "reduc", "shrink", "shrank", "cut",
              "cuts",
              "down", "deteriorat", "weaken")  # fmt: skip

# a rise a driver's passage says ("more", "raised") (``answer.prose_drivers``)
UP_DRIVER_WORDS = re.compile(r"(?i)\b(?:ris\w*|rose|grow\w*|grew|increas\w*|higher|up|rais\w*|more|gain\w*|"
                             r"improv\w*)\b")

# a fall a driver's passage says ("fewer", "weaker", "slowed") (``answer.prose_drivers``)
DOWN_DRIVER_WORDS = re.compile(r"(?i)\b(?:fall\w*|fell|declin\w*|decreas\w*|lower\w*|down|cut\w*|less|fewer|"
                               r"shr[iau]nk\w*|drop\w*|weak\w*|slow\w*)\b")

# a rise a reason's lead-in states ("above", "more than") (``answer.reason_leads``)
UP_LEAD = re.compile(r"(?i)\b(?:ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|increas\w*|higher|climb\w*|jump\w*|"
                     r"gain(?:s|ed)?|more\s+than|rais\w*|up|improv\w*|expand\w*|surg\w*|above)\b")

# a fall a reason's lead-in states ("below", "fewer") (``answer.reason_leads``)
DOWN_LEAD = re.compile(r"(?i)\b(?:fall(?:s|en|ing)?|fell|declin\w*|decreas\w*|lower|drop\w*|down|less|fewer|"
                       r"shr[iau]nk\w*|contract(?:ed|ing|s)?|slump\w*|slid|below|reduc\w*|weaken\w*)\b")

# a rise a why-question asks ("rebound", "boost") (``answer.reason_leads``)
UP_LEAD_ASKED = re.compile(r"(?i)\b(?:ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|th|ing)?|increas\w*|climb\w*|jump\w*|"
                           r"gain\w*|improv\w*|expan\w*|surg\w*|up|higher|boost\w*|rebound\w*)\b")

# a fall a why-question asks ("deteriorate", "slow") (``answer.reason_leads``)
# session 30: a restraint asked ("What held back sales?", "What weighed on margins?") asks the causes of a fall too
DOWN_LEAD_ASKED = re.compile(r"(?i)\b(?:fall(?:s|en|ing)?|fell|declin\w*|decreas\w*|drop\w*|down|lower|shr[iau]nk\w*|"
                             r"contract\w*|slump\w*|slid|reduc\w*|weak\w*|slow\w*|deteriorat\w*|"
                             r"(?:held|hold|holds|holding)\s+back|weigh(?:s|ed|ing)?\s+on|dragg?(?:s|ed|ing)?\s+(?:on|down)|"
                             r"hamper\w*|restrain\w*)\b")

# a remainder row's label: "Rest of Europe", "Rest of the world", "Other Asia-Pacific", "Other European countries"
# (``answer.scoring``)
REMAINDER_LABEL = re.compile(r"(?i)^\s*(?:(?:the\s+)?rest\s+of|all\s+other|other)\s+(?:the\s+)?(.+)$")

# a question asking for the remainder ("the rest of", "other", "remaining") (``answer.scoring``)
ASKS_REMAINDER = re.compile(r"(?i)\b(?:rest\s+of|other|remainder|remaining)\b")

# a fall a comparison of two sides asks (``answer.prose_versus``): the fall sub-list of ``MOVE_ASKED_VERSUS``
_DOWN_VERSUS = r"fell|fall\w*|declin\w*|drop\w*|shr[iu]nk\w*|contract\w*|slid|slump\w*"
DOWN_ASKED_VERSUS = re.compile(rf"(?i)\b(?:{_DOWN_VERSUS})\b")

# a move either way a comparison of two sides asks ("grew faster", "outpaced") (``answer.prose_versus``)
MOVE_ASKED_VERSUS = re.compile(rf"(?i)\b(?:gr[eo]w\w*|ris(?:e|es|ing|en)|rose|increas\w*|expand\w*|{_DOWN_VERSUS}|growth|"
                               r"outgr[eo]w\w*|outpac\w*)\b")

# a fall said at the start of a side's figure ("down 3%", "declined") (``answer.prose_versus``)
DOWN_SAID_VERSUS = re.compile(r"(?i)^(?:down|fell|fallen|dropped|declined|decreased|slid|shrank|contracted|slumped|"
                              r"plunged|lower|decline|fall|drop|decrease|contraction)")

# a rise at the start of a member's verb (stems: "gr", "ris", "larger") (``answer.member_asks``)
UP_MEMBER_VERB = re.compile(r"(?i)^(?:gr|r[io]s|increas|climb|improv|expand|higher|larger|bigger)")

# a cause pushing a figure up ("driving", "lifted", "underpinned") (``answer.prose_causes``)
UP_PUSH_VERBS = re.compile(r"(?i)\b(?:pushing|pushed|pushes|push|driving|driven|drives|lifting|lifted|lifts|"
                           r"fuell?ing|fuell?ed|fuels|boosting|boosted|boosts|propping|propped|"
                           r"underpinn?\w*)\b(?!\s+(?:down|lower))")

# a cause pushing a figure down ("held back", "weighed on", "eroded") (``answer.prose_causes``)
DOWN_PUSH_VERBS = re.compile(r"(?i)\b(?:holding\s+back|holds?\s+back|held\s+back|weigh\w*\s+on|dragg?\w*|hurt\w*|"
                             r"dampen\w*|depress\w*|squeez\w*|erod\w*|slow\w*|pushing\s+down|pushed\s+down|"
                             r"push\s+down)\b")

# a guidance or forecast revised up (stems: "rais", "lift") (``answer.prose_revisions``)
UP_REVISION_VERBS = re.compile(r"(?i)\b(?:rais|lift|increas|boost)")

# a guidance or forecast revised down (stems: "lower", "cut") (``answer.prose_revisions``)
DOWN_REVISION_VERBS = re.compile(r"(?i)\b(?:lower|cut|reduc|trim)")

# a rise at the start of a follow-up's verb (stems) (``answer.prose_followups``)
UP_FOLLOWUP_VERB = re.compile(r"(?i)^(?:ris|rose|gr[eo]w|increas|climb|improv)")

# a move either way a comparison of two figures asks (stems) (``answer.prose_compare``)
MOVE_ASKED_COMPARE = re.compile(r"(?i)\b(?:gr[eo]w\w*|ris(?:e|en|es|ing)|rose|increas\w*|fell|fall\w*|declin\w*|"
                                r"drop\w*|shr[iau]nk\w*|expand\w*|contract\w*)\b")

# a move said as a multiple ("doubled", "tripled", "nearly quadrupled its volume") (``answer.extract``, session 33)
MULTIPLIED = re.compile(r"(?i)\b(?:doubl|tripl|quadrupl|halv)\w*")

# a rise said as growth ("grew", "growth", "expanded") (``answer.pickers``)
GROWTH_WORDS = re.compile(r"(?i)\b(?:grew|grow|grows|growing|growth|increased?|rose|rise|expanded)\b")

# words of a move: a ranking of how members' margins moved, not of their levels (``answer.member_asks``)
MOVE_ASKED_MEMBERS = re.compile(r"(?i)\b(?:fastest|slowest|grew|grow(?:th|n)?|increas\w*|rose|rise|expand\w*|"
                                r"expansion|improv\w*|declin\w*|contract\w*|fell|fall|drop\w*|widen\w*|narrow\w*|"
                                r"change[sd]?|compared)\b")

# a part asking the size of a move, not a level: "how many did it add", "how much did it grow", "net additions"
# (``answer.shown``)
MOVE_ASKED_COUNT = re.compile(r"(?i)\b(?:add|added|adds|addition|additions|increase|increased|decrease|decreased|"
                              r"grow|grew|growth|rise|rose|fall|fell|decline|declined|gain|gained|gains|lose|lost|"
                              r"loss|losses|change|changed|net\s+adds?)\b")

# a change a follow-up asks ("how did it change?", "did it grow?"; a group, no closing boundary) (``query.followup``)
CHANGE_ASKED_FOLLOWUP = re.compile(r"(?i)\b(change|changed|grow|grew|growth|increase|increased|decrease|decreased|"
                                   r"differ|compare)")

# "which <members> declined", "which <members> saw its <measure> decline": one member that moved one way, its verbs in
# the past and its nouns (``answer.member_asks``)
DOWN_PAST_MEMBER = "|".join(DOWN_PAST_CORE + ("shrank",))
DOWN_NOUNS_MEMBER = "|".join(DOWN_NOUNS_CORE)
UP_PAST_MEMBER = "|".join(UP_PAST_CORE)
UP_NOUNS_MEMBER = "|".join(UP_NOUNS_CORE)


# words saying what is expected, planned or forecast rather than what was (``answer.scoring`` reads a plan or a
# forecast with them; ``answer.prose_compare`` lets no expected proportion decide a threshold asked of what was)
FORWARD = re.compile(r"(?i)\b(?:expects?|expected|anticipates?|plans?|planned|will|intends?|forecasts?|guidance|outlook|"
                     r"(?:our|the)\s+base\s+case|"  # an analyst's base case is its forecast
                     r"targets?|may(?!\s+\d)|might|could|would|should|aims?|projected|on\s+track\s+to|set\s+to)\b")  # "May 2024" is a month
