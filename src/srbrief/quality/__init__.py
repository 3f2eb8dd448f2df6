"""How far the dataset can be trusted: evaluation against gold standards, provenance checks."""
