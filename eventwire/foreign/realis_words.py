"""The words that tell an unreal event in each language the foreign reader reads: the one home
of these lists (:mod:`.realis` applies them).

Each entry is a regular expression matched on the lower-cased sentence (Arabic folded by
:func:`.arabic.fold`: hamza'd alefs as alef, ta marbuta as ha, alef maqsura as ya), between
word edges. Kinds:

- ``future``: future tense and going-to futures ("visitará", "se rendra", "vai visitar",
  "سيزور", "wird ... treffen"), with the nouns that look like them left out ("Irán", "front",
  "ladrão", "سيارة");
- ``plan``: plans, schedules, intentions, calls, what is due or could happen ("tiene previsto",
  "doit se rendre", "من المقرر", "soll");
- ``threat``: threats and ultimatums ("amenazó con", "menace de", "هدد");
- ``denial``: denials ("negó", "a démenti", "نفى");
- ``history``: an event told as history: anniversaries, commemorations, tributes, "N years
  ago" ("se cumplen veinte años del atentado", "il y a dix ans", "أحيا السكان الذكرى"), and
  a past year or month or "since" a year, as reports' tallies tell ("les milices ont attaqué
  quarante villages l'an dernier", "desde 2017", "خلال العام الماضي");
- ``negation``: a negated verb ("no", "ne ... pas", "não", "لم", "nicht"), but not "no
  fewer than", "not only", nor a participle made an adjective ("no identificados");
- ``outcome``: what a negation may deny of a real event ("no hubo heridos", "sans faire de
  victimes", "لم تسفر عن إصابات"): a negation beside one of these leaves the event real;
- ``boundary``: words that start a new clause (the cue's scope ends there);
- ``complement``: words that start a clause completing the one before ("que", "dass", "أن"):
  unreal when that one is ("negó que hubiera atacado", "من المقرر أن يلتقي"), its own
  otherwise ("detuvo a tres hombres que planeaban asaltar un banco");
- ``continuation``: words anywhere in a clause that make it complete the one before, as a
  German infinitive clause does ("plant, Soldaten an die Grenze zu verlegen");
- ``existential``: the words a denial of an outcome may have before it ("negaron que hubiera
  heridos", "ont démenti qu'il y ait eu des blessés", "نفت وقوع إصابات"): such a denial
  denies the toll, not the event (short words, articles, may stand between too);
- ``saying``: verbs of saying, announcing, warning and promising ("anunció", "a annoncé",
  "disse", "أعلنت"): a clause of one that an unreal clause completes tells only what is said
  ("el Gobierno anunció que reforzará la seguridad"), and is unreal with it;
- ``weak``: words of a time to come ("la próxima semana", "demain", "غدا"), which make a
  clause unreal only when it tells nothing done (``past``: a past or perfect verb form).
"""

from __future__ import annotations

from dataclasses import dataclass

# Lower-case infinitive endings (with an enclitic pronoun: "visitarlo", "reunirse").
_INF_ES = r"\w+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?"
_INF_FR = r"(?:(?:se|s'|s’)\s*)?\w+(?:er|ir|re|oir)"
_INF_PT = r"\w+(?:ar|er|ir|or)(?:-se)?"


@dataclass(frozen=True, slots=True)
class LanguageCues:
    """A language's cue expressions, by kind (see the module docstring)."""

    future: tuple[str, ...] = ()
    plan: tuple[str, ...] = ()
    threat: tuple[str, ...] = ()
    denial: tuple[str, ...] = ()
    history: tuple[str, ...] = ()
    negation: tuple[str, ...] = ()
    outcome: tuple[str, ...] = ()
    boundary: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    past: tuple[str, ...] = ()
    complement: tuple[str, ...] = ()
    continuation: tuple[str, ...] = ()
    saying: tuple[str, ...] = ()
    existential: tuple[str, ...] = ()
    # Whether a verb comes before its subject (Arabic: "نفت السلطات سقوط ضحايا"): the
    # subject, a definite noun or two, may stand between a denial and the toll it denies.
    verb_first: bool = False
    # What is left of a sentence once its unreal clauses are cut needs this many words to be
    # judged again: "dijo el ministro", "a indiqué la police" tell nothing of their own;
    # Arabic writes its articles and prepositions on the word ("اعتقلت الشرطة رجلا").
    min_real_words: int = 4


