#!/usr/bin/env python3
"""Validates answers of `vanban serve` against schemas/openapi.json (OpenAPI 3.1).

Usage: validate_api.py OPENAPI RECORD_SCHEMA FILE...

Each FILE holds one answer per line: {"operation": operationId, "status": HTTP status,
"path": ..., "body": JSON body}. Each body is checked against the schema OPENAPI gives
for that operation and status; references to record.schema.json resolve to RECORD_SCHEMA.
An answer whose status the operation does not document is invalid too. Exit status: 0 all
valid, 1 some invalid, 2 could not run.
"""

import json
import sys
import warnings
from urllib.parse import urljoin

from jsonschema import Draft202012Validator, RefResolver

OPENAPI_URI = "https://vanban.example/schemas/openapi.json"


def operations(spec):
    """operationId -> {status: response object}."""
    found = {}
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = op["responses"]
    return found


def response_schema(spec, response):
    """The JSON schema of a response object, following a components/responses $ref."""
    if "$ref" in response:
        name = response["$ref"].rsplit("/", 1)[-1]
        response = spec["components"]["responses"][name]
    return response["content"]["application/json"]["schema"]


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            spec = json.load(f)
        with open(argv[2], encoding="utf-8") as f:
            record_schema = json.load(f)
        answers = []
        for path in argv[3:]:
            with open(path, encoding="utf-8") as f:
                answers += [(f"{path}:{n}", json.loads(line))
                            for n, line in enumerate(f, 1) if line.strip()]
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if spec.get("openapi", "").split(".")[:2] != ["3", "1"]:
        print(f"error: {argv[1]} is not OpenAPI 3.1", file=sys.stderr)
        return 2
    record_uri = urljoin(OPENAPI_URI, "record.schema.json")
    with warnings.catch_warnings():  # RefResolver is deprecated in newer jsonschema
        warnings.simplefilter("ignore", DeprecationWarning)
        resolver = RefResolver(OPENAPI_URI, spec, store={record_uri: record_schema})
    by_operation = operations(spec)

    invalid = 0
    for label, answer in answers:
        responses = by_operation.get(answer["operation"])
        response = (responses or {}).get(str(answer["status"]))
        if response is None:
            invalid += 1
            print(f"{label}: {answer['operation']} does not document status {answer['status']}"
                  f" ({answer['path']})")
            continue
        validator = Draft202012Validator(response_schema(spec, response), resolver=resolver)
        errors = sorted(validator.iter_errors(answer["body"]), key=lambda e: list(e.absolute_path))
        if errors:
            invalid += 1
            print(f"{label}: {answer['operation']} {answer['status']} ({answer['path']}): invalid")
            for error in errors:
                where = "/" + "/".join(str(p) for p in error.absolute_path)
                print(f"    {where}: {error.message}")
    print(f"{len(answers) - invalid} of {len(answers)} answers valid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
