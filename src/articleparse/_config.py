"""The parser's configuration: vocabulary and thresholds, each named once, checked when made.

A :class:`ParserConfig` is frozen; make a variant with :func:`attrs.evolve`.
Vocabulary is matched case-insensitively against the start of a line (labels,
markers, phrases) unless a field says otherwise. The evidence behind each
threshold is the shared corpus of real dumps (BBC, Horne, Golbeck, Perez-Rosas,
CNN, SemEval, Reuters, newspaper3k, Al Jazeera) the project was measured on.
"""

from __future__ import annotations

import attrs

from articleparse import _vocabulary as vocabulary
from articleparse._checks import (
    checked_fields,
    count,
    flag,
    languages,
    patterns,
    phrases,
    share,
    weight,
    words,
    zone,
    zones,
)
from articleparse._compiled import Compiled
from articleparse._languages import DEFAULT_LANGUAGES, Language
from articleparse._vocabulary import phrases as _phrases

__all__ = ["DEFAULT_CONFIG", "ParserConfig", "compiled"]


@attrs.frozen(kw_only=True, field_transformer=checked_fields)
class ParserConfig:
    """What the classifier knows and the thresholds it uses.

    Attributes:
        source_labels: Labels that open a source line (``SOURCE: ...``).
        credit_phrases: Openings of wire credit lines (``Reporting by``,
            ``(Editing by``), of permission and origin credits (``Republished
            with permission of``, ``This article originally appeared on``) and
            endings such as ``contributed to this report``.
        agencies: News agencies, whose bare name on a dump's last line signs
            off a wire story (``Reuter``, ``AFP``, ``dpa``); the line is then
            the source, crediting the agency.
        bio_words: Words that make a closing ``Jane Doe is a ...`` sentence an
            author bio, and so a source line.
        bio_openings: What follows the name that opens a closing author bio
            (``Jane Doe is a ...``, ``Jane Q. Doe is the ...``), matched as
            written (lower case).
        credit_joins: Words that join two credits of a source line (``Reuters
            and AP``); ``SourceLine.credits`` are split there, as at a comma or
            ``&``.
        credit_connectors: Lower-case words that may stand among the
            capitalised names of a credit set off after the body without a label
            (``Reuters and AP``, ``Staff of the Times``).
        abbreviations: Words whose full stop does not end a sentence (``Dr.``,
            ``Sept.``), lower case, without the stop. Initials and dotted forms
            (``U.S.``, ``a.m.``) need no entry.
        byline_roles: Job titles that follow a name in a byline without ``By``
            (``Jane Doe | Political editor``), in the seven languages; in any
            byline, a part holding one of them is a title, not an author, and
            one written as a label opens the names like a marker
            (``Correspondent: Jane Doe``, ``Kolumnist*in: Jana Müller``).
        outlets: Outlets and desks a byline may name beside its authors
            (``By JANE DOE, Staff``), lower case; they are not authors. The
            ``agencies`` are outlets too (``By JANE DOE, Reuters``) and are not
            repeated here.
        byline_patterns: Regular expressions of a publisher's own byline lines,
            each matched against a whole line.
        timestamp_patterns: Regular expressions of a publisher's own timestamp
            lines, each matched against a whole line.
        timezones: Time-zone abbreviations and their offsets from UTC in
            seconds, handed to dateutil as its ``tzinfos``.
        dayfirst: Read ambiguous numeric dates (``03/04/2016``) day first.
            Dates whose order is plain (``17/09/2016``) are read right either way.
        default_zone: The time zone a naive time (one the dump gives without a
            zone or an offset) is read in for ``Article.published_utc`` and
            ``updated_utc``: ``UTC`` (the default) or an IANA name such as
            ``Europe/Berlin``. ``published`` itself stays as the dump gives it.
        timestamp_labels: Words that label a timestamp line (``Published:``).
        update_labels: The timestamp labels that make its date an update
            (``Updated:``, ``Aktualisiert``); they label a timestamp line too.
        name_particles: Lower-case words a person's name may hold (``Ursula
            von der Leyen``, ``Jane de la Cruz``).
        highlight_markers: Lines that open a list of summary highlights.
        related_markers: Labels that open a related-story link (``Related:``,
            ``■関連リンク``); standing alone, with at most a colon, they head
            the list of links (bulleted items, addresses) under them.
        related_endings: Endings of a line that heads a list of links when a
            heading's mark opens it (``■デジ通の記事をもっと見る``): languages
            that put the name first end such a line with the label.
        caption_markers: Labels that open a caption or mark one (``Photo:``).
        caption_credits: Endings of a caption's picture credit (``/ Getty
            Images``); every agency's ``/ Agency`` and ``(Agency)`` are one too.
        picture_credits: Words that, like an agency's name, credit a picture
            inside the brackets closing a caption (``(Getty Images)``,
            ``(AP Photo/Jane Doe)``).
        credit_labels: Labels that credit a picture when a capitalised name
            follows them to the end of a caption (``Credit Bon Duke for The New
            York Times``, ``(Photo Credit: Getty Images)``).
        video_labels: A video player's label; followed by the video's length
            (``Play Video 2:14``) it marks a caption.
        boilerplate_phrases: Openings of share, follow, subscribe and other
            prompts that are not the article.
        comment_markers: Lines after which readers' comments follow.
        comment_counts: Labels of a count of comments on a line of its own
            (``42 comments``, ``Comments (3)``, ``Show 12 comments``): the
            number stands before the label's last word or in brackets after it.
            After the body, such a line is a comments marker.
        comment_ages: A comment's age after its number (``9 hours ago``),
            matched as written (lower case): after a name and a bullet or a bar
            (``Jane • 9 hours ago``), it makes the line a comment's header.
        comment_age_numbers: Words that stand for the number of a comment's
            age (``an hour ago``, ``one day ago``), as digits do.
        comment_verbs: The verbs of a comment's header between its author and
            its text (``jsmith said...``, ``Karoline sagt:``).
        promo_markers: Lines that open a list of other stories after the body.
        end_markers: Lines that end the article where they stand alone (with at
            most a colon or a count): headers of what pages put after it
            (``Related articles``, ``Tags``, ``About the author``); comment and
            promo markers end it too.
        reaction_openers: Openings of a reader's reaction (``Yes,``, ``Rubbish``).
        reaction_phrases: Phrases that make a first sentence a reader's reaction
            wherever they stand in it (``I agree``, ``interesting article``).
        reporting_words: Words of reported speech, which journalism is full of
            and readers' comments lack (``said``, ``according to``).
        comment_min_paragraphs: The fewest closing paragraphs taken as a
            comment section without a marker (one or more).
        gap_comments_min: The fewest paragraphs after a gap, in a reader's voice,
            taken as readers' comments.
        comment_max_words: The longest paragraph taken as a reader's comment
            after a gap.
        comment_personal_share: The share of those that must speak in the first
            or second person, or react.
        comment_reported_share: The most of those that may report speech.
        comment_reaction_share: The share of reactions that shows a comment
            section opened by a reaction.
        article_reported_share: The share of the paragraphs before it that must
            report speech, for a section that opens without a reaction.
        headline_max_words: The longest first line taken as a headline.
        title_small_words: Words of four letters or more that Title Case
            leaves in lower case (``Back from the Brink``); shorter words are
            not weighed.
        title_max_words: The longest line taken as a related link, promo title,
            caption title or subheading.
        standfirst_min_words: The shortest second block taken as a standfirst.
        prose_min_words: The fewest words of a sentence-ended block that makes
            it prose (a paragraph) rather than furniture.
        long_prose_words: Blocks this long are prose even without a final mark.
        section_gap: How many blank lines in a row close the body.
        credit_max_words: The longest unlabelled line taken as a source credit.
        header_max_segments: How many blocks from the top a byline or timestamp
            may stand.
        header_above: How many segments above the headline a byline or
            timestamp may stand.
        trailer_byline_reach: How many segments after the body a marked byline
            (``Text: Jane Doe``), or a name beside a date, may stand, in a page
            whose header has none.
        trailer_date_reach: How many segments after the body a labelled date
            line (``Veröffentlicht am 16.08.2019``, ``Published: ...``) may
            stand, in a page whose header gives no date.
        date_above_reach: How many segments above the header a date line (a
            date and nothing else but labels, times and zones) may stand, in a
            page whose header gives no date: the page's own header, a headline
            and a date, shown before the one the zones found.
        dated_line_max_words: The longest line near a page's headline taken as
            its timestamp for the date it holds.
        list_min_items: The fewest short lines in a row that make a list.
        list_item_max_words: The longest line taken as an item of a run of short lines.
        list_heading_max_words: The longest heading inside a list written without blank lines.
        heading_max_words: The longest unnumbered subheading.
        wrapped_min_words: The shortest line taken as broken off mid-sentence, to be
            joined to its continuation after a blank line.
        headline_min_words: The fewest words of a headline that does not exclaim.
        byline_max_words: The longest line taken as a byline.
        name_max_words: The most words of one person's name in a byline.
        marker_max_words: The longest marker line (``More from X:``, ``42 comments``).
        prompt_max_words: The longest share, follow or subscribe prompt.
        call_max_words: The longest line taken as a call to the reader.
        poll_max_options: The most answers a poll between its question and
            its vote button may offer.
        caption_max_words: The longest block taken as a caption.
        credit_line_max_words: The longest wire credit line (``(Reporting by ...)``).
        excerpt_credit_max_words: The longest credit under a quoted excerpt (``-Daily Mail``).
        bio_max_words: The longest closing author bio.
        highlight_max_items: The most lines a ``Story highlights`` list holds.
        pull_quote_min_words: The shortest block that may be a pull quote.
        pull_quote_max_words: The longest block that may be a pull quote.
        stock_phrase_blocks: In how many blocks a word triple may stand before it
            counts as a stock phrase, no evidence of a repeated sentence.
        indent_cue: The least indentation difference, in columns, that is layout.
        wire_min_lines: The fewest lines that can show the wire layout.
        max_segments: The most segments (paragraphs, lines standing apart) a
            dump is classified in. Past them, the rest of the dump is kept whole
            as one ``boilerplate`` block with a ``too_many_segments`` diagnostic,
            which bounds the time and memory of hostile input (a megabyte of
            one-character lines).
        pull_quote_overlap: The share of a block's word triples found in another
            block that makes it a pull quote repeating the body.
        wrap_min_breaks: The fewest line breaks inside runs that can show a hard wrap.
        wrap_max_width: The widest column a dump is taken to be hard-wrapped at.
        wrap_full_share: The share of breaks that must be full (the next word
            would not have fitted) in a hard-wrapped dump.
        wrap_lower_share: The share of full breaks that must be followed by a
            lower-case word in a hard-wrapped dump.
        wrap_sure_share: The share of full breaks above which one full break
            followed by a lower-case word shows a hard wrap.
        byline_markers: Words and labels that open a byline before the names
            (``By``, ``Von``, ``Par``, ``Author:``).
        origin_subjects: What opens a byline that says where a piece first
            appeared (``This article was``, ``The story``), one of the
            ``origin_phrases`` after it: ``This article was originally published
            by Jane Doe at The Site`` is a byline.
        origin_phrases: Phrases that say a piece appeared elsewhere first
            (``originally published``, ``first appeared``).
        origin_markers: Words after an origin phrase that open the author's
            name (``... originally published by Jane Doe``, ``... first posted
            on The Site``).
        languages: The languages the parser knows (function words, month and
            weekday names); the dump's own is chosen among them by its
            function words.
        calls_to_action: Words of a call to the reader to do something for the
            site (``subscribe``, ``Newsletter``); a short line that addresses
            the reader and holds one is a prompt, not the article.
        interface_words: Words of a page's interface; a line made only of them
            (``Facebook Twitter Email``, ``Suche``) is a menu or a share bar.
        post_buttons: The buttons of a post embedded in a page, a line of
            their own or before the author's handle (``Follow``, ``Follow
            @jack``); a line naming the author's handle right after one is chrome
            too.
        post_counts: The nouns of an embedded post's counts, a line of one or
            two counts (``4,101 Retweets 3,957 likes``, ``12 likes``).
        post_credits: Openings of an embedded post's credit, followed by its
            author (``A post shared by Jane Doe (@jane)``).
        post_links: An embedded post's links, each a line of its own (``View
            this post on Instagram``).
        counter_labels: Words that may open a gallery's counter before its
            numbers (``Image 3 of 12``, ``Bild 2 von 9``); a counter is a line
            of the page's interface.
        counter_words: Words between a gallery counter's two numbers (``4 of
            21``, ``2 von 9``); a slash (``1/5``) needs none.
        vote_buttons: A poll's button that casts the vote (``Vote``, ``Jetzt
            abstimmen``), a whole line perhaps ending in ``!``: it closes a poll
            of a short question and its answers.
        zone_long_words: Segments this long or longer are weighed as prose by
            their function words; shorter ones are furniture unless context says
            otherwise.
        zone_function_share: The share of function words at which a long
            segment is as likely prose as not.
        zone_prose_weight: How much each word of a long segment counts, per unit
            of function-word share above ``zone_function_share``.
        zone_short_cost: What a short segment costs the run that holds it, in a
            dump that shows page chrome.
        zone_chrome_share: The share of segments showing chrome (menus' repeats,
            prompts, buttons, teasers' dates) at which short segments cost
            ``zone_short_cost`` in full; below it they cost proportionally less,
            so that in a clean dump a list or a quoted post stays in the body.
        page_chrome_share: The share of segments showing chrome from which a
            dump is taken for a whole page rather than an article on its own:
            its headline is then looked for near the body, its layout is the
            page's (no standfirst or link cue from indentation), and its calls
            to the reader and bylines without a marker are sought.
        zone_gap_cost: What crossing a section break (``section_gap`` blank
            lines or more) costs the run.
        zone_isolated_share: The share of its cost a furniture line pays when
            prose stands right above and right below it.
        zone_repeat_cost: What a segment whose text recurs elsewhere in the dump
            (a menu, a repeated teaser) costs.
        zone_date_cost: What a short line holding a date (a teaser's or a
            comment's) costs inside the body.
        zone_furniture_cost: What a line the vocabulary marks as furniture
            (``Share this``, ``Kommentare``, ``Read more``) costs.
        zone_end_cost: What a line ending the article (an end, comment or
            promo marker standing alone) costs a run that crosses it, whatever
            the dump: no article runs on past ``Related articles``.
        zone_before_comments_share: When the best run follows a comments
            marker, the share of its worth a run before the marker must have to
            be taken as the article instead.
        zone_headline_bonus: The bonus of a body that starts right under a line
            repeating the page title at the top of the dump.
        zone_headline_reach: How many segments under that line the body may
            start and still have the bonus.
        headline_above: How many segments above the body's start a headline is
            looked for (in a dump that does not open with it).
        headline_below: How many segments into the body zone a headline is
            looked for (the zone may take a headline in).
        headline_title_weight: What repeating the page title at the top of the
            dump is worth to a headline candidate (sharing some of its words,
            that share of it).
        headline_distance_weight: What each segment between a candidate and
            the body's start costs it.
        headline_prose_weight: What prose under a candidate, past bylines and
            dates, is worth to it.
        headline_length_weight: What a headline's length (a few words to
            twenty) is worth.
        headline_list_weight: What standing among other short title-shaped lines
            (a menu, a table of contents) costs.
        headline_after_chrome_weight: What standing right under the page's
            chrome (a short line that counts against the body) is worth.
        headline_first_weight: What being the dump's first line (when that is
            not the page's own title) is worth.
        headline_lead_weight: What sharing words with the body's first
            paragraphs is worth to a candidate, times the share of its words
            (of four letters or more) found there: a headline names what its
            lead tells; a caption, a date line or a menu item seldom does.
        headline_min_weight: The least weight a candidate needs to be taken.

    Every field declares its check where it is declared (``phrases(...)``,
    ``count(..., minimum=1)``, ``share(...)``, ``weight(...)``; see
    ``articleparse._checks``), and is converted and checked when the
    configuration is made: lists become tuples, phrases lower case, patterns
    must compile, counts be whole and at least their minimum (0 unless
    declared), shares lie between 0 and 1, weights be finite. A bad value
    raises :class:`TypeError` or :class:`ValueError` naming the field.
    """

    source_labels: tuple[str, ...] = phrases(vocabulary.SOURCE_LABELS)
    credit_phrases: tuple[str, ...] = phrases(
        "reporting by | additional reporting by | editing by | writing by | compiled by | produced by"
        " | contributed to this report | contributed reporting | contributed to this story"
        " | article posted with permission | posted with permission | republished with permission"
        " | reprinted with permission | republished from | reprinted from | this article originally appeared"
        " | this article first appeared | this story originally appeared | this post originally appeared"
        " | originally published by | originally published at | originally published in | originally appeared"
        " | mit freundlicher genehmigung | zuerst erschienen | dieser artikel erschien zuerst"
        " | dieser beitrag erschien zuerst | publié avec l'autorisation | publicado originalmente"
        " | 記事執筆： | 執筆： | 取材・文： | 文： | 写真： | 撮影： | 編集："
        " | 责任编辑： | 責任編輯： | 编辑： | 編輯： | 记者： | 記者： | （完）"
    )
    agencies: tuple[str, ...] = phrases(vocabulary.AGENCIES)
    bio_words: frozenset[str] = words(
        "writer journalist reporter editor correspondent columnist author contributor blogger analyst"
        " strategist professor fellow founder host producer commentator"
    )
    bio_openings: tuple[str, ...] = phrases(vocabulary.BIO_OPENINGS)
    credit_joins: tuple[str, ...] = phrases(vocabulary.CREDIT_JOINS)
    credit_connectors: frozenset[str] = words(vocabulary.CREDIT_CONNECTORS)
    abbreviations: frozenset[str] = words(
        "mr mrs ms dr prof st jr sr gen gov sen rep lt col capt sgt rev hon no vs inc corp ltd co dept"
        " univ mt ave jan feb mar apr jun jul aug sep sept oct nov dec etc approx"
    )
    byline_roles: frozenset[str] = words(vocabulary.BYLINE_ROLES)
    outlets: frozenset[str] = words(
        _phrases(
            "associated press | agence france-presse | cnn | bbc | bbc news"
            " | staff | staff writer | agencies | wires | the guardian | the new york times | the washington post"
            " | press association | analysis | analyst | insight | exclusive"
            " | redaktion | online-redaktion | die redaktion | newsdesk | nachrichtenredaktion | rédaction"
            " | redacción | redazione | redação | redactie | afp/dpa | dpa/afp"
        )
    )
    byline_markers: tuple[str, ...] = phrases(vocabulary.BYLINE_MARKERS)
    origin_subjects: tuple[str, ...] = phrases(vocabulary.ORIGIN_SUBJECTS)
    origin_phrases: tuple[str, ...] = phrases(vocabulary.ORIGIN_PHRASES)
    origin_markers: tuple[str, ...] = phrases(vocabulary.ORIGIN_MARKERS)
    byline_patterns: tuple[str, ...] = patterns(())
    timestamp_patterns: tuple[str, ...] = patterns(())
    # The abbreviations dumps write after a time, as the issue lists them, with the
    # common European, Australian and Asian ones; CST is the US Central, not China.
    timezones: tuple[tuple[str, int], ...] = zones(
        (
            ("GMT", 0),
            ("UTC", 0),
            ("UT", 0),
            ("Z", 0),
            ("WET", 0),
            ("BST", 3600),
            ("WEST", 3600),
            ("CET", 3600),
            ("CEST", 7200),
            ("EET", 7200),
            ("EEST", 10800),
            ("MSK", 10800),
            ("EST", -18000),
            ("EDT", -14400),
            ("CST", -21600),
            ("CDT", -18000),
            ("MST", -25200),
            ("MDT", -21600),
            ("PST", -28800),
            ("PDT", -25200),
            ("AKST", -32400),
            ("AKDT", -28800),
            ("HST", -36000),
            ("JST", 32400),
            ("KST", 32400),
            ("HKT", 28800),
            ("SGT", 28800),
            ("AEST", 36000),
            ("AEDT", 39600),
            ("NZST", 43200),
            ("NZDT", 46800),
        )
    )
    dayfirst: bool = flag(False)
    default_zone: str = zone("UTC")
    languages: tuple[Language, ...] = languages(DEFAULT_LANGUAGES)
    timestamp_labels: frozenset[str] = words(vocabulary.TIMESTAMP_LABELS)
    update_labels: frozenset[str] = words(vocabulary.UPDATE_LABELS)
    name_particles: frozenset[str] = words(vocabulary.NAME_PARTICLES)
    title_small_words: frozenset[str] = words(vocabulary.TITLE_SMALL_WORDS)
    highlight_markers: tuple[str, ...] = phrases("story highlights | key points | highlights")
    related_markers: tuple[str, ...] = phrases(vocabulary.RELATED_MARKERS)
    related_endings: tuple[str, ...] = phrases(vocabulary.RELATED_ENDINGS)
    caption_markers: tuple[str, ...] = phrases(vocabulary.CAPTION_MARKERS)
    caption_credits: tuple[str, ...] = phrases(
        "/ getty images | / epa | (getty images) | (ap photo | photo credit: | view full size image"
    )
    picture_credits: tuple[str, ...] = phrases("getty | epa | photo")
    credit_labels: tuple[str, ...] = phrases(vocabulary.CREDIT_LABELS)
    video_labels: tuple[str, ...] = phrases(vocabulary.VIDEO_LABELS)
    boilerplate_phrases: tuple[str, ...] = phrases(vocabulary.BOILERPLATE_PHRASES)
    interface_words: frozenset[str] = words(vocabulary.INTERFACE_WORDS)
    calls_to_action: tuple[str, ...] = phrases(vocabulary.CALLS_TO_ACTION)
    post_buttons: tuple[str, ...] = phrases(vocabulary.POST_BUTTONS)
    post_counts: tuple[str, ...] = phrases(vocabulary.POST_COUNTS)
    post_credits: tuple[str, ...] = phrases(vocabulary.POST_CREDITS)
    post_links: tuple[str, ...] = phrases(vocabulary.POST_LINKS)
    counter_labels: tuple[str, ...] = phrases(vocabulary.COUNTER_LABELS)
    counter_words: tuple[str, ...] = phrases(vocabulary.COUNTER_WORDS)
    vote_buttons: tuple[str, ...] = phrases(vocabulary.VOTE_BUTTONS)
    comment_markers: tuple[str, ...] = phrases(vocabulary.COMMENT_MARKERS)
    comment_counts: tuple[str, ...] = phrases(vocabulary.COMMENT_COUNTS)
    comment_ages: tuple[str, ...] = phrases(vocabulary.COMMENT_AGES)
    comment_age_numbers: tuple[str, ...] = phrases(vocabulary.COMMENT_AGE_NUMBERS)
    comment_verbs: tuple[str, ...] = phrases(vocabulary.COMMENT_VERBS)
    promo_markers: tuple[str, ...] = phrases(vocabulary.PROMO_MARKERS)
    end_markers: tuple[str, ...] = phrases(vocabulary.END_MARKERS)
    reaction_openers: tuple[str, ...] = phrases(
        "yes, | no, | well, | sadly, | frankly, | brilliant | fantastic | excellent | rubbish | nonsense"
        " | absolutely | agreed | spot on | hear hear | hear, hear | well said | well done | thank you | thanks"
        " | bravo | surely"
    )
    reaction_phrases: tuple[str, ...] = phrases(
        "i agree | i disagree | i totally agree | i fully agree | i absolutely agree | i completely agree"
        " | i wholeheartedly agree | i do agree | i strongly disagree | i think | i believe | i feel"
        " | in my opinion | in my view | interesting article | excellent article | good article | great article"
        " | great piece | excellent piece | well written article | biased article | ridiculous article"
    )
    reporting_words: tuple[str, ...] = phrases(
        "said | says | told | tells | explains | according to | reported | announced"
    )
    # BBC's comment sections in the corpus hold 34, 42 and 48 comments; no article
    # ends in eight paragraphs that all read as readers' reactions.
    comment_min_paragraphs: int = count(8, minimum=1)
    # After a gap the article never uses, three comments are evidence enough (the issue's
    # shape: "even when it holds only three or four"); readers' comments run to about 120
    # words, longer paragraphs are an essay's.
    gap_comments_min: int = count(3)
    comment_max_words: int = count(150)
    # Comments speak in the first or second person: 60-83 % of those in the corpus.
    comment_personal_share: float = share(0.5)
    # Comments seldom report speech (0, 6 and 12 % of the corpus's three comment
    # sections: "Forsyth says ..."); news paragraphs do throughout.
    comment_reported_share: float = share(0.15)
    # Reactions open 12-29 % of the corpus's comments; 0.25 with a reaction to start.
    comment_reaction_share: float = share(0.25)
    # News paragraphs before a comment section report speech (100 % in BBC's).
    article_reported_share: float = share(0.75)
    # Headlines in the shared corpus run to 31 words at most (SemEval); 99 % are 25
    # words or fewer. A first line longer than this is prose.
    headline_max_words: int = count(35)
    # Subheadings and related-link titles in the gold labels run to 20 words (median 8);
    # 30 leaves room and still stops short of most paragraphs (median 40 words).
    title_max_words: int = count(30)
    # A standfirst is written as a sentence or two; three words is a label, not a dek.
    standfirst_min_words: int = count(4)
    # "Looks that way." and "Why would he stop?" are paragraphs in the gold labels:
    # two words ending a sentence is already prose.
    prose_min_words: int = count(2)
    # BBC truncates paragraphs mid-sentence (unpunctuated lines from 12 words up);
    # no subheading or related title in the gold labels passes 20 words, so a block
    # of 30 is prose whatever its last mark.
    long_prose_words: int = count(30)
    # Inside a body, paragraphs are separated by one blank line; the seed layout
    # closes the body and the source section with two.
    section_gap: int = count(2)
    # Credits name outlets and agencies ("Al Jazeera News And Agencies"): a handful
    # of words. A longer line set off at the end is prose or a promo, not a credit.
    credit_max_words: int = count(12)
    # Header furniture in the corpus sits within the first six blocks (Reuters has
    # four "-- " lines; Golbeck headline, address, byline; Perez-Rosas headline, date).
    header_max_segments: int = count(6)
    # Pages put a kicker, a date or a byline a few lines above the headline ("6. Oktober 2022",
    # "By Jane Doe", "0 Comments", then the headline).
    header_above: int = count(5)
    # A page's credit "Text: Jane Doe" stands right under the body.
    trailer_byline_reach: int = count(2)
    # A page may give its date under the article, past its download, share and source lines
    # ("Pubblicato il: 30 Settembre 2020", "Erschienen am: 01.11.2023"), but only with a label;
    # 12 read one page more than 8 on the tuned half of the page dumps.
    trailer_date_reach: int = count(12)
    # Or above the header the zones found: a page may show its own header (a title, a date) before
    # a share bar, a table of contents or a picture's credit and the headline; 30 was the best of
    # 6, 12, 20, 30, 45 on the tuned half of the page dumps (benchmarks/pages_halves.py).
    date_above_reach: int = count(30)
    # A page's date line near its headline holds a date and a few words ("Stand: 07.11.2023,
    # 07:30 Uhr", "Bonn, 11.10.2021", "Energie 12.12.2022, 08:30 Uhr").
    dated_line_max_words: int = count(10)
    # Two short lines in a row are as often a heading and a subheading (space.com)
    # as a list; three are a list in every corpus file that has them.
    list_min_items: int = count(3)
    # Items of short runs in the gold labels ("Arsenal v Stoke", "user type", "Free
    # shipping if they spend $50 or more") have 1-9 words; a 15-word line is prose.
    list_item_max_words: int = count(15)
    # Headings inside dense lists ("Former Republican elected officials (12)") have 3-5
    # words; items beside them ("Colin Powell, secretary of state") have a comma.
    list_heading_max_words: int = count(8)
    # Unnumbered subheadings in the gold labels run to 13 words; numbered ones, often a
    # full sentence ("10. We could not be the great country we are without ..."), to 20
    # and may run to title_max_words.
    heading_max_words: int = count(15)
    # Lines broken mid-sentence across blank lines (Perez-Rosas) have 12-16 words; lower
    # case list items that follow one another ("user type", "visit count") have 1-3.
    wrapped_min_words: int = count(8)
    # One-word first lines are section labels ("Features", "WOW.."), unless they exclaim
    # ("Shock!"): 5 of 2,600 headlines in the corpus have one word.
    headline_min_words: int = count(2)
    # Bylines name up to four people ("By  Wayne Cole ,  Leika Kihara  and  Marc Jones",
    # Reuters), with middle names and a title: about 20 words at most.
    byline_max_words: int = count(25)
    # "Jane Q. de la Cruz", "Ursula von der Leyen": names with initials and particles run
    # to five words; a longer run of words is a phrase ("as reported to her Western Subscribers").
    name_max_words: int = count(6)
    # Markers in the corpus ("More from AllBusiness.com:", "Story highlights",
    # "Additional resources", "42 comments") have 2-3 words.
    marker_max_words: int = count(6)
    # Prompts in the corpus run to 9 words ("Want to know more?  Click HERE." has 6); a
    # longer line that opens with "Subscribe" is prose about subscribing.
    prompt_max_words: int = count(15)
    # Polls offer two to six answers; eight leaves room and stops short of a list.
    poll_max_options: int = count(8)
    # Calls to the reader in page dumps ("Never miss the latest news by signing up to our
    # newsletter ...", "Mit der Anmeldung stimme ich ...") run to about 35 words.
    call_max_words: int = count(40)
    # Single captions in the corpus run to 56 words; a longer block that mentions a photo
    # is prose.
    caption_max_words: int = count(60)
    # "(Reporting by Jane Doe and John Roe in London; Editing by ...)" runs to about 20
    # words; a longer line opening "Reporting by" is a paragraph.
    credit_line_max_words: int = count(40)
    # "-Daily Mail", "Via TruePundit": an outlet's name, two or three words.
    excerpt_credit_max_words: int = count(5)
    # Closing author bios in newspaper3k run to 45 words.
    bio_max_words: int = count(60)
    # CNN's "Story highlights" lists hold 3-4 bullets.
    highlight_max_items: int = count(6)
    # Below five words (three triples) any two blocks can share a phrase; the gold pull
    # quotes have 10-34 words, and whole repeated paragraphs are a scraping slip.
    pull_quote_min_words: int = count(5)
    pull_quote_max_words: int = count(60)
    # A pull quote's triples stand in it and in the sentence it repeats; a triple in more
    # blocks is a stock phrase (and counting them would be quadratic on dumps that repeat
    # a line thousands of times).
    stock_phrase_blocks: int = count(4)
    # The seed indents its body four columns from its headline and standfirst; one-column
    # indents are artefacts of extraction (BBC list lines, Reuters bodies), not layout.
    indent_cue: int = count(2)
    # Two lines are too few to show the wire layout: one may just be indented by accident.
    wire_min_lines: int = count(3)
    # The longest of 3,760 real dumps (the corpus and the pages) has 1,978 non-blank lines; a
    # whole export of hundreds of articles is split by parse_all before this applies. Ten
    # thousand is five times the longest, and keeps a megabyte of any shape near a second.
    max_segments: int = count(10_000)
    # The gold pull quotes (Horne) share 0.80-1.00 of their word triples with the
    # sentence they repeat, edits ("[I'll never forget when]") included; a paragraph
    # whose quotation the next paragraph repeats shares 0.71.
    pull_quote_overlap: float = share(0.75)
    # Hard wraps need a few breaks to show; two full breaks can be chance.
    wrap_min_breaks: int = count(3)
    # Hard-wrapped dumps in the shared corpus break at 60-75 columns (Golbeck,
    # Perez-Rosas); e-mail wraps at 72-78, terminals at 80. Lines longer than this
    # are paragraphs written on one line, not a wrap.
    wrap_max_width: int = count(120)
    # In the corpus's wrapped dumps 60-100 % of breaks are full; in one-paragraph-
    # a-line dumps few are, because paragraph lengths vary widely.
    wrap_full_share: float = share(0.6)
    # Prose is mostly lower-case words, so a wrap's breaks mostly land before one;
    # lines of a list of capitalised items of similar width (summary bullets) do not.
    wrap_lower_share: float = share(0.4)
    # A greedy wrap makes every break full; a list of similar-width capitalised
    # lines (celebrity 064's summary bullets: 3 of 4 full) falls short of this.
    wrap_sure_share: float = share(0.9)
    # The zone score of a segment (see docs/format.md, "Where the article is"). Fitted on half
    # of the page dumps of ../shared/pages (the sites whose host hashes to half 0) by
    # benchmarks/fit_zones.py, and checked on the other half; the figures are in the docs.
    zone_long_words: int = count(8)
    zone_function_share: float = share(0.0)
    zone_prose_weight: float = weight(1.0)
    zone_short_cost: float = weight(6.0)
    zone_chrome_share: float = share(0.05)
    # Chrome on at least 5 % of the segments: 90 % of the page dumps of ../shared/pages (and 93 %
    # of html-text's), 1.6 % of the article dumps of ../shared/corpus (share bars, embedded posts).
    page_chrome_share: float = share(0.05)
    zone_gap_cost: float = weight(4.0)
    zone_isolated_share: float = share(0.25)
    zone_repeat_cost: float = weight(8.0)
    zone_date_cost: float = weight(16.0)
    zone_furniture_cost: float = weight(20.0)
    zone_end_cost: float = weight(100.0)
    zone_before_comments_share: float = share(0.1)
    zone_headline_bonus: float = weight(20.0)
    zone_headline_reach: int = count(4)
    headline_above: int = count(20)
    headline_below: int = count(2)
    headline_title_weight: float = weight(10.0)
    headline_distance_weight: float = weight(0.1)
    headline_prose_weight: float = weight(0.0)
    headline_length_weight: float = weight(2.0)
    headline_list_weight: float = weight(2.0)
    headline_after_chrome_weight: float = weight(1.0)
    headline_first_weight: float = weight(4.0)
    headline_lead_weight: float = weight(4.0)
    headline_min_weight: float = weight(-3.0)
    #: The vocabulary and patterns compiled from the fields above (not a field), on first use: a
    #: pattern field's patterns are checked when the configuration is made, so nothing here can fail.
    _compiled: Compiled | None = attrs.field(init=False, default=None, eq=False, repr=False)


def compiled(config: ParserConfig) -> Compiled:
    """The patterns and vocabulary compiled from ``config``, built on first use and kept with it.

    A configuration is immutable, so what it compiles to never changes: the first parse with it
    builds the matchers (a fraction of a second for the defaults) and every later one reads them.
    Importing the package compiles nothing.
    """
    found = config._compiled
    if found is None:
        found = Compiled.of(config)
        object.__setattr__(config, "_compiled", found)
    return found


#: The configuration :func:`articleparse.parse` uses when none is given.
DEFAULT_CONFIG = ParserConfig()
