# cycleconf — the two commands of the README, and their helpers.
#   make dev   install what is missing, build, serve the app on http://127.0.0.1:8080
#   make test  install what is missing, then every check CI runs

SHELL := /bin/bash
.DEFAULT_GOAL := help

# One target directory outside the clone, reused across clones and runs.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/cycleconf/target
# wasm-opt from npm binaryen (tools/) comes before any older one on the system.
export PATH := $(CURDIR)/tools/split:$(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
export WASM_BINDGEN_TEST_WEBDRIVER_JSON ?= $(CURDIR)/tests/webdriver.json
export CARGO_TERM_COLOR ?= never

.PHONY: help install dev test build fmt clippy npm

help:
	@echo "make dev    install what is missing, build, start the API emulator (:8787) and the app on http://127.0.0.1:8080"
	@echo "make test   install what is missing, then fmt, clippy, native, browser and e2e tests"

install:
	@scripts/install.sh

dev: install
	@scripts/dev.sh

build: install
	trunk build --release --offline

test: install
	@scripts/test.sh

npm: install
	@scripts/npm.sh

fmt:
	cargo fmt --all
