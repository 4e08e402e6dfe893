"""The label a foreign sentence's words tell (foreign.labels), on sentences written for the
project: units with given readings, then the real model and typer."""

from __future__ import annotations

import pytest

from eventwire.foreign.labels import (ACT_CONFIDENCE, ACT_CONFIDENCE_OF, act_in_words,
                                      label_in_words, told_labels)

# (language, text, the typer's label, the label read)
CORRECTED = [
    ("fr", "Une bombe a explosé devant un commissariat de Niamey.", "DISR_WEAP", "REM_EXPLOS"),
    ("fr", "La police a interpellé deux hommes qui préparaient un attentat.", "SUIC_BOMB",
     "ARREST"),
    ("fr", "Des tirs d'obus ont touché un quartier de Kharkiv, tuant trois habitants.",
     "PROPERTY_DISTRUCT", "ART_MISS_ATTACK"),
    ("fr", "Des hommes armés ont attaqué un village et tué vingt habitants.", "MOB_VIOL",
     "ATTACK"),
    ("fr", "Trois soldats ont été tués par une mine artisanale près de Kidal.", "ATTACK",
     "REM_EXPLOS"),
    ("fr", "L'engin a tué deux passants.", "DISR_WEAP", "ATTACK"),
    ("es", "Aviones de combate atacaron posiciones rebeldes cerca de Saná.", "ARMED_CLASH",
     "AIR_STRIKE"),
    ("es", "Hombres armados mataron a cuatro campesinos en el Cauca.", "ABDUCT_DISSAP", "ATTACK"),
    ("es", "Las tropas y los rebeldes se enfrentaron cerca de Goma.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "ARMED_CLASH"),
    ("es", "Hombres armados atacaron una comisaría en Michoacán.", "VIOL_DEMONSTR", "ATTACK"),
    ("es", "Un misil alcanzó un depósito de combustible cerca de Járkov.", "VIOL_DEMONSTR",
     "ART_MISS_ATTACK"),
    ("pt", "Pelo menos seis soldados morreram em combates com insurgentes.", "ART_MISS_ATTACK",
     "ARMED_CLASH"),
    ("pt", "A polícia prendeu dois homens que preparavam um atentado.", "ATTACK", "ARREST"),
    ("ar", "انفجرت عبوة ناسفة بدورية للشرطة في ديالى.", "DISR_WEAP", "REM_EXPLOS"),
    ("ar", "هاجم مسلحون مركزا للشرطة وقتلوا ثلاثة من عناصره.", "ARMED_CLASH", "ATTACK"),
    ("ar", "شنت طائرات حربية غارات جوية على مواقع في إدلب.", "ATTACK", "AIR_STRIKE"),
    ("fr", "Un engin explosif a explosé au passage d'un bus.", "MAN_MADE_DISASTER", "REM_EXPLOS"),
    ("de", "Raketen schlugen in einem Wohnviertel ein und töteten zwei Menschen.", "ATTACK",
     "ART_MISS_ATTACK"),
    ("de", "Sechs Soldaten wurden bei Gefechten mit Rebellen getötet.", "ATTACK", "ARMED_CLASH"),
    ("de", "Eine Autobombe explodierte vor einer Polizeiwache.", "SUIC_BOMB", "REM_EXPLOS"),
    # German compounds, "kam es zu", "bei einem Anschlag auf".
    ("de", "Mörsergranaten schlugen in einem Wohngebiet ein.", "ATTACK", "ART_MISS_ATTACK"),
    ("de", "Der Artilleriebeschuss tötete zwei Zivilisten.", "PROPERTY_DISTRUCT",
     "ART_MISS_ATTACK"),
    ("de", "Bei einem Bombenanschlag auf einen Markt starben zehn Menschen.", "ATTACK",
     "REM_EXPLOS"),
    ("de", "Bei einem Anschlag auf einen Kontrollposten wurden fünf Soldaten getötet.",
     "ARMED_CLASH", "ATTACK"),
    ("de", "Im Grenzgebiet kam es zu schweren Zusammenstößen zwischen Soldaten und Rebellen.",
     "ATTACK", "ARMED_CLASH"),
    ("de", "Nach dem Spiel kam es in der Innenstadt zu Krawallen.", "ARMED_CLASH",
     "VIOL_DEMONSTR"),
    ("de", "Die Armee und die Miliz lieferten sich stundenlang Feuergefechte.", "ATTACK",
     "ARMED_CLASH"),
    ("de", "Ein Attentäter hat sich vor einer Kaserne in die Luft gesprengt.", "REM_EXPLOS",
     "SUIC_BOMB"),
    ("de", "Bei Ausschreitungen in der Innenstadt wurden Steine auf Polizisten geworfen.",
     "ATTACK", "VIOL_DEMONSTR"),
]
# The typer's label stands: its own words are there, no label's words are, it is not one the
# words correct, or a crowd's label with a protest word.
KEPT = [
    ("fr", "Une mine a explosé au passage d'un camion, tuant trois soldats.", "REM_EXPLOS"),
    ("fr", "Des hommes armés ont tué six villageois près de Djibo.", "ATTACK"),
    ("fr", "Des hommes armés ont tué six villageois près de Djibo.", "ARMED_CLASH"),
    ("fr", "Des manifestants ont attaqué un commissariat à Bangui.", "VIOL_DEMONSTR"),
    ("fr", "Des émeutiers ont attaqué la mairie.", "VIOL_DEMONSTR"),
    ("fr", "La bonbonne de gaz a explosé dans l'usine.", "MAN_MADE_DISASTER"),
    ("fr", "Les forces de l'ordre ont tiré sur des manifestants et tué deux jeunes.",
     "FORCE_AGAINST_PROTEST"),
    ("es", "Una explosión en una fábrica de fuegos artificiales dejó cinco muertos.",
     "MAN_MADE_DISASTER"),
    ("es", "Los secuestradores mataron al rehén.", "PEACE_PROTEST"),
    ("es", "Un dron atacó un depósito cerca de Odesa.", "AIR_STRIKE"),
    ("pt", "Uma multidão linchou um homem acusado de roubo.", "MOB_VIOL"),
    ("ar", "قتل مسلحون ثلاثة مدنيين في قرية قرب درعا.", "ATTACK"),
    ("ar", "ضرب زلزال قوي ولاية ملاطية.", "NATURAL_DISASTER"),
]


@pytest.mark.parametrize(("language", "text", "typed", "label"), CORRECTED)
def test_the_label_the_words_tell_corrects_the_typer(language, text, typed, label):
    assert label_in_words(typed, text, language) == label


@pytest.mark.parametrize(("language", "text", "typed"), KEPT)
def test_the_typer_label_stands_where_the_words_do_not_gainsay_it(language, text, typed):
    assert label_in_words(typed, text, language) == typed


def test_the_first_label_told_comes_first():
    text = "La policía detuvo a dos hombres que atacaron una comisaría con bombas."
    assert told_labels(text, "es") == ["ARREST", "ATTACK", "REM_EXPLOS"]
    assert told_labels("Le film a explosé au box-office.", "fr", (1,)) == []


# (language, text, the label an act in its verbs tells)
ACTS = [
    ("fr", "Des jihadistes ont attaqué un poste de gendarmerie et tué quatre gendarmes.",
     "ATTACK"),
    ("fr", "L'armée et les rebelles se sont affrontés dimanche près de Bunia.", "ARMED_CLASH"),
    ("fr", "Un opposant a été arrêté à son domicile à Dakar.", "ARREST"),
    ("fr", "Des hommes armés ont enlevé trois humanitaires.", "ABDUCT_DISSAP"),
    ("es", "Un coche bomba estalló frente a un cuartel.", "REM_EXPLOS"),
    ("pt", "Soldados e rebeldes enfrentaram-se perto de Goma.", "ARMED_CLASH"),
    ("ar", "اعتقلت الشرطة خمسة أشخاص في الدار البيضاء.", "ARREST"),
    ("ar", "فجر انتحاري نفسه في مسجد.", "SUIC_BOMB"),
    ("de", "Unbekannte entführten einen Priester.", "ABDUCT_DISSAP"),
    ("de", "Ein Lastwagen der Armee ist im Norden auf eine Mine gefahren.", "REM_EXPLOS"),
    ("de", "Ein Hirte trat am Morgen nahe der Grenze auf eine Landmine.", "REM_EXPLOS"),
    ("de", "Bei Krawallen nach dem Spiel wurden zwölf Polizisten verletzt.", "VIOL_DEMONSTR"),
    ("de", "Die Opposition hat den Minister im Parlament scharf angegriffen.", "ATTACK"),
    ("de", "Die Kosten sind in den letzten Monaten explodiert.", "REM_EXPLOS"),
]
# German, read at the language's lower floor (labels.ACT_CONFIDENCE_OF): an arrest, or two
# words of violence apart (separable verbs, participles of the passive, a means and a
# killing).
CORROBORATED = [
    ("Bewaffnete überfielen ein Dorf und erschossen fünfzehn Bewohner.", "ATTACK"),
    ("Aus dem Gazastreifen wurden Dutzende Raketen auf Aschkelon abgefeuert.",
     "ART_MISS_ATTACK"),
    ("Milizionäre griffen ein Lager an und töteten dreißig Menschen.", "ATTACK"),
    ("Spezialeinheiten nahmen in Berlin bei einer Razzia fünf Männer fest.", "ARREST"),
    ("Die Polizei hat am Flughafen einen Schleuser festgenommen.", "ARREST"),
    ("Die Bundesanwaltschaft ließ in Stuttgart vier Männer festnehmen.", "ARREST"),
    ("Eine Landmine riss am Donnerstag in der Provinz Helmand vier Kinder in den Tod.",
     "REM_EXPLOS"),
    ("Ein Mob hat einen mutmaßlichen Dieb auf offener Straße getötet.", "MOB_VIOL"),
    # an abduction or a killing with its doers named
    ("Piraten haben im Golf von Aden die Besatzung eines Frachters entführt.", "ABDUCT_DISSAP"),
    ("Zwei Ärzte sind im Norden Malis von Dschihadisten verschleppt worden.", "ABDUCT_DISSAP"),
    ("Eine Bande hat in Port-au-Prince einen Pfarrer gekidnappt.", "ABDUCT_DISSAP"),
    ("Bewaffnete nahmen bei einem Überfall auf eine Farm sieben Arbeiter als Geiseln.",
     "ABDUCT_DISSAP"),
    ("Rebellen brachten einen Lastwagen des Roten Kreuzes in ihre Gewalt.", "ABDUCT_DISSAP"),
    ("Ein Rentner ist von Unbekannten zu Tode geprügelt worden.", "ATTACK"),
    ("Brandstifter haben in der Nacht zwei Funkmasten angezündet.", "PROPERTY_DISTRUCT"),
    # written without umlauts
    ("Bewaffnete haben in Haiti zwei Krankenpfleger entfuehrt.", "ABDUCT_DISSAP"),
    ("Bei Zusammenstoessen mit Rebellen wurden vier Soldaten getoetet.", "ARMED_CLASH"),
    ("Bei einer Strassenschlacht warfen Randalierer Steine auf Polizisten.", "VIOL_DEMONSTR"),
]
# German acts the doers' words tell apart: an abduction in a raid is one when no one is
# killed, an attack when someone is; a killing beside property set on fire is an attack;
# fighters who shelled each other clashed.
LABELLED = [
    ("Bei einem Überfall auf eine Schule haben Banditen Dutzende Kinder entführt.",
     "ABDUCT_DISSAP"),
    ("Banditen überfielen ein Dorf, erschossen drei Bauern und entführten zwölf Frauen.",
     "ATTACK"),
    ("Milizionäre zündeten Häuser an und töteten fünf Bewohner.", "ATTACK"),
    ("Kurdische Kämpfer und türkische Soldaten beschossen sich im Grenzgebiet.", "ARMED_CLASH"),
]


@pytest.mark.parametrize(("text", "label"), LABELLED)
def test_german_acts_are_labelled_as_acled_codes_them(text, label):
    assert act_in_words(ACT_CONFIDENCE_OF["de"], text, "de") == label


# Participles used as adjectives tell no act ("die entführten Ingenieure"); the same form
# before anything but a noun is a verb.
@pytest.mark.parametrize(("text", "label"), [
    ("Die im Januar entführten Ingenieure sind wieder frei.", None),
    ("Spezialkräfte übten die Befreiung von Geiseln aus einem entführten Bus.", None),
    ("Die ermordeten Journalisten wurden am Samstag beigesetzt.", None),
    ("Bewaffnete entführten am Montag zwei Ingenieure.", "ABDUCT_DISSAP"),
])
def test_a_participle_used_as_an_adjective_is_no_act(text, label):
    assert act_in_words(0.99, text, "de") == label


# A crowd of protesters that riots is a riot, not a mob; a mob told in its own words stays one.
@pytest.mark.parametrize(("text", "label"), [
    ("Wütende Demonstranten lieferten sich Straßenschlachten mit der Polizei.", "VIOL_DEMONSTR"),
    ("Des manifestants en colère ont incendié des voitures.", "VIOL_DEMONSTR"),
    ("Ein Mob hat nach einer Demonstration einen Mann gelyncht.", "MOB_VIOL"),
])
def test_a_crowd_of_protesters_is_a_riot(text, label):
    language = "fr" if "manifestants" in text else "de"
    assert label_in_words("MOB_VIOL", text, language) == label
# A compound noun of an attack with its means, in the frame of a toll: read at the common
# floor with the means' label; with no means (a cyber attack), not.
HAPPENED = [
    ("Bei einem Raketenangriff auf Charkiw wurden in der Nacht drei Menschen verletzt.",
     "ART_MISS_ATTACK"),
    ("Bei einem Drohnenangriff auf ein Auto wurden zwei Männer verletzt.", "AIR_STRIKE"),
    ("Bei einem Hackerangriff auf die Stadtverwaltung wurden Daten gestohlen.", None),
]


@pytest.mark.parametrize(("text", "label"), HAPPENED)
def test_a_german_attack_in_a_compound_noun_is_read_with_its_means(text, label):
    assert act_in_words(ACT_CONFIDENCE, text, "de") == label


# One verb alone, real or figurative, is not read under the common floor.
ALONE = [
    "Die Opposition hat den Minister im Parlament scharf angegriffen.",
    "Der Kanzler wurde in der Debatte von allen Fraktionen angegriffen.",
    "Die Koalition flog Luftangriffe auf die Hauptstadt.",
    "Die Kosten sind in den letzten Monaten explodiert.",
    "Der Film entführt die Zuschauer in eine andere Welt.",
    "Die Gäste aus Freiburg entführten einen Punkt aus Dortmund.",
    "Die Regierung hat die Reform der Pflege monatelang verschleppt.",
    "Dorfbewohner haben einen mutmaßlichen Dieb gelyncht.",
]
# Talk about an act, in nouns: no act in verbs.
NOUNS = [
    ("fr", "L'ONU a condamné les frappes aériennes sur la ville."),
    ("fr", "Des experts craignent que les combats ne s'étendent à la capitale."),
    ("es", "El ministro condenó los ataques aéreos contra la población."),
    ("de", "Die Vereinten Nationen verurteilten die Luftangriffe auf die Stadt."),
    ("de", "Experten befürchten, dass die Kämpfe auf die Hauptstadt übergreifen."),
    ("de", "Der Artilleriebeschuss der vergangenen Wochen hat die Stadt verwüstet."),
    ("pt", "O governo lamentou os confrontos na fronteira."),
    ("ar", "أدانت الأمم المتحدة الغارات الجوية على المدنيين."),
]


@pytest.mark.parametrize(("language", "text", "label"), ACTS)
def test_an_act_in_verbs_is_read_from_the_floor(language, text, label):
    assert act_in_words(ACT_CONFIDENCE, text, language) == label
    floor = ACT_CONFIDENCE_OF.get(language, ACT_CONFIDENCE)
    assert act_in_words(floor - 0.01, text, language) is None


@pytest.mark.parametrize(("text", "label"), CORROBORATED)
def test_german_acts_told_twice_are_read_from_its_floor(text, label):
    floor = ACT_CONFIDENCE_OF["de"]
    assert act_in_words(floor, text, "de") == label
    assert act_in_words(floor - 0.01, text, "de") is None


@pytest.mark.parametrize("text", ALONE)
def test_one_german_verb_alone_needs_the_common_floor(text):
    assert act_in_words(ACT_CONFIDENCE - 0.01, text, "de") is None
    assert act_in_words(ACT_CONFIDENCE, text, "de") is not None


@pytest.mark.parametrize(("language", "text"), NOUNS)
def test_talk_in_nouns_is_no_act(language, text):
    assert act_in_words(0.99, text, language) is None


# Events written for the project, and the label they are read with by the real model and
# typer; UNREAD, the misses left (a lynching, an abduction in Arabic, a car bomb in Spanish:
# the model scores them 0.06-0.37; an abduction in German at 0.002, under its floor).
READ = [
    ('de', 'Aus dem Süden des Libanon wurden am Morgen mehrere Raketen auf Haifa abgefeuert.',
     'ART_MISS_ATTACK'),
    ('de', 'Im Osten Kongos kam es am Freitag zu heftigen Gefechten zwischen Armee und Rebellen.',
     'ARMED_CLASH'),
    ('de', 'Ermittler nahmen am Dienstag in Hamburg zwei mutmaßliche Schleuser fest.', 'ARREST'),
    ('de', 'Bewaffnete griffen ein Dorf im Norden Malis an und erschossen zwölf Bewohner.',
     'ATTACK'),
    ('de',
     'Eine Autobombe explodierte vor einer Polizeiwache in Mogadischu und tötete sechs Menschen.',
     'REM_EXPLOS'),
    ('de', 'Bei Gefechten zwischen Armee und Rebellen wurden nahe Goma acht Soldaten getötet.',
     'ARMED_CLASH'),
    ('de', 'Russische Raketen trafen ein Wohnhaus in Dnipro, vier Menschen starben.',
     'ART_MISS_ATTACK'),
    ('de', 'Die Polizei nahm in Köln drei Männer fest, die einen Anschlag geplant hatten.',
     'ARREST'),
    ('de', 'Unbekannte entführten in der Provinz Kaduna einen Priester.', 'ABDUCT_DISSAP'),
    ('de', 'Bewaffnete haben im Osten Kongos zwei Lehrer entfuehrt.', 'ABDUCT_DISSAP'),
    ('fr',
     'Des rebelles ont attaqué mardi un convoi humanitaire près de Beni et tué deux chauffeurs.',
     'ATTACK'),
    ('fr',
     "Un engin explosif a explosé au passage d'un bus près de Gao, blessant six passagers.",
     'REM_EXPLOS'),
    ('fr',
     "Deux soldats ont été tués par l'explosion d'une mine artisanale dans le centre du Mali.",
     'REM_EXPLOS'),
    ('fr',
     'Des obus sont tombés sur le centre de Donetsk dans la nuit, tuant quatre civils.',
     'ART_MISS_ATTACK'),
    ('fr',
     'Un drone a frappé une voiture sur la route de Tyr, tuant ses deux occupants.', 'AIR_STRIKE'),
    ('fr',
     "L'armée et des miliciens se sont affrontés toute la journée de lundi à Kalehe.",
     'ARMED_CLASH'),
    ('fr',
     'Des inconnus ont enlevé un chef coutumier dans la province du Nord-Kivu.', 'ABDUCT_DISSAP'),
    ('fr',
     'La police a interpellé jeudi à Lyon trois hommes soupçonnés de préparer un attentat.',
     'ARREST'),
    ('fr', "Un kamikaze s'est fait exploser devant un poste de police à Mogadiscio.", 'SUIC_BOMB'),
    ('es',
     'Hombres armados atacaron una estación de policía en Michoacán y mataron a tres agentes.',
     'ATTACK'),
    ('es',
     'Disidentes secuestraron a dos soldados en el departamento del Guaviare.', 'ABDUCT_DISSAP'),
    ('es',
     'Misiles rusos alcanzaron un edificio de viviendas en Dnipró, matando a cinco personas.',
     'ART_MISS_ATTACK'),
    ('es', 'La policía detuvo a cuatro hombres que planeaban atentar contra un alcalde.', 'ARREST'),
    ('pt', 'Insurgentes atacaram a vila de Mocímboa e mataram seis civis.', 'ATTACK'),
    ('pt', 'Uma bomba explodiu num mercado de Cabo Delgado, ferindo dez pessoas.', 'REM_EXPLOS'),
    ('pt', 'Homens armados sequestraram um empresário em Maputo na terça-feira.', 'ABDUCT_DISSAP'),
    ('pt', 'Soldados e insurgentes trocaram tiros durante horas perto de Palma.', 'ARMED_CLASH'),
    ('ar', 'هاجم مسلحون حاجزا للجيش في ريف حمص وقتلوا جنديين.', 'ATTACK'),
    ('ar', 'انفجرت سيارة مفخخة في سوق شعبي ببغداد ما أدى إلى مقتل سبعة أشخاص.', 'REM_EXPLOS'),
    ('ar', 'سقطت قذائف هاون على حي سكني في دمشق وأصابت خمسة مدنيين.', 'ART_MISS_ATTACK'),
    ('ar', 'اشتبكت القوات الحكومية مع مقاتلين من تنظيم داعش قرب مدينة تدمر.', 'ARMED_CLASH'),
    ('ar', 'فجر انتحاري نفسه في مسجد بمدينة كويتا مما أسفر عن مقتل عشرة مصلين.', 'SUIC_BOMB'),
]
UNREAD = [
    ('de', 'Ein Hotelangestellter ist in Lagos von Bewaffneten verschleppt worden.'),
    ('fr', 'Un homme accusé de vol a été lynché par la foule à Port-au-Prince.'),
    ('es', 'Un coche bomba estalló frente a un cuartel en Cúcuta sin dejar víctimas.'),
    ('ar', 'اختطف مسلحون ثلاثة عمال إغاثة في ولاية دارفور.'),
]
# Look-alikes with the words of an act: sport, prices, hackers, a debate, trials, history,
# talk. None is read.
LOOK_ALIKES = [
    ('de', 'Der Kanzler wurde in der Haushaltsdebatte von allen Fraktionen angegriffen.'),
    ('de', 'Hacker haben die Server des Ministeriums angegriffen.'),
    ('de', 'Die Gäste griffen nach der Pause energischer an und glichen aus.'),
    ('de', 'Die beiden Mannschaften lieferten sich ein packendes Duell.'),
    ('de', 'Die Nachfrage nach Wärmepumpen ist förmlich explodiert.'),
    ('de', 'Bei den Krawallen im Stadion kam es zu keinen Festnahmen.'),
    ('de', 'Die Ermittler ließen offen, ob weitere Festnahmen folgen.'),
    ('de', 'Im vergangenen Jahr wurden mehr als hundert Polizisten angegriffen.'),
    ('de', 'Die Aktienkurse explodierten nach der Ankündigung der Zentralbank.'),
    ('de', 'Der Stürmer griff über die linke Seite an und erzielte das zweite Tor.'),
    ('de', 'Die Opposition hat den Minister im Parlament scharf angegriffen.'),
    ('de', 'Der Prozess gegen die mutmaßlichen Entführer begann am Montag in Berlin.'),
    ('de', 'Vor zehn Jahren explodierte eine Bombe im Hauptbahnhof.'),
    ('de', 'Die Miliz drohte damit, ausländische Helfer zu entführen.'),
    ('de', 'Seit Jahresbeginn wurden in Haiti mehr als tausend Menschen von Banden entführt.'),
    ('de', 'Die Gäste aus Freiburg entführten einen Punkt aus Dortmund.'),
    ('de', 'Die im Mai entführten Ingenieure sind wieder frei.'),
    ('de', 'Die Armee bestritt, dass Soldaten Dorfbewohner verschleppt hätten.'),
    ('de', 'Das Militaer bestritt, dass Soldaten Dorfbewohner entfuehrt haetten.'),
    ('de', 'Ein neuer Roman entführt die Leser ins Wien der Nachkriegszeit.'),
    ('fr', 'Le PSG a attaqué fort en début de match et mené 2-0 à la pause.'),
    ('fr', "Les prix de l'énergie ont explosé en mars, selon l'Insee."),
    ('fr', 'Le film a explosé le box-office dès sa première semaine.'),
    ('fr', "L'ONU a condamné les frappes aériennes sur la ville."),
    ('fr', 'Le ministre a combattu la corruption pendant toute sa carrière.'),
    ('fr', 'Des pirates informatiques ont attaqué les serveurs de la banque.'),
    ('fr', 'Le candidat a été attaqué sur son bilan lors du débat.'),
    ('fr', 'La police a arrêté la circulation pendant le marathon.'),
    ('fr', 'Les deux équipes se sont affrontées en finale de la coupe.'),
    ('fr', 'Le gouvernement a enlevé les barrières de la place.'),
    ('es', 'Las ventas explotaron en diciembre gracias a la Navidad.'),
    ('es', 'El delantero atacó por la banda y marcó el segundo gol.'),
    ('es', 'Los diputados combatieron la reforma en el pleno.'),
    ('es', 'Los dos equipos se enfrentaron el domingo en el estadio.'),
    ('es', 'El ministro condenó los ataques aéreos contra la población.'),
    ('es', 'Hackers atacaron la web del ministerio.'),
    ('pt', 'Os preços explodiram no último trimestre.'),
    ('pt', 'O Benfica atacou muito mas não conseguiu marcar.'),
    ('pt', 'As duas seleções enfrentaram-se num jogo amigável em Lisboa.'),
    ('pt', 'O ministro condenou os ataques aéreos contra civis.'),
    ('ar', 'هاجم الوزير المعارضة في خطابه أمام البرلمان.'),
    ('ar', 'انفجرت أسعار العقارات في العاصمة هذا العام.'),
    ('ar', 'اشتبك النواب بالأيدي خلال جلسة البرلمان.'),
    ('ar', 'أدانت الأمم المتحدة الغارات الجوية على المدنيين.'),
    ('ar', 'خطف المنتخب فوزا ثمينا في الدقائق الأخيرة.'),
    ('fr', "Le procès de l'homme accusé d'avoir attaqué une synagogue s'ouvre lundi à Paris."),
    ('fr',
     'En 2015, des jihadistes ont attaqué la rédaction de Charlie Hebdo, tuant douze personnes.'),
    ('fr', 'Le suspect, qui a été arrêté en 2019, a été condamné mardi à dix ans de prison.'),
    ('fr', 'Le ministre a assuré que les rebelles avaient attaqué les premiers.'),
    ('fr', 'Les enquêteurs cherchent à savoir pourquoi la bonbonne de gaz a explosé.'),
    ('fr', 'Le réalisateur raconte comment sa famille a été enlevée pendant la guerre civile.'),
    ('fr', 'Le tribunal a jugé les trois hommes qui ont enlevé un enfant en 2021.'),
    ('es', 'El juicio contra los acusados de haber secuestrado al empresario comenzó el lunes.'),
    ('es', 'Hace diez años, un coche bomba estalló frente a la embajada.'),
    ('es', 'Según la ONG, los paramilitares asesinaron a 200 líderes sociales el año pasado.'),
    ('es', 'El detenido fue condenado a veinte años de cárcel por el asesinato.'),
    ('pt', 'O tribunal condenou os homens que sequestraram o empresário em 2020.'),
    ('ar', 'بدأت محاكمة المتهمين بخطف رجل أعمال في العاصمة.'),
    ('ar', 'تذكر الأهالي اليوم الذي انفجرت فيه السيارة المفخخة قبل عشر سنوات.'),
]


@pytest.fixture(scope="module")
def reader():
    from eventwire.events.encoder import load_encoder
    from eventwire.events.model import load_model
    from eventwire.foreign import ForeignReader
    from eventwire.foreign.typer import load_typer

    from .test_reader import _Geoparser

    return ForeignReader(load_model(), load_encoder(), lambda: _Geoparser(),
                         max_sentences=100, typer=load_typer())


def _labels(reader, language, text):
    from .test_reader import _doc

    return [e.type.label for e in reader.read(_doc(text, language))]


def test_the_real_model_reads_acts_with_the_label_their_words_tell(reader):
    assert [_labels(reader, lang, t) for lang, t, _ in READ] == [[e] for _, _, e in READ]
    assert [_labels(reader, lang, t) for lang, t in UNREAD] == [[]] * len(UNREAD)


def test_the_real_model_reads_no_look_alike(reader):
    assert [_labels(reader, lang, t) for lang, t in LOOK_ALIKES] == [[]] * len(LOOK_ALIKES)