SPANISH = LanguageCues(
    future=(r"(?!ir[aá]n\b|teher[aá]n\b|cor[aá]n\b|alcor[aá]n\b)\w{2,}r(?:á|án)",
            r"(?:va|van|vamos|iba|iban) a " + _INF_ES),
    plan=(r"(?:tiene|tienen|tenía|tenían) (?:previsto|prevista|planeado|pensado)",
          r"previst[oa]s? para", r"(?:está|están|estaba|estaban) (?:previst|programad)\w*",
          r"prevé|prevén|planea\w*|planifica\w*|pretende\w*|se propone\w*|intención de",
          r"(?:debe|deben|debía|debían) " + _INF_ES, r"podría\w*|pudiera\w*",
          r"convoc(?:ó|aron|a|an) (?:a|una|un|para)\w*", r"(?:llam(?:ó|aron|a|an)) a " + _INF_ES,
          r"se espera que", r"quiere\w* " + _INF_ES),
    threat=(r"amenaz(?:ó|aron|a|an|ado|aba|aban) con", r"ultimátum"),
    denial=(r"neg(?:ó|aron|ado)|niega|niegan|desmint\w+|desmient\w+",),
    history=(r"se cumpl(?:e|en|ieron|ía|ían) \w+ (?:años|meses|décadas)",
             r"hace \w+ (?:años|décadas)", r"(?<!en el )(?<!del )aniversario",
             r"conmemor\w+|homenaje\w*|homenaje[aó]\w*",
             r"el (?:año|mes) pasado|el pasado (?:año|mes)|desde (?:el año )?\d{4}"),
    negation=(r"(?:no|nunca|jamás)(?! (?:menos|solo|sólo|solamente|identificad|"
              r"reivindicad|confirmad|especificad|precisad|revelad|autorizad)\w*)",),
    outcome=(r"herid\w*|víctima\w*|muert[oe]s?|fallecid\w*|daños|bajas|lesionad\w*|"
             r"detenid\w*|heridas",),
    boundary=(r"y|e|pero|mientras|tras|cuando|donde|aunque|porque|después|luego|sino|"
              r"antes|hasta que",),
    weak=(r"mañana(?! por)(?<!esta mañana)", r"(?:la|el) próxim[oa] \w+",
          r"(?:la semana|el mes|el año) que viene", r"pasado mañana"),
    complement=(r"que|quienes",),
    existential=(r"hub\w+|haya\w*|había\w*|habido|ningun\w*|algun\w*|tod[oa]s?",),
    saying=(r"(?:anunci|afirm|asegur|declar|inform|indic|señal|reiter|confirm|explic)"
            r"(?:ó|aron|a|an|ado|aba|aban)|dij(?:o|eron)|dice|dicen|advirti(?:ó|eron)|"
            r"advierte\w*|prometi(?:ó|eron)|promete\w*|añadi(?:ó|eron)|sostuvo|"
            r"insisti(?:ó|eron)",),
    past=(r"\w{3,}(?:ó|aron|ieron|ió)", r"(?:ha|han|había|habían) \w+(?:ado|ido|to|cho)s?",
          r"fue|fueron"),
)

