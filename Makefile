# Quick start:  make demo   (venv + install + ingest the bundled demo corpus + example searches)
#               make test   (venv + install with test extras + the whole test suite; CI runs this)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: demo test install bench train clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/bantin ingest demo/corpus --db $(DEMO_DB)
	@echo
	@echo '== Search it, with or without diacritics:'
	@echo '$$ bantin search "quan su" --db $(DEMO_DB) --limit 3'
	@$(BIN)/bantin search "quan su" --db $(DEMO_DB) --limit 3
	@echo '$$ bantin search '"'"'title:"dang uy" -"hội nghị"'"'"' --db $(DEMO_DB) --limit 3 --json'
	@$(BIN)/bantin search 'title:"dang uy" -"hội nghị"' --db $(DEMO_DB) --limit 3 --json
	@echo
	@echo 'More: $(BIN)/bantin search --help   |   $(BIN)/bantin stats --db $(DEMO_DB) --json'

test: install
	$(BIN)/python -m pytest -n 2 -q

bench: install
	$(BIN)/python bench/extract_eval.py
	$(BIN)/python bench/ingest.py

# Retrain the shipped language models from ../shared/data (segmenter, then the IDF that uses it, topics).
train: install
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/bantin nlp train-segmenter
	$(BIN)/python -m bantin.nlp.train.keyphrases
	$(BIN)/bantin nlp train-topics

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
