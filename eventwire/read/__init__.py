"""The read stage: input paths and stdin become :class:`RawDocument` records."""
