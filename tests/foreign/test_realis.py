"""Unreal events in other languages: the cues of each language, their clauses, what is left."""

from __future__ import annotations

import pytest

from eventwire.foreign.realis import clauses, cues, real_part
from eventwire.foreign.realis_words import CUES

# Sentences written for the project: nothing real is told (futures, plans, calls, threats,
# denials, negated acts).
UNREAL = [
    ("es", "La ministra de Defensa visitará mañana la base de Rota con su homólogo."),
    ("es", "El canciller va a reunirse con el enviado de la ONU en Ginebra."),
    ("es", "Está previsto que los dos líderes firmen el acuerdo el viernes en Lima."),
    ("es", "La guerrilla amenazó con volar los oleoductos del norte."),
    ("es", "La policía negó que sus agentes hubieran golpeado a los detenidos."),
    ("es", "Los soldados no dispararon contra la multitud en la plaza."),
    ("es", "Miles de personas están convocadas a marchar mañana en Caracas."),
    ("fr", "Le chef de l'État se rendra jeudi à Abidjan pour un sommet régional."),
    ("fr", "Les deux ministres doivent se retrouver à Genève après-demain."),
    ("fr", "Le groupe a menacé de frapper les convois de ravitaillement."),
    ("fr", "Le ministère a démenti toute frappe sur le camp de réfugiés."),
    ("fr", "Les gendarmes n'ont pas chargé les manifestants."),
    ("fr", "Une manifestation est prévue samedi devant la préfecture."),
    ("pt", "O chanceler vai receber o embaixador chinês em Brasília."),
    ("pt", "A presidente deverá deslocar-se a Luanda para a cimeira."),
    ("pt", "O sindicato ameaçou paralisar os portos do país."),
    ("pt", "O exército negou ter bombardeado a aldeia."),
    ("pt", "A polícia não deteve nenhum dos manifestantes."),
    ("pt", "Uma manifestação está marcada para sábado em Lisboa."),
    ("ar", "سيلتقي الرئيس التونسي نظيره الليبي في العاصمة يوم السبت."),
    ("ar", "سوف يعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة."),
    ("ar", "يعتزم الجيش شن عملية عسكرية واسعة في الجنوب."),
    ("ar", "توعدت الجماعة باستهداف القواعد الأجنبية."),
    ("ar", "نفت الحكومة أن تكون قواتها قد اعتقلت صحفيين."),
    ("ar", "لم تعتقل الشرطة أيا من المحتجين."),
    ("ar", "تنظم المعارضة مسيرة في وسط المدينة يوم الجمعة المقبل."),
    ("de", "Die Außenministerin wird morgen in Kairo ihren ägyptischen Kollegen treffen."),
    ("de", "Die Miliz drohte mit Angriffen auf die Hauptstadt."),
    ("de", "Die Rebellen stellten der Regierung ein Ultimatum bis Freitag."),
    ("de", "Die Opposition plant, am Samstag vor dem Parlament zu demonstrieren."),
    ("de", "Die Bauern drohen damit, die Autobahn mit Traktoren zu blockieren."),
    ("de", "Das Militär bestritt, dass es Zivilisten beschossen habe."),
    ("de", "Die Polizei hat die Demonstranten nicht angegriffen."),
]
# A real event told beside an unreal clause: the real clauses are what is left (a clause
# that says who announced or vowed what is to come goes with it: left alone, "and the
# government announced" was read as the sentence's event).
MIXED = [
    ("es", "Un incendio destruyó cien viviendas en Valparaíso y el Gobierno anunció que "
           "reconstruirá el barrio.",
     "Un incendio destruyó cien viviendas en Valparaíso"),
    ("es", "La explosión, que mató a nueve mineros, será investigada por la fiscalía.",
     "La explosión que mató a nueve mineros"),
    ("es", "Los militares arrestaron a dos jóvenes que planeaban incendiar una iglesia.",
     "Los militares arrestaron a dos jóvenes"),
    ("fr", "Des inondations ont fait douze morts à Tunis, et le gouvernement versera des "
           "indemnités.", "Des inondations ont fait douze morts à Tunis"),
    ("pt", "Um ataque matou três guardas em Pemba, mas o governo negou que houvesse reféns.",
     "Um ataque matou três guardas em Pemba"),
    ("ar", "قتل ثلاثة أشخاص في قصف على مدينة حمص، وتعهد الجيش بأنه سيرد.",
     "قتل ثلاثة أشخاص في قصف على مدينة حمص"),
    ("de", "Bei einer Explosion starben vier Arbeiter, und die Firma wird den Betrieb "
           "einstellen.", "Bei einer Explosion starben vier Arbeiter"),
    ("ar", "داهمت الشرطة منزلا في طنطا واعتقلت شابين كانا يعتزمان تفجير كنيسة.",
     "داهمت الشرطة منزلا في طنطا واعتقلت شابين"),
    ("ar", "قتل ثلاثة أشخاص في انفجار لم تتبنه أي جهة.", "قتل ثلاثة أشخاص في انفجار"),
    ("ar", "اعتقلت الشرطة رجلا سيمثل أمام القضاء الأسبوع المقبل.", "اعتقلت الشرطة رجلا"),
    ("ar", "قتل جنديان في هجوم قبل الانتخابات المقبلة بأيام.", "قتل جنديان في هجوم"),
    ("ar", "لم يمض يوم على الهجوم حتى قتل ثلاثة جنود آخرين في كمين.",
     "حتى قتل ثلاثة جنود آخرين في كمين."),
    ("fr", "Les manifestants n'ont pas reculé jusqu'à ce que la police tire des grenades.",
     "jusqu'à ce que la police tire des grenades."),
    ("es", "Dos policías murieron el lunes en una emboscada en Michoacán, donde el Ejército "
           "desplegará 500 soldados.", "Dos policías murieron el lunes en una emboscada en "
                                        "Michoacán"),
    ("es", "La policía detuvo a un hombre que podría estar vinculado al atentado.",
     "La policía detuvo a un hombre"),
    ("fr", "Au moins dix personnes sont mortes dans l'incendie, un bilan qui pourrait "
           "s'alourdir.", "Au moins dix personnes sont mortes dans l'incendie un bilan"),
    ("pt", "A polícia prendeu dois suspeitos que não tinham documentos.",
     "A polícia prendeu dois suspeitos"),
    # A clause of saying goes with the unreal clause completing it.
    ("es", "Un alud sepultó a seis montañeros en los Andes; el Gobierno dijo que enviará "
           "helicópteros.", "Un alud sepultó a seis montañeros en los Andes"),
    ("fr", "Un incendie a ravagé un marché de Conakry, et le maire a promis qu'il sera "
           "reconstruit.", "Un incendie a ravagé un marché de Conakry"),
    ("pt", "Um tiroteio matou dois guardas em Belém e o governador afirmou que vai reforçar "
           "o policiamento.", "Um tiroteio matou dois guardas em Belém"),
    ("ar", "انفجرت عبوة ناسفة في سوق ببغداد، وقال المتحدث إن الشرطة ستحقق في الحادث.",
     "انفجرت عبوة ناسفة في سوق ببغداد"),
]
# Real events with words that look like cues: a name ("Irán", "Durán"), a participle made an
# adjective, "no fewer than", a negated outcome, nouns shaped like futures ("front",
# "ladrão", "سيارة", "سنوات", "السياسة"), a journalistic conditional, a planned thing named.
REAL = [
    ("es", "Hombres armados no identificados mataron a un concejal en Irán."),
    ("es", "El alcalde Durán resultó herido en un tiroteo en Guayaquil."),
    ("es", "No menos de veinte personas murieron en el derrumbe de la mina."),
    ("es", "Una bomba estalló en un mercado de Kabul, sin que hubiera heridos."),
    ("es", "No hubo heridos en el incendio del depósito de la aduana."),
    ("fr", "Les combats sur le front de l'Est ont fait dix morts aux environs de Donetsk."),
    ("fr", "L'attaque aurait fait une dizaine de morts, selon des sources locales."),
    ("fr", "Une bombe a explosé devant la mairie sans faire de blessés."),
    ("pt", "Um ladrão foi morto pela polícia durante o verão em Recife."),
    ("pt", "Homens armados não identificados mataram um vereador em Salvador."),
    ("pt", "Não houve feridos na explosão do depósito de combustível."),
    ("ar", "انفجرت سيارة مفخخة قرب مقر الشرطة في كركوك."),
    ("ar", "قتل ما لا يقل عن عشرة أشخاص في هجوم على سوق للخضار."),
    ("ar", "اعتقلت الشرطة ناشطا بسبب آرائه السياسية بعد سنوات من المراقبة."),
    ("ar", "انهار مبنى سكني في الإسكندرية ولم تسجل إصابات."),
    ("de", "Tausende demonstrierten gegen die geplanten Kürzungen in Stuttgart."),
    ("de", "Der Mann soll drei Passanten verletzt haben, teilte die Polizei mit."),
    ("de", "Bei dem Brand wurde niemand verletzt, die Lagerhalle brannte völlig aus."),
    ("de", "Eine Bombe explodierte vor dem Rathaus in Bremen, es gab keine Opfer."),
    ("de", "Zwei Menschen starben bei dem Unfall, der Fahrer wird noch gesucht."),
    ("ar", "قصفت القوات القادمة من الشمال القرية فجر اليوم."),
    ("es", "Los manifestantes, que exigen la renuncia del alcalde, bloquearon la carretera."),
    # A denial of the toll leaves the event real.
    ("es", "Un misil cayó sobre un almacén de Járkov, pero el ejército negó que hubiera "
           "víctimas."),
    ("fr", "Un obus a touché une école à Goma, mais l'armée a démenti qu'il y ait eu des "
           "morts."),
    ("fr", "Une frappe a visé un entrepôt près d'Idleb; le ministère a démenti toute victime."),
    ("pt", "Uma granada explodiu num bar de Maputo, mas a polícia negou que houvesse feridos."),
    ("ar", "سقطت قذيفة على حي سكني في حلب، ونفت السلطات سقوط ضحايا."),
]


