"""Extraction, one document at a time: the codebook, actor mentions, attribution, stance,
dates and events. Every function here is a pure function of one document plus the codebook."""
