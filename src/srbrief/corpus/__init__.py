"""The corpus: seed files and their manifest (checked before anything runs), cleaning into
sentences with offsets, and adding an article (``srbrief add``)."""