FRENCH = LanguageCues(
    future=(r"(?!front\b|affront\b|caméra\b|opéra\b|choléra\b|extra\b|ultra\b|contra\b|"
            r"mantra\b|sahara\b|para\b|cobra\b|sierra\b)\w{2,}r(?:a|ont)",
            r"(?:va|vont|allait|allaient) " + _INF_FR),
    plan=(r"(?:doit|doivent|devait|devaient|devrait|devraient|pourrait|pourraient) "
          + _INF_FR, r"prév(?:oit|oient|u|ue|us|ues)", r"projet(?:te|tent) de",
          r"envisag\w+", r"(?:a|ont|avait) l'intention|intention de|entend\w* " + _INF_FR,
          r"(?:appel\w*|appelé\w*) à " + _INF_FR,
          r"(?:appel\w*|appelé\w*) à (?:une?|la|des) (?:nouvelle |grande )?"
          r"(?:marche|manifestation|grève|journée|mobilisation|rassemblement)\w*", r"est attendu\w*|sont attendu\w*",
          r"programm[ée]\w* (?:pour|le|la)", r"veut|veulent"),
    threat=(r"(?<!la )(?<!une )(?<!sous la )menac(?:e|é|ent|ait|aient|er)(?:s)? de",
            r"ultimatum"),
    denial=(r"d[ée]ment\w*|démenti\w*|(?:a|ont) nié|nie|nient",),
    history=(r"il y a \w+ ans", r"(?<!de l')(?<!à l')anniversaire", r"commémor\w+",
             r"hommage\w*", r"l'an (?:dernier|passé)|l'année (?:dernière|passée)|"
             r"le mois dernier|depuis (?:l'an |l'année )?\d{4}"),
    negation=(r"ne|n['’]", r"jamais"),
    outcome=(r"bless\w*|victime\w*|morts?|tués?|dégâts|dommages|pertes|interpell\w*",),
    boundary=(r"et|mais|alors|tandis|lorsque|quand|où|après|puis|car|avant|jusqu'à ce",),
    weak=(r"demain", r"(?:la semaine|le mois|l'année|l'an) prochaine?",
          r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) prochain"),
    complement=(r"que|qu['’]|qui",),
    existential=(r"ait|aurait|avait|eu|toute?s?|aucune?",),
    saying=(r"(?:a|ont|avait|avaient) (?:annoncé|dit|déclaré|affirmé|assuré|prévenu|averti|"
            r"indiqué|précisé|promis|ajouté|expliqué|souligné|confirmé|répété)",
            r"annonce\w*|déclare\w*|affirme\w*|assure\w*|prévien\w+|avertit|promet\w*|"
            r"indique\w*|dit|disent|souligne\w*",),
    past=(r"(?:a|ont|avait|avaient|ont été|a été|est|sont) \w+(?:é|ée|és|ées|is|it|u|us|te|ts)",),
)

PORTUGUESE = LanguageCues(
    future=(r"(?!padrão\b|verão\b|ladrão\b|barão\b|patrão\b|irão\b|alcorão\b)"
            r"\w{2,}r(?:á|ão)", r"(?:vai|vão|ia|iam) " + _INF_PT),
    plan=(r"(?:deve|devem|devia|deviam|deverá|deverão|poderia|poderiam|pretende\w*) "
          + _INF_PT, r"(?:está|estão|estava) (?:previst|programad|marcad|agendad)\w*",
          r"previst[oa]s? para|prevê|preveem|planej\w+|planei\w+|intenção de",
          r"convoc(?:ou|aram|a|am) (?:uma|um|para|a)\w*", r"espera-se que|é esperad\w*"),
    threat=(r"amea[çc](?:ou|aram|a|am|ava|avam|ado)(?: (?:de|com))?"
            r"(?= (?:de |com )?\w+(?:ar|er|ir)\b)",
            r"ultimato"),
    denial=(r"neg(?:ou|aram|a|am)|desment\w+",),
    history=(r"(?:faz|fazem|completa|completam|completou) \w+ (?:anos|décadas)",
             r"há \w+ (?:anos|décadas)", r"(?<!no )aniversário",
             r"comemor\w+|homenage\w+|rememor\w+",
             r"(?:no|o) (?:ano|mês) passado|desde \d{4}"),
    negation=(r"(?:não|nunca|jamais)(?! (?:menos|só|somente|apenas|identificad|confirmad|"
              r"revelad|autorizad)\w*)",),
    outcome=(r"ferid\w*|vítima\w*|mort[oa]s?|danos|baixas",),
    boundary=(r"e|mas|enquanto|quando|onde|após|depois|porque|embora|antes|até que",),
    weak=(r"amanhã", r"(?:na|no|a|o) próxim[oa] \w+"),
    complement=(r"que|quem",),
    existential=(r"houv\w+|haja\w*|havia|havido|tivesse\w*|quaisquer|qualquer|nenhum\w*|"
                 r"algum\w*",),
    saying=(r"(?:anunci|afirm|garant|avis|declar|inform|indic|sublinh|confirm|explic|"
            r"acrescent|reiter)(?:ou|aram|a|am|ava|avam|ado)|diss(?:e|eram)|diz|dizem|"
            r"advert(?:iu|iram|e|em)|promet(?:eu|eram|e|em)",),
    past=(r"\w{3,}(?:ou|aram|eram|iram|iu)", r"foi|foram|(?:tem|têm|tinha) \w+(?:ado|ido)s?"),
)

