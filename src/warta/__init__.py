"""warta: raw Indonesian news coverage in, one checked brief per story out.

    from warta import read, extract, group, brief
    briefs = brief(group(extract(read(["examples/putin-kim-invitation"]))))

Each call takes one item or an iterable; problems with single inputs are reported to `on_error`
(default: a logged warning), never raised through a batch.
"""

from warta.api import brief, extract, group, read

__version__ = "0.1.0"
__all__ = ["read", "extract", "group", "brief", "__version__"]
