"""The default vocabulary of :class:`~articleparse.ParserConfig`: labels, markers and phrases.

Each list is one concern, written once, in the languages of
:data:`~articleparse._languages.DEFAULT_LANGUAGES` (English first, then
German, French, Spanish, Italian, Portuguese and Dutch), lower case, and where a
list is of page furniture, in Chinese, Japanese, Korean and Thai too. Phrases are
matched case-insensitively against the start of a line, as whole words (a phrase
of a script written without spaces needs no end of a word after it), unless the
configuration field says otherwise. The configuration holds them; rules
read them only from there.
"""

from __future__ import annotations

__all__ = [
    "AGENCIES",
    "BIO_OPENINGS",
    "BOILERPLATE_PHRASES",
    "BYLINE_MARKERS",
    "BYLINE_ROLES",
    "CALLS_TO_ACTION",
    "CAPTION_MARKERS",
    "COMMENT_AGES",
    "COMMENT_AGE_NUMBERS",
    "COMMENT_COUNTS",
    "COMMENT_MARKERS",
    "COMMENT_VERBS",
    "COUNTER_LABELS",
    "COUNTER_WORDS",
    "CREDIT_CONNECTORS",
    "CREDIT_JOINS",
    "CREDIT_LABELS",
    "END_MARKERS",
    "INTERFACE_WORDS",
    "NAME_PARTICLES",
    "ORIGIN_MARKERS",
    "ORIGIN_PHRASES",
    "ORIGIN_SUBJECTS",
    "POST_BUTTONS",
    "POST_COUNTS",
    "POST_CREDITS",
    "POST_LINKS",
    "PROMO_MARKERS",
    "RELATED_ENDINGS",
    "RELATED_MARKERS",
    "SOURCE_LABELS",
    "TIMESTAMP_LABELS",
    "TITLE_SMALL_WORDS",
    "UPDATE_LABELS",
    "VIDEO_LABELS",
    "VOTE_BUTTONS",
    "phrases",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, as a set."""
    return frozenset(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """The ``|``-separated phrases of ``text``, stripped, in order."""
    return tuple(phrase.strip() for phrase in text.split("|") if phrase.strip())


#: Labels that open a source line (``SOURCE: ...``, ``Quelle: ...``).
SOURCE_LABELS = phrases(
    "source | sources | quelle | quellen | fuente | fuentes | fonte | fonti | bron | bronnen"
    " | 来源 | 來源 | 出典 | 출처 | ที่มา"
)

#: Words that open a byline before the names (``By``, ``Von``, ``Par``), and labels
#: that do the same (``Author:``).
BYLINE_MARKERS = phrases(
    "written by | posted by | published by | words by | text by | story by | by"
    " | geschrieben von | veröffentlicht von | ein beitrag von | ein artikel von | erstellt von | von"
    " | autor: | autorin: | autoren: | autor*in: | autor:in: | autorinnen: | autoren und autorinnen:"
    " | autor | autorin | autoren | author: | authors: | text: | redakteur: | redakteurin:"
    " | publié par | écrit par | par | auteur : | auteur: | auteurs :"
    " | publicado por | escrito por | redactado por | por | autor : | texto:"
    " | pubblicato da | scritto da | di | autore: | a cura di"
    " | escrito por | publicado por | texto de"
    " | geschreven door | gepubliceerd door | door | auteur:"
)

#: Job titles a byline may give beside the names (``Jane Doe | Political editor``, ``Redakteur für
#: Wirtschaft``, ``Kolumnistin: Jana Müller``), lower case, in the seven languages: a part holding one
#: is a title, not an author, and one written as a label (``Correspondent:``) opens the names.
BYLINE_ROLES = words(
    "editor correspondent reporter writer columnist contributor critic producer journalist phd"
    " redakteur redakteurin korrespondent korrespondentin reporterin kolumnist kolumnistin journalistin"
    " rédacteur rédactrice correspondant correspondante journaliste chroniqueur chroniqueuse"
    " redactor redactora corresponsal periodista columnista cronista"
    " redattore redattrice corrispondente giornalista editorialista inviato inviata"
    " repórter correspondente jornalista colunista"
    " redacteur verslaggever verslaggeefster columniste"
)

#: Words that label a timestamp line (``Published:``, ``Veröffentlicht am``), lower case.
TIMESTAMP_LABELS = words(
    "first last published updated update posted modified edited created released date dated on at"
    " zuletzt veröffentlicht veröffentlichung veröffentlichungsdatum erschienen erscheinungsdatum publiziert"
    " aktualisiert aktualisierung geändert änderung letzte letztes erstellt stand datum am um"
    " publié publiée mis mise à jour modifié modifiée actualisé actualisée dernière le"
    " publicado publicada actualizado actualizada actualización modificado última fecha el"
    " pubblicato pubblicata aggiornato aggiornata aggiornamento modificato ultimo ultima data il"
    " atualizado atualizada atualização em"
    " gepubliceerd geplaatst bijgewerkt gewijzigd laatst laatste datum op"
)

#: The timestamp labels that say the date is an update (``Updated:``, ``Aktualisiert am``,
#: ``Dernière mise à jour``, ``Ultimo aggiornamento``), lower case.
UPDATE_LABELS = words(
    "updated update modified edited"
    " aktualisiert aktualisierung geändert änderung"
    " mis mise modifié modifiée actualisé actualisée"
    " actualizado actualizada actualización modificado"
    " aggiornato aggiornata aggiornamento modificato"
    " atualizado atualizada atualização"
    " bijgewerkt gewijzigd"
)

#: What opens a byline that says where a piece first appeared (``This article was originally
#: published by Jane Doe at The Site``): the piece, then one of the origin phrases.
ORIGIN_SUBJECTS = phrases(
    "this article | this article was | the article | the article was | this report | this report was"
    " | the report | the report was | this story | this story was | the story | the story was"
    " | this post | this post was | the post | the post was | this piece | this piece was | the piece | the piece was"
)

#: Phrases that say a piece appeared elsewhere first (``originally published``, ``first appeared``).
ORIGIN_PHRASES = phrases(
    "originally published | originally appeared | originally posted | first published | first appeared | first posted"
)

#: Words after an origin phrase that open the author's name (``... originally published by Jane Doe``).
ORIGIN_MARKERS = phrases("by | on")

#: Words of four letters or more that Title Case leaves in lower case (``Back from the Brink``).
TITLE_SMALL_WORDS = words("with from into onto over upon than that this when what your their about")

#: Lower-case words a person's name may hold: "Ursula von der Leyen", "Jane de la Cruz".
NAME_PARTICLES = words("de van von der den la le da di du del della dos das bin al el")

#: Labels that open a related-story link (``Related:``, ``Lesen Sie auch:``).
RELATED_MARKERS = phrases(
    "related: | related article: | related articles: | related story: | related coverage: | related"
    " | read more: | read more | read also: | also read: | more: | see also | also see: | photos: | gallery:"
    " | recommended: | more on this story | more on this topic | read the full story"
    " | lesen sie auch | lesen sie mehr | lesen sie dazu | lies auch | auch interessant | mehr zum thema"
    " | passend zum thema | passend dazu | siehe auch | weiterlesen | lesetipp"
    " | weitere artikel | weitere beiträge | ähnliche beiträge | ähnliche artikel | verwandte artikel"
    " | verwandte themen | das könnte sie auch interessieren | das könnte dich auch interessieren"
    " | à lire aussi | lire aussi | à voir aussi | voir aussi | sur le même sujet | pour approfondir"
    " | articles similaires | articles liés | lire la suite | en savoir plus"
    " | lee también | leer más | lea también | te puede interesar | le puede interesar | puede interesarte"
    " | mirá también | ver también | otras noticias | noticias relacionadas | artículos relacionados"
    " | informate más | puedes ver"
    " | leggi anche | leggi di più | potrebbe interessarti | articoli correlati | vedi anche"
    " | leia também | leia mais | veja também | saiba mais | notícias relacionadas | artigos relacionados"
    " | lees ook | lees meer | zie ook | gerelateerde artikelen | meer over dit onderwerp"
    " | 関連記事 | 関連リンク | 関連サイト | 関連ニュース | 関連エントリー | 関連情報 | 参考リンク | あわせて読みたい"
    " | 相关阅读 | 相关新闻 | 相关文章 | 相关链接 | 延伸阅读 | 相關閱讀 | 相關新聞 | 相關文章 | 延伸閱讀"
    " | 관련기사 | 관련 기사 | 관련뉴스 | 관련 뉴스 | ข่าวที่เกี่ยวข้อง | บทความที่เกี่ยวข้อง | อ่านเพิ่มเติม"
)

#: Endings of a line that, opened by a heading's mark, heads a list of links: languages that put
#: the name first say "X's articles, see more" (``■デジ通の記事をもっと見る``, ``■遠藤保仁 関連リンク``).
RELATED_ENDINGS = phrases(
    "記事をもっと見る | 記事をもっとみる | 記事をもっと読む | 記事を読む | 最新記事 | 記事一覧"
    " | 関連記事 | 関連リンク | 関連サイト | 関連ニュース | 関連エントリー"
    " | 更多文章 | 更多新闻 | 更多新聞 | 相关新闻 | 相关阅读 | 相關新聞 | 相關閱讀 | 관련기사 | 관련 기사"
)

#: Labels that open a caption or mark one (``Photo:``, ``Foto:``, ``Bild:``).
CAPTION_MARKERS = phrases(
    "photo: | photo | photograph: | photos by | photo by | picture: | pic: | image: | image copyright"
    " | image caption | media caption | caption: | credit: | (photo | getty images | enlarge"
    " | view full size image | play video | watch: | video: | watch video"
    " | foto: | fotos: | (foto: | foto © | fotocredit: | bild: | bilder: | (bild: | bildquelle: | bildquelle"
    " | bildunterschrift | abbildung | abb. | grafik: | titelbild: | symbolbild"
    " | photo : | crédit : | crédits : | crédit photo | illustration :"
    " | imagen: | fotografía: | crédito:"
    " | immagine: | credito:"
    " | imagem: | créditos:"
    " | beeld: | afbeelding:"
)

#: Labels that, followed by a capitalised name closing a caption, credit its picture
#: (``Credit Bon Duke for The New York Times``, ``(Photo Credit: Getty Images)``).
CREDIT_LABELS = phrases("credit | photo credit")

#: A video player's label, followed by the video's length (``Play Video 2:14``).
VIDEO_LABELS = phrases("play video")

#: Openings of share, follow, subscribe, consent and other prompts that are not the article.
BOILERPLATE_PHRASES = phrases(
    "advertisement | sponsored | share this | share on | share: | follow us | follow @ | sign up | subscribe"
    " | newsletter | click here | click to | continue reading | want to know more | all rights reserved"
    " | copyright © | © | print this | email this | tweet this | like us on | join us on | download our app"
    " | this content is not available | skip to | back to top | we use cookies | this website uses cookies"
    " | accept cookies | your email address will not be published | required fields are marked"
    " | notify me of | save my name | you must be logged in | log in to | sign in to | comments are closed"
    " | filed under | posted in | tagged with | tags: | categories: | previous post | next post"
    " | previous article | next article | loading"
    " | anzeige | werbung | teilen | jetzt teilen | artikel teilen | beitrag teilen | folgen sie uns | folge uns"
    " | abonnieren | jetzt abonnieren | newsletter abonnieren | zum newsletter | hier klicken | weiterlesen mit"
    " | alle rechte vorbehalten | nach oben | zurück zum anfang | zur startseite | wir verwenden cookies"
    " | diese website verwendet cookies | cookie-einstellungen | datenschutzerklärung"
    " | ihre e-mail-adresse wird nicht veröffentlicht | deine e-mail-adresse wird nicht veröffentlicht"
    " | erforderliche felder sind | benachrichtige mich | die kommentarfunktion | kommentar schreiben"
    " | schreibe einen kommentar | hinterlasse einen kommentar | veröffentlicht in | getaggt mit | schlagwörter:"
    " | kategorien: | vorheriger beitrag | nächster beitrag | vorheriger artikel | nächster artikel | jetzt spenden"
    " | unterstütze | jetzt registrieren | bereits registriert | melden sie sich an | anmelden"
    " | publicité | partager | suivez-nous | abonnez-vous | s'abonner | inscrivez-vous | tous droits réservés"
    " | retour en haut | nous utilisons des cookies | votre adresse e-mail ne sera pas publiée"
    " | laisser un commentaire | article précédent | article suivant"
    " | publicidad | compartir | síguenos | suscríbete | suscribirse | todos los derechos reservados"
    " | volver arriba | utilizamos cookies | tu dirección de correo electrónico no será publicada"
    " | deja un comentario | artículo anterior | artículo siguiente"
    " | pubblicità | condividi | seguici | iscriviti | abbonati | tutti i diritti riservati | torna su"
    " | utilizziamo i cookie | il tuo indirizzo email non sarà pubblicato | lascia un commento"
    " | articolo precedente | articolo successivo"
    " | publicidade | compartilhe | compartilhar | partilhar | siga-nos | assine | inscreva-se"
    " | todos os direitos reservados | voltar ao topo | utilizamos cookies | o seu endereço de email não será"
    " | deixe um comentário"
    " | advertentie | delen | volg ons | abonneer | schrijf je in | alle rechten voorbehouden | terug naar boven"
    " | wij gebruiken cookies | je e-mailadres wordt niet gepubliceerd | laat een reactie achter"
)

#: Words of a page's interface: a line made of nothing else (``Facebook Twitter Email``,
#: ``Suche``, ``Drucken Teilen``) is a menu, a share bar or a button, not the article.
INTERFACE_WORDS = words(
    "facebook twitter x pinterest email e-mail mail whatsapp linkedin xing reddit telegram flipboard tumblr"
    " instagram youtube tiktok messenger pocket threads bluesky mastodon rss feed print share tweet like"
    " likes liken reply comment comments menu search close open home login logout sign in register subscribe"
    " report flag permalink melden signaler denunciar segnala"
    " more next previous back top skip share: copy link dialog fullscreen slide slideshow gallery enlarge zoom"
    " vollbild galerie bildergalerie diashow vergrößern"
    " plein écran galerie diaporama pantalla completa galería"
    " suche suchen schließen öffnen menü anmelden abmelden registrieren drucken teilen teilen: kommentare"
    " kommentieren antworten weiter zurück mehr startseite impressum datenschutz kontakt abonnieren"
    " rechercher fermer partager imprimer connexion répondre accueil suivant précédent commentaires"
    " buscar cerrar compartir imprimir responder inicio siguiente anterior comentarios"
    " cerca chiudi condividi stampa rispondi successivo precedente commenti"
    " pesquisar fechar compartilhar partilhar próximo comentários"
    " zoeken sluiten delen afdrukken reageren volgende vorige reacties"
)

#: The chrome of a post embedded in a page (a tweet, an Instagram post), each a line of its own:
#: its buttons (``Follow``, ``Follow @jack``), the nouns of its counts (``4,101 Retweets 3,957 likes``),
#: the openings of its credit (``A post shared by Jane Doe (@jane)``) and its links
#: (``View this post on Instagram``).
POST_BUTTONS = phrases("follow")
POST_COUNTS = phrases("retweet | retweets | like | likes")
POST_CREDITS = phrases("a post shared by | a photo shared by | a video shared by")
POST_LINKS = phrases("view this post on instagram | view more on instagram")

#: Words of a call to the reader to do something for the site (``subscribe``, ``Newsletter``,
#: ``abonnieren``): a line that addresses the reader with one of them is a prompt.
CALLS_TO_ACTION = phrases(
    "newsletter | newsletters | subscribe | subscription | subscriber | sign up | signing up | sign-up | register"
    " | registration | log in | login | follow us | download | our app | donate | donation | support us"
    " | support our | never miss | don't miss | do not miss | stay informed | stay up to date | get the latest"
    " | inbox | podcast | membership | comment | comments | feedback | share this | your email | submit"
    " | letter to the editor | tell us | let us know | write to us | contact us | leserbrief | schreiben sie uns"
    " | schreib uns | kontaktieren sie uns | teilen sie | sagen sie uns"
    " | abonnieren | abonniere | abonnement | abo | anmelden | melde dich | registrieren | registriere"
    " | folgen sie | folge uns | herunterladen | spenden | spende | unterstützen | unterstütze | mitgliedschaft"
    " | nichts mehr verpassen | nichts verpassen | verpassen sie | verpasse | immer informiert | immer aktuell"
    " | postfach | kommentieren | kommentar | ihre meinung | deine meinung | feedback | ihre e-mail | deine e-mail"
    " | abonnez | abonnez-vous | abonnement | inscrivez-vous | inscription | newsletter | téléchargez | soutenez"
    " | suscríbete | suscribirse | suscripción | regístrate | descarga | apoya | boletín"
    " | iscriviti | abbonati | abbonamento | registrati | scarica | sostieni"
    " | assine | inscreva-se | assinatura | cadastre-se | baixe | apoie"
    " | abonneer | nieuwsbrief | aanmelden | registreer | download | steun"
)

#: Words that may open a gallery's counter before its numbers (``Image 3 of 12``, ``Bild 2 von 9``).
COUNTER_LABELS = phrases("image | photo | picture | slide | bild | foto | imagen | immagine | imagem | afbeelding")

#: Words between a gallery counter's two numbers (``4 of 21``, ``2 von 9``, ``3 sur 12``).
COUNTER_WORDS = phrases("of | von | de | sur | di | van")

#: A poll's button that casts the vote (``Vote``, ``Jetzt abstimmen``), a line of its own.
VOTE_BUTTONS = phrases(
    "vote | vote now | submit vote | abstimmen | jetzt abstimmen | voter | votar | votar ahora | votare | stemmen"
)

#: News agencies, whose bare name on a dump's last line signs off a wire story (``Reuter``, ``dpa``).
AGENCIES = phrases(
    "reuters | reuter | ap | afp | dpa | efe | ansa | apa | sda | kna | epd"
    " | upi | xinhua | pa | anp | belga | tass | ria | kyodo | yonhap | aap | cp | bloomberg | sid"
)

#: Words that join two credits of a source line (``Reuters and AP``): the credits are split there,
#: as at a comma or ``&``. English's only, not every language's ``and``: the one-letter ``y`` and
#: ``e`` of Spanish, Italian and Portuguese would split ``E! News``, Dutch's ``en`` ``Al Jazeera en Español``.
CREDIT_JOINS = phrases("and")

#: Lower-case words that may stand among the names of a credit without a label
#: (``Reuters and AP``, ``Staff of the Times``).
CREDIT_CONNECTORS = words("and of the for with from in")

#: What follows the name that opens a closing author bio (``Jane Doe is a ...``), as written.
BIO_OPENINGS = phrases("is a | is an | is the")

#: Lines after which readers' comments follow (``Comments``, ``Kommentare``).
COMMENT_MARKERS = phrases(
    "comments | reader comments | readers' comments | your comments | have your say | leave a comment"
    " | add a comment | post a comment | join the discussion | show comments"
    " | kommentare | leserkommentare | leserbriefe | leserpost | kommentar schreiben | diskutieren sie mit"
    " | ihre meinung"
    " | commentaires | réactions | laisser un commentaire"
    " | comentarios | deja un comentario | dejar un comentario"
    " | commenti | lascia un commento"
    " | comentários | deixe um comentário"
    " | reacties | laat een reactie achter"
)

#: Labels of a count of comments on a line of its own (``42 comments``, ``Comments (3)``,
#: ``Show 12 comments``): the number stands before the label's last word, or in brackets after it.
COMMENT_COUNTS = phrases("comment | comments | show comment | show comments")

#: A comment's age after its number, in the comment's header (``Jane • 9 hours ago``).
COMMENT_AGES = phrases(
    "second ago | seconds ago | minute ago | minutes ago | hour ago | hours ago | day ago | days ago"
    " | week ago | weeks ago | month ago | months ago | year ago | years ago"
)

#: Words that stand for the number of a comment's age (``an hour ago``, ``one day ago``).
COMMENT_AGE_NUMBERS = phrases("a | an | one")

#: The verbs of a comment's header, between its author and its text (``jsmith said...``,
#: ``Karoline sagt:``, ``Marie a écrit :``).
COMMENT_VERBS = phrases(
    "said | says | wrote | writes"
    " | sagt | sagte | schreibt | schrieb | meint"
    " | dit | a dit | écrit | a écrit"
    " | dice | dijo | escribe | escribió"
    " | scrive | ha scritto"
    " | disse | diz | escreveu"
    " | zegt | schreef"
)

#: Lines that end the article where they stand alone: headers of what pages put after it
#: (``Related articles``, ``Tags``, ``About the author``, ``Ähnliche Beiträge``).
END_MARKERS = phrases(
    "related articles | related posts | related stories | related content | related topics | more on this"
    " | you may also like | you might also like | recommended | read next | tags | tagged | topics"
    " | about the author | about the authors | author | authors | share this article | share this story"
    " | ähnliche beiträge | ähnliche artikel | verwandte artikel | weitere artikel | weitere beiträge"
    " | das könnte sie auch interessieren | das könnte dich auch interessieren | mehr zum thema | mehr zu diesem thema"
    " | auch interessant | schlagwörter | schlagworte | themen | themen in diesem artikel | über den autor"
    " | über die autorin | zur person | zum autor | die autorin | der autor | artikel teilen | beitrag teilen"
    " | articles similaires | articles liés | à lire aussi | sur le même sujet | à propos de l'auteur | mots-clés"
    " | noticias relacionadas | artículos relacionados | te puede interesar | etiquetas | sobre el autor"
    " | articoli correlati | potrebbe interessarti | tag | sull'autore"
    " | artigos relacionados | notícias relacionadas | sobre o autor"
    " | gerelateerde artikelen | lees ook | over de auteur"
)

#: Lines that open a list of other stories after the body (``More from``, ``Meistgelesen``).
PROMO_MARKERS = phrases(
    "more from | more stories | more news | most popular | most read | you may also like | recommended for you"
    " | top stories | related stories | trending | latest news | latest stories"
    " | mehr aus | mehr von | meistgelesen | meist gelesen | am meisten gelesen | meistgesehen | top-artikel"
    " | neueste beiträge | neueste artikel | aktuelle beiträge | aktuelle artikel | beliebte beiträge"
    " | top themen | top-themen | weitere nachrichten | neueste meldungen"
    " | les plus lus | les plus populaires | dernières actualités | derniers articles | à la une"
    " | lo más leído | más leídas | más leído | últimas noticias | lo último"
    " | più letti | i più letti | ultime notizie | ultimi articoli"
    " | mais lidas | mais lidos | últimas notícias"
    " | meest gelezen | laatste nieuws"
)