GERMAN = LanguageCues(
    future=(r"(?:wird|werden)(?![^,.;]*\b(?:ge\w+(?:t|en)|\w+iert|worden)\b)",),
    plan=(r"soll(?:en)? (?![^,.;]*haben\b)",
          r"plan(?:t|en)|beabsichtig\w+|vorgesehen|geplant(?!\w)",
          r"(?:will|wollen)(?= )", r"könnte\w*", r"aufgerufen|rief\w* (?:zu|dazu)"),
    threat=(r"droh(?:t|te|ten|en) (?:mit|damit)", r"ultimatum"),
    denial=(r"bestr(?:eitet|eiten|itt|itten)|dementier\w+|wies\w* zurück",),
    history=(r"jahrestag\w*|vor \w+ jahren|gedenk\w+|jährt sich|erinnert\w* an",
             r"im vergangenen (?:jahr|monat)|letzte[sn]? (?:jahr|monat)|im vorjahr|"
             r"seit (?:dem jahr )?\d{4}",
             # a count over a period, no event of its own ("seit Jahresbeginn wurden mehr als
             # tausend Menschen entführt")
             r"seit (?:jahresbeginn|(?:beginn|anfang) des jahres)|jedes jahr|jährlich|pro jahr",
             # a trial, of acts done before ("der Prozess gegen drei Männer, die zwei
             # Touristen entführt haben sollen, hat begonnen")
             r"prozess(?:es)? gegen|prozessauftakt\w*|angeklagt\w*|anklage (?:gegen|erhoben)"),
    negation=(r"nicht|kein\w*|nie|niemals",),
    outcome=(r"verletzt\w*|opfer|tote\w*|schäden|schaden",),
    boundary=(r"und|aber|während|als|nachdem|wo|weil|doch|sondern|bevor",),
    weak=(r"morgen(?! früh)", r"nächste\w* (?:woche|monat|jahr)",
          r"kommende\w* (?:woche|monat|jahr|montag|dienstag|mittwoch|donnerstag|freitag|"
          r"samstag|sonntag)"),
    complement=(r"dass",),
    existential=(r"gab|gebe|gegeben|habe|hätte|gäbe|keine\w*",),
    saying=(r"sagt\w*|erklärt\w*|kündigt\w* an|teilt\w* mit|betont\w*|warnt\w*|"
            r"versprach\w*|verspricht|kündigte\w*",),
    continuation=(r"zu \w{2,}(?:en|ern|eln)", r"\w+zu\w+en"),
    past=(r"wurde\w*|(?:hat|haben|hatte|hatten|ist|sind|war|waren) [^,.;]*ge\w+(?:t|en)",),
)