@pytest.mark.parametrize(("language", "text"), UNREAL)
def test_nothing_real_is_left_of_an_unreal_event(language, text):
    assert cues(text, language)
    assert real_part(text, language) is None


@pytest.mark.parametrize(("language", "text", "real"), MIXED)
def test_the_real_clause_is_left_beside_an_unreal_one(language, text, real):
    assert real_part(text, language) == real


@pytest.mark.parametrize(("language", "text"), REAL)
def test_words_that_look_like_cues_leave_a_real_event_whole(language, text):
    assert cues(text, language) == ()
    assert real_part(text, language) == text


def test_a_complement_of_an_unreal_clause_is_unreal():
    text = "El ejército negó que sus aviones bombardearan el hospital."
    assert [c.kind for c in cues(text, "es")] == ["denial", "denial"]
    assert len(clauses(text, "es")) == 2


# Events told as history: anniversaries, commemorations, "N years ago".
HISTORY = [
    ("es", "Se cumplen diez años de la masacre de campesinos en el Catatumbo."),
    ("es", "Los vecinos rindieron homenaje a las víctimas del incendio de la discoteca."),
    ("fr", "Il y a vingt ans, un attentat frappait le métro de la capitale."),
    ("fr", "La ville commémore le massacre de 1994 par une marche silencieuse."),
    ("pt", "Faz cinco anos que o ciclone destruiu a cidade da Beira."),
    ("pt", "Moçambique assinala o aniversário do ataque a Palma."),
    ("ar", "أحيا الأهالي الذكرى الخامسة لمجزرة القرية."),
    ("ar", "في الذكرى العاشرة للتفجير تجمع السكان أمام النصب."),
    # reports' tallies of a past year, or since a year
    ("fr", "Depuis 2015, les violences ont fait plus de dix mille morts dans la région."),
    ("es", "Según la ONG, los paramilitares asesinaron a 200 líderes sociales el año pasado."),
    ("pt", "Segundo o relatório, os insurgentes atacaram mais de cem aldeias desde 2017."),
    ("ar", "قال التقرير إن المسلحين هاجموا عشرات القرى خلال العام الماضي."),
    # counts over a period
    ("de", "Seit Jahresbeginn wurden in Haiti mehr als tausend Menschen von Banden entführt."),
    ("de", "In der Region werden jedes Jahr Hunderte Bauern von Milizen verschleppt."),
    ("de", "Seit Anfang des Jahres haben Dschihadisten mehr als vierzig Dörfer überfallen."),
    # trials
    ("de", "Der Prozess gegen zwei Männer, die einen Unternehmer entführt haben sollen, "
           "beginnt in Hamburg."),
    ("de", "Die wegen des Anschlags auf eine Synagoge angeklagten Männer schwiegen am Montag."),
]
# A real event beside a clause of a past year: the clause is cut, the event stays; a tally
# of a past year leaves only who says it.
PAST_BESIDE = [
    ("fr", "Selon un rapport publié jeudi, les milices ont attaqué plus de quarante villages "
           "l'an dernier.", "Selon un rapport publié jeudi"),
    ("es", "Los rebeldes, que el año pasado tomaron la ciudad, atacaron el martes un cuartel "
           "del ejército.", "Los rebeldes atacaron el martes un cuartel del ejército."),
    ("fr", "Des hommes armés ont tué dix civils mardi à Djibo, une ville déjà attaquée l'an "
           "dernier.", "Des hommes armés ont tué dix civils mardi à Djibo"),
    ("pt", "Homens armados mataram quatro pessoas em Macomia, vila atacada no ano passado.",
     "Homens armados mataram quatro pessoas em Macomia"),
]
# Real events on an anniversary, or with a cue in a clause of their own.
NOT_HISTORY = [
    ("es", "Una bomba estalló en Kabul en el aniversario de la independencia."),
    ("fr", "Des heurts ont éclaté à l'occasion de l'anniversaire de la révolution."),
    ("pt", "Um atentado matou seis pessoas no aniversário da cidade."),
]


