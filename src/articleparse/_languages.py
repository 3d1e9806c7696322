"""Language data: function words, month and weekday names, the words of a date line.

A :class:`Language` holds what the parser needs to know of one language that is
too long for a :class:`~articleparse.ParserConfig` field of its own; the
configuration names the languages it uses (``ParserConfig.languages``), so a user
can replace or add one.

Sources. The function words are the closed word classes of each language
(articles, personal, possessive, demonstrative, relative and interrogative
pronouns, prepositions and their contractions, conjunctions, auxiliary and modal
verb forms, negation and the commonest particles), written for articleparse;
frequent content words (``home``, ``world``, ``new``) are left out on purpose,
since menus are made of them. The lists have 110-260 words each, so that the
share of them in a line means about the same in every language: 35-55 % in
prose, under 15 % in menus, names and headlines. Month and weekday names are the
calendar words of each language with their usual abbreviations (an abbreviation
that is also a common word of another language, such as ``mar``, is left to
the language whose month it is).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

__all__ = ["DEFAULT_LANGUAGES", "Language"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _names(text: str) -> tuple[tuple[str, ...], ...]:
    """``"jan january | feb february"`` → ``(("jan", "january"), ("feb", "february"))``."""
    return tuple(tuple(part.split()) for part in text.split("|"))


def _check_calendar(size: int) -> Callable[[Language, attrs.Attribute[tuple[tuple[str, ...], ...]], object], None]:
    def check(instance: Language, attribute: attrs.Attribute[tuple[tuple[str, ...], ...]], value: object) -> None:
        if not isinstance(value, tuple) or len(value) != size:
            raise ValueError(f"Language.{attribute.name} must be a tuple of {size} tuples of names")
        for names in value:
            if not isinstance(names, tuple) or not all(isinstance(name, str) and name for name in names):
                raise ValueError(f"Language.{attribute.name} must hold tuples of non-empty strings")

    return check


def _lower_words(value: object) -> frozenset[str]:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise TypeError(f"expected a collection of words, got {type(value).__name__}")
    words = frozenset(value)
    if not all(isinstance(word, str) for word in words):
        raise TypeError("expected a collection of words (strings)")
    return frozenset(word.casefold() for word in words)


def _lower_names(value: object) -> tuple[tuple[str, ...], ...]:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise TypeError(f"expected a sequence of name tuples, got {type(value).__name__}")
    rows = []
    for names in value:
        if isinstance(names, str) or not hasattr(names, "__iter__"):
            raise TypeError("expected a sequence of name tuples")
        rows.append(tuple(name.casefold() if isinstance(name, str) else name for name in names))
    return tuple(rows)


@attrs.frozen
class Language:
    """What the parser knows of one language.

    Attributes:
        code: The ISO 639-1 code (``"de"``).
        function_words: The language's function words, lower case.
        months: Twelve tuples, January first, of the names and abbreviations of
            each month, lower case.
        weekdays: Seven tuples, Monday first, of the names and abbreviations of
            each day, lower case.
        date_words: Words a date line holds beside the date that are not part
            of it (``um``, ``Uhr``, ``le``, ``à``), lower case.
        reader_words: The pronouns that address the reader (``you``, ``Ihnen``,
            ``vous``), lower case.
        speaker_words: The pronouns of the first person (``I``, ``my``,
            ``we``; ``ich``, ``wir``), lower case: a reader's comment is full of
            them, a report is not (a how-to addresses its reader as ``you`` too,
            so the second person is no evidence).
        and_words: The words that join two names (``and``, ``und``, ``et``),
            lower case: ``Jane Doe und John Roe`` names two authors.
        seasons: The names of the seasons, lower case: a quarterly's issue is
            dated ``Spring 2015`` in an export's header.
    """

    code: str = attrs.field(validator=attrs.validators.instance_of(str))
    function_words: frozenset[str] = attrs.field(converter=_lower_words)
    months: tuple[tuple[str, ...], ...] = attrs.field(converter=_lower_names, validator=_check_calendar(12))
    weekdays: tuple[tuple[str, ...], ...] = attrs.field(converter=_lower_names, validator=_check_calendar(7))
    date_words: frozenset[str] = attrs.field(converter=_lower_words, default=frozenset())
    reader_words: frozenset[str] = attrs.field(converter=_lower_words, default=frozenset())
    speaker_words: frozenset[str] = attrs.field(converter=_lower_words, default=frozenset())
    and_words: frozenset[str] = attrs.field(converter=_lower_words, default=frozenset())
    seasons: frozenset[str] = attrs.field(converter=_lower_words, default=frozenset())


ENGLISH = Language(
    code="en",
    function_words=_words(
        "a an the this that these those i me my mine myself you your yours yourself yourselves he him his himself"
        " she her hers herself it its itself we us our ours ourselves they them their theirs themselves"
        " who whom whose which what where when why how whether there here all any both each every either neither"
        " some such no nor not only own same so than too very just also even still yet again ever never"
        " and but or if because as until while although though unless since of at by for with about against"
        " between into through during before after above below to from up down in out on off over under upon"
        " within without across along among around behind beyond toward towards per via"
        " is am are was were be been being have has had having do does did doing will would shall should"
        " can could may might must ought s t d ll ve re m don doesn didn isn aren wasn weren won wouldn"
        " cannot couldn shouldn let then"
    ),
    months=_names(
        "jan january | feb february | mar march | apr april | may | jun june | jul july | aug august"
        " | sep sept september | oct october | nov november | dec december"
    ),
    weekdays=_names(
        "mon monday | tue tues tuesday | wed wednesday | thu thur thurs thursday | fri friday | sat saturday"
        " | sun sunday"
    ),
    date_words=_words("at on the of"),
    reader_words=_words("you your yours yourself"),
    speaker_words=_words("i me my mine myself we us our ours"),
    and_words=_words("and"),
    seasons=_words("spring summer autumn fall winter"),
)
GERMAN = Language(
    code="de",
    function_words=_words(
        "der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen"
        " ich mich mir mein meine meiner meines meinem meinen du dich dir dein deine deiner deines deinem deinen"
        " er ihn ihm sein seine seiner seines seinem seinen sie ihr ihre ihrer ihres ihrem ihren es wir uns"
        " unser unsere unserer unseres unserem unseren euch euer eure man sich wer wen wem wessen was"
        " welche welcher welches welchem welchen dieser diese dieses diesem diesen jener jene jenes jenem jenen"
        " dass daß ob weil wenn als wie damit denn doch aber oder und sondern sowie bis während obwohl nachdem"
        " bevor sobald seit seitdem falls indem zu zum zur im ins am ans beim vom von mit nach bei aus an auf in"
        " über unter vor hinter neben zwischen durch für gegen ohne um trotz wegen statt anstatt ab außer"
        " innerhalb außerhalb bin bist ist sind seid war warst waren wäre wären gewesen sei werden werde wirst"
        " wird werdet wurde wurden würde würden worden geworden haben habe hast hat habt hatte hatten hätte"
        " hätten gehabt kann kannst können könnt konnte konnten könnte könnten muss musst müssen müsst musste"
        " mussten müsste soll sollst sollen sollt sollte sollten will willst wollen wollt wollte wollten mag"
        " mögen möchte möchten darf dürfen durfte nicht nichts auch noch schon nur sehr so dann dort hier da ja"
        " mal eben etwa immer wieder jedoch zwar also sogar bereits dabei darauf dafür davon dazu daran darin"
        " darüber deshalb deren dessen dies alle allem allen aller alles jede jeder jedes jedem jeden einige"
        " einigen viel viele"
    ),
    months=_names(
        "januar jänner jän | februar feber | märz mär | april | mai | juni | juli | august"
        " | september | oktober okt | november | dezember dez"
    ),
    weekdays=_names(
        "montag mo | dienstag di | mittwoch mi | donnerstag do | freitag fr | samstag sonnabend sa | sonntag so"
    ),
    date_words=_words("am um uhr den vom"),
    reader_words=_words("sie ihnen ihr ihre ihren ihrem ihrer du dich dir dein deine deinen deinem deiner euch euer"),
    speaker_words=_words("ich mich mir mein meine meiner meinem meinen wir uns unser unsere"),
    and_words=_words("und"),
    seasons=_words("frühling frühjahr sommer herbst winter"),
)
FRENCH = Language(
    code="fr",
    function_words=_words(
        "le la les l un une des du de d au aux ce cet cette ces c je j me m moi mon ma mes tu te t toi ton ta tes"
        " il elle on nous vous ils elles se s lui leur leurs eux son sa ses notre nos votre vos qui que qu quoi"
        " dont où quel quelle quels quelles lequel laquelle lesquels ne n pas plus ni non et ou mais donc or car"
        " si comme quand lorsque puisque parce à dans en par pour sur sous avec sans chez entre vers contre depuis"
        " pendant avant après selon malgré parmi est sont était étaient été être suis es sommes êtes sera seront"
        " serait seraient soit ai as a avons avez ont avait avaient avoir eu aura auront aurait peut peuvent"
        " pouvait doit doivent y aussi très tout tous toute toutes même encore déjà alors ainsi là ici cela ça"
        " ceci celui celle ceux celles"
    ),
    months=_names(
        "janvier janv | février févr fevrier | mars | avril avr | mai | juin | juillet juil | août aout"
        " | septembre | octobre | novembre | décembre decembre déc"
    ),
    weekdays=_names("lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche"),
    date_words=_words("le à a h"),
    reader_words=_words("vous votre vos tu te toi ton ta tes"),
    speaker_words=_words("je j moi mon ma mes nous notre nos"),
    and_words=_words("et"),
    seasons=_words("printemps été automne hiver"),
)
SPANISH = Language(
    code="es",
    function_words=_words(
        "el la los las lo un una unos unas al del de a en por para con sin sobre entre hasta desde hacia contra"
        " según tras durante mediante ante bajo yo me mi mis mí tú te tu tus ti él ella ello ellos ellas nos"
        " nosotros nosotras vosotros os le les se su sus suyo suya nuestro nuestra nuestros nuestras vuestro que"
        " qué quien quién quienes cual cuál cuales cuyo donde dónde cuando cuándo como cómo este esta estos estas"
        " ese esa esos esas aquel aquella esto eso y e o u ni pero sino aunque porque pues si no ya también muy"
        " más tan todo toda todos todas es son era eran fue fueron ser sido siendo está están estaba estaban"
        " estar he has ha hemos han había habían haber hay puede pueden debe deben"
    ),
    months=_names(
        "enero ene | febrero | marzo | abril abr | mayo | junio | julio | agosto ago"
        " | septiembre setiembre | octubre | noviembre | diciembre dic"
    ),
    weekdays=_names("lunes | martes | miércoles miercoles | jueves | viernes | sábado sabado | domingo"),
    date_words=_words("de del el a las"),
    reader_words=_words("usted ustedes tú tu tus te ti vosotros"),
    speaker_words=_words("yo mí mis nosotros nosotras nuestro nuestra"),
    and_words=_words("y e"),
    seasons=_words("primavera verano otoño invierno"),
)
ITALIAN = Language(
    code="it",
    function_words=_words(
        "il lo la i gli le un uno una l dell della dei degli delle del al allo alla ai agli alle dal dallo dalla"
        " dai dagli dalle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle di a da in con su per"
        " tra fra io me mi mio mia miei mie tu te ti tuo tua lui lei egli ella esso essa noi ci nostro nostra voi"
        " vi vostro loro si suo sua suoi sue che chi cui quale quali dove quando come questo questa questi queste"
        " quello quella quelli quelle e ed o od ma però se perché anche non né già più molto tutto tutti tutta"
        " tutte è sono era erano fu stato stata essere sia siamo siete ho hai ha abbiamo avete hanno aveva avere"
        " può possono deve devono ne c"
    ),
    months=_names(
        "gennaio genn | febbraio febbr | marzo | aprile | maggio magg | giugno | luglio | agosto"
        " | settembre sett | ottobre ott | novembre | dicembre"
    ),
    weekdays=_names(
        "lunedì lunedi | martedì martedi | mercoledì mercoledi | giovedì giovedi | venerdì venerdi | sabato | domenica"
    ),
    date_words=_words("alle ore del"),
    reader_words=_words("voi vostro vostra tu ti tuo tua"),
    speaker_words=_words("io mio mia miei noi nostro nostra"),
    and_words=_words("e"),
    seasons=_words("primavera estate autunno inverno"),
)
PORTUGUESE = Language(
    code="pt",
    function_words=_words(
        "o a os as um uma uns umas ao aos à às do da dos das de em no na nos nas num numa pelo pela pelos pelas"
        " por para com sem sobre entre até desde contra após eu me mim meu minha meus minhas tu te ti teu tua"
        " você vocês ele ela eles elas se si seu sua seus suas lhe lhes nós nosso nossa vós que quem qual quais"
        " cujo onde quando como este esta estes estas esse essa esses essas aquele aquela isto isso aquilo e ou"
        " mas porém nem porque pois não sim já também muito mais tão todo toda todos todas é são era eram foi"
        " foram ser sido está estão estava estar tem têm tinha ter há havia pode podem deve"
    ),
    months=_names(
        "janeiro | fevereiro fev | março marco | abril | maio | junho | julho | agosto"
        " | setembro set | outubro out | novembro | dezembro dez"
    ),
    weekdays=_names("segunda-feira | terça-feira | quarta-feira | quinta-feira | sexta-feira | sábado | domingo"),
    date_words=_words("de às"),
    reader_words=_words("você vocês seu sua te"),
    speaker_words=_words("eu meu minha meus nós nosso nossa"),
    and_words=_words("e"),
    seasons=_words("primavera verão outono inverno"),
)
DUTCH = Language(
    code="nl",
    function_words=_words(
        "de het een den der des dit dat deze die ik me mij mijn jij je jou jouw u uw hij hem zijn zij ze haar"
        " wij we ons onze jullie hun hen wie wat welk welke waar wanneer hoe en of maar want dus omdat als toen"
        " terwijl hoewel dan van in op te aan met voor door bij uit over naar om tot tegen tussen onder na zonder"
        " sinds tijdens binnen buiten is ben bent was waren geweest wordt worden werd werden heb hebt heeft"
        " hebben had hadden zal zullen zou zouden kan kunnen kon konden moet moeten mag mogen wil willen niet"
        " geen ook nog al wel er hier daar zo zeer veel"
    ),
    months=_names(
        "januari | februari | maart mrt | april | mei | juni | juli | augustus"
        " | september | oktober | november | december"
    ),
    weekdays=_names("maandag | dinsdag | woensdag | donderdag | vrijdag | zaterdag | zondag"),
    date_words=_words("om uur op"),
    reader_words=_words("u uw je jij jouw jullie"),
    speaker_words=_words("ik mij mijn wij ons onze"),
    and_words=_words("en"),
    seasons=_words("lente voorjaar zomer herfst najaar winter"),
)

#: The languages :data:`articleparse.DEFAULT_CONFIG` knows: English, German,
#: French, Spanish, Italian, Portuguese and Dutch.
DEFAULT_LANGUAGES: tuple[Language, ...] = (ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH)
