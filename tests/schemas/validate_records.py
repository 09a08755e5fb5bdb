#!/usr/bin/env python3
"""Validates vanban JSON records against schemas/record.schema.json (JSON Schema 2020-12).

Usage: validate_records.py SCHEMA FILE...

Each FILE holds one record (a JSON object), or a JSON array of records, or one record per
line (JSON Lines, as `vanban export` writes). Every invalid record is printed with the
path of each error inside it. Exit status: 0 all valid, 1 some invalid, 2 could not run
(unreadable schema or file, malformed JSON).
"""

import json
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError


def load_records(path):
    """The records in path: [(label, record)]."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # JSON Lines: one record per non-empty line.
        return [(f"{path}:{n}", json.loads(line))
                for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if isinstance(data, list):
        return [(f"{path}[{i}]", record) for i, record in enumerate(data)]
    return [(path, data)]


def error_path(error):
    return "/" + "/".join(str(part) for part in error.absolute_path)


def print_error(error, indent):
    print(f"{indent}{error_path(error)}: {error.message}")
    # oneOf / anyOf: why each alternative failed.
    for sub in sorted(error.context or [], key=lambda e: list(e.absolute_path)):
        print_error(sub, indent + "    ")


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        records = [r for path in argv[2:] for r in load_records(path)]
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except SchemaError as e:
        print(f"error: invalid schema {argv[1]}: {e}", file=sys.stderr)
        return 2

    invalid = 0
    for label, record in records:
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
        if not errors:
            continue
        invalid += 1
        print(f"{label}: invalid")
        for error in errors:
            print_error(error, "  ")
    print(f"{len(records) - invalid} of {len(records)} records valid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