# Arabic nouns that begin as a future verb does (س then ي ت ن): cars, politics, control,
# years, six, sixty, lady, Sunni, floods, tourists, cinema, and names (Sinai, Seoul, Sydney,
# Sinjar, Sennar).
_NOT_FUTURE_AR = ("سيار", "سياس", "سيطر", "سياح", "سياق", "سيد", "سيول", "سينا", "سيف",
                  "سيره", "سيي", "سينم", "سيجار", "سنه", "سنو", "سنين", "سني", "ستين", "سته",
                  "ستون", "ستار", "سنت", "سنغال", "سنغافور", "سيدني", "ستوكهولم", "سنجار", "سنار",
                  "ستراسبورغ", "سيراليون", "سياج", "سنا", "ستوديو", "ستالين")
# A verb of the future, and the particles of the future and of negation.
_FUTURE_AR = r"[وف]?(?!" + "|".join(_NOT_FUTURE_AR) + r")س[يتن]\w{2,}"
_PARTICLES_AR = r"[وف]?(?:سوف|لن|لم)"
ARABIC = LanguageCues(
    future=(_FUTURE_AR, r"[وف]?سوف", r"[وف]?لن"),
    plan=(r"من المقرر|المقرر ان|المزمع|المرتقب\w*|من المتوقع|من المنتظر|يتوقع ان",
          r"[يت]عتزم\w*|[يت]نوي\w*|[يت]خطط\w*|اعتزام\w*",
          r"دع(?:ا|ت|وا) (?:الي|ال)\w*", r"قد (?!تم)[يت]\w+"),
    threat=(r"[وف]?(?:هدد|يهدد|تهدد|توعد|يتوعد|تتوعد|هددت|توعدت)\w*",),
    denial=(r"[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا)",),
    # Folded: "الذكرى" is written "الذكري".
    history=(r"[وفبل]?(?:ال)?ذكري", r"مرور \w+ (?:عاما|عام|سنوات|سنه)",
             r"[وف]?(?:احيا|احيت|احيوا|[يت]حيي\w*)",
             r"(?:العام|الشهر) الماضي|السنه الماضيه|منذ (?:عام )?\d{4}"),
    negation=(r"[وف]?(?:لم|ليس|ليست|لا)(?! (?:يزال|تزال|يقل|تقل|سيما|زال|زالت))",),
    outcome=(r"\w{0,3}(?:اصاب\w*|ضحايا|قتلي|جرحي|خساير|اضرار|وفيات|مصاب\w*)",),
    # A clause starts at a conjunction, a relative pronoun, and at the past copula, a verb
    # of the future or a particle that opens a relative clause on an indefinite noun
    # ("ثلاثة رجال كانوا يخططون", "رجلا سيمثل أمام القضاء", "انفجار لم تتبنه أي جهة").
    boundary=(r"[وف]?(?:بعد|عقب|اثر|حيث|بينما|فيما|لكن|الذي|التي|الذين|عندما|حين|قبل|حتي)",
              r"كان(?:ت|وا|ا|تا)?", _FUTURE_AR, _PARTICLES_AR),
    complement=(r"[وف]?(?:ان|انه|انها|انهم|بان|بانه)",),
    # Folded (:func:`.arabic.fold`): "أعلنت" is written "اعلنت", "يؤكد" "يوكد".
    existential=(r"وقوع|سقوط|اي|ايه|وجود",),
    verb_first=True,
    saying=(r"[وف]?(?:اعلن|قال|اكد|صرح|اوضح|افاد|ذكر|اضاف|حذر|وعد|تعهد)(?:ت|وا|ا)?",
            r"[وف]?[يت](?:علن|قول|وكد|صرح|وضح|فيد|ذكر|ضيف|حذر|عد|تعهد)(?:ون|ان)?"),
    min_real_words=3,
    weak=(r"غدا|الاسبوع (?:المقبل|القادم)|الشهر (?:المقبل|القادم)|العام (?:المقبل|القادم)",
          r"\w+ (?:المقبل|المقبله)"),
)

# Languages that write their nouns with a capital: a capital inside a sentence is no name.
CAPITALISED_NOUNS = frozenset({"de"})
CUES = {"es": SPANISH, "fr": FRENCH, "pt": PORTUGUESE, "de": GERMAN, "ar": ARABIC}
