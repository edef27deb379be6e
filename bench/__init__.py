"""Measurements of the product on real data kept outside the repository (``../shared/eval/``)."""
