"""The vocabulary of line roles.

Every non-blank line of a dump ends up in exactly one block, and every block has
exactly one :class:`Role`. The values are the lower-case names users write in
JSON and in gold files.
"""

from __future__ import annotations

import enum

__all__ = ["BODY_ROLES", "Role"]


class Role(enum.Enum):
    """What a block of a dump is to a reader of the article.

    The value of each member is its lower-case name, as written in JSON output.
    """

    #: The article's title, usually the first block.
    HEADLINE = "headline"
    #: The dek or summary under the headline, set apart by layout.
    STANDFIRST = "standfirst"
    #: Who wrote the article (``By Jane Doe``).
    BYLINE = "byline"
    #: A line whose job is the publication or update time.
    TIMESTAMP = "timestamp"
    #: A line that is only a web address.
    URL = "url"
    #: The article's own prose.
    PARAGRAPH = "paragraph"
    #: A heading inside the body that introduces the paragraphs after it.
    SUBHEADING = "subheading"
    #: An item of a list inside the body.
    LIST_ITEM = "list_item"
    #: A link to another story, inside or after the body.
    RELATED = "related"
    #: Text that belongs to a picture or a video.
    CAPTION = "caption"
    #: The credit or source line that closes the article.
    SOURCE = "source"
    #: A teaser for another story after the article.
    PROMO = "promo"
    #: A summary bullet that is not prose of the article (``@highlight``).
    HIGHLIGHT = "highlight"
    #: Everything else that is not the article; kept, never dropped.
    BOILERPLATE = "boilerplate"


#: The roles whose blocks make up :attr:`articleparse.Article.body`.
BODY_ROLES: frozenset[Role] = frozenset({Role.PARAGRAPH, Role.SUBHEADING, Role.LIST_ITEM})
