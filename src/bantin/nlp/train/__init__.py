"""Training and evaluation code for the shipped models (needs the datasets in ../shared/data)."""
