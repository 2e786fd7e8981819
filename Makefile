# Wrappers around scripts/setup.sh, CMake and ctest. `make demo` and `make test` work on a fresh Debian machine.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_BUILD_TYPE ?= Release

.PHONY: setup setup-tests build build-tests demo test bench clean

setup:
	@bash scripts/setup.sh

# What only the tests and the benchmark use (Catch2, python3-jsonschema, pre-commit, the SARIF Multitool, ...):
# make test and make bench install it, make demo never does.
setup-tests:
	@bash scripts/setup.sh --tests

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(CMAKE_BUILD_TYPE)

build: setup $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The same build with the test programs and tests switched on (a build made by make demo has none).
build-tests: setup setup-tests $(BUILD_DIR)/CMakeCache.txt
	cmake -S . -B $(BUILD_DIR) -DTOLLGATE_TESTS=ON >/dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Scans the bundled demo repository. tollgate exits 1 there because the demo has planted problems;
# that is the expected outcome, so the target reports it and succeeds.
demo: build
	@status=0; ./$(BUILD_DIR)/tollgate scan fixtures/demo || status=$$?; \
	case $$status in \
	  0) echo "tollgate exited 0: no findings (unexpected for the demo repository)";; \
	  1) echo "tollgate exited 1 because it found problems in fixtures/demo (expected: the demo has planted problems)";; \
	  *) echo "tollgate exited $$status: an error stopped the scan"; exit $$status;; \
	esac

test: build-tests
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: build-tests
	./$(BUILD_DIR)/tollgate-bench --runs 5

clean:
	rm -rf $(BUILD_DIR)
