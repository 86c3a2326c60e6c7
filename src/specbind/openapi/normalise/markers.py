"""The `x-specbind-*` keys a normalising step leaves where it changed the document.

Every step keeps what it replaced or gave up under one of these, so a generator can
publish the source's words (the server's operation ids, tags and media types) and
`specbind validate` can warn at the place something was degraded.
"""

from __future__ import annotations

ORIGINAL_OPERATION_ID = "x-specbind-original-operation-id"
ORIGINAL_NAME = "x-specbind-original-name"
ORIGINAL_MEDIA_TYPE = "x-specbind-original-media-type"
ORIGINAL_TAGS = "x-specbind-original-tags"
DROPPED_DEFAULT = "x-specbind-dropped-default"
DROPPED_MEDIA_TYPES = "x-specbind-dropped-media-types"
TITLE = "x-specbind-title"
UNUSED_SCHEMAS = "x-specbind-unused-schemas"
NULLABLE_AT_USE = "x-specbind-nullable"
UNNAMED_PROPERTIES = "x-specbind-unnamed-properties"
VIEW_OF = "x-specbind-view-of"