@pytest.mark.parametrize(("language", "text"), HISTORY)
def test_an_event_told_as_history_is_no_event_now(language, text):
    assert "history" in {c.kind for c in cues(text, language)}
    assert real_part(text, language) is None


@pytest.mark.parametrize(("language", "text", "real"), PAST_BESIDE)
def test_a_clause_of_a_past_year_is_cut_from_a_real_event(language, text, real):
    assert real_part(text, language) == real


@pytest.mark.parametrize(("language", "text"), NOT_HISTORY)
def test_an_event_on_an_anniversary_stays_real(language, text):
    assert real_part(text, language) == text


# A denial of something done, not of a toll (the outcome word is the act's object).
DENIED_ACTS = [
    ("es", "La policía negó que sus agentes hubieran golpeado a los detenidos."),
    ("fr", "L'armée a démenti que ses soldats aient tiré sur des blessés."),
    ("pt", "O exército negou ter disparado contra os feridos."),
    ("es", "El ministerio negó que los heridos hubieran sido abandonados en el hospital."),
    ("fr", "La police a démenti que les blessés aient été frappés."),
]


@pytest.mark.parametrize(("language", "text"), DENIED_ACTS)
def test_a_denied_act_stays_unreal_beside_an_outcome_word(language, text):
    assert real_part(text, language) is None


def test_a_saying_clause_is_unreal_only_with_an_unreal_complement():
    real = "La policía informó que detuvo a tres hombres en Lima."
    assert real_part(real, "es") == real
    assert real_part("El ministro anunció que visitará Lima.", "es") is None


def test_every_language_read_has_its_cues():
    from eventwire.language import FOREIGN_LANGUAGES

    assert FOREIGN_LANGUAGES <= set(CUES)
    assert cues("Il a été tué.", "xx") == ()
