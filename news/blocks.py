"""The block library moved to core/blocks.py; migrations written before name it here."""

from core.blocks import *  # noqa: F403
from core.blocks import ParagraphBlock, TableBlock  # noqa: F401
