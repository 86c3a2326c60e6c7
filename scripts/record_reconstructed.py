"""Record a hand-reconstructed document in spec/manifest.json (method: reconstructed).

Usage: python scripts/record_reconstructed.py VERSION SOURCE_URL SEED_FILE

The document must already sit at spec/<api>/<VERSION>/openapi.(json|yaml); its bytes
are hashed as they are, and the seed it was reconstructed from is named in `source`.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from specbind.config import load_config
from specbind.openapi.document import load_document
from specbind.openapi.store import SpecStore
from specbind.openapi.validate import validate_document


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    version, url, seed = argv
    store = SpecStore(load_config())
    path = store.path_for(version)
    errors = [p for p in validate_document(load_document(path)) if p.severity == "error"]
    if errors:
        print("\n".join(map(str, errors)), file=sys.stderr)
        return 1
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    store.store(
        version,
        path.read_bytes(),
        path.name,
        source=f"{url} (rendered reference, seed {seed})",
        obtained=now,
        method="reconstructed",
    )
    print(f"recorded {version}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
